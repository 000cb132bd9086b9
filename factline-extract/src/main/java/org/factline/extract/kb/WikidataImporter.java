package org.factline.extract.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * Imports entities from a Wikidata JSON dump (one entity per line between {@code [} and {@code ]}, lines ending
 * with commas; plain or {@code .gz}) into the knowledge base's JSON Lines format, for
 * {@link KnowledgeBase#standardWith}. Keeps the id, English label as the name, labels and aliases in
 * en/fr/de/ru/uk, the type from P31 ({@code kb/wikidata-types.tsv}), coordinates (P625), country (P17, or the
 * item's own P297 ISO code) and positions held (P39 with P580/P582 qualifiers, mapped to roles by
 * {@code kb/wikidata-roles.tsv}). Items of other types are skipped. A line that cannot be read is reported
 * with its number and the import goes on.
 *
 * <pre>java … org.factline.extract.kb.WikidataImporter latest-all.json.gz wikidata.jsonl</pre>
 */
public final class WikidataImporter {

    static final List<String> LANGUAGES = List.of("en", "fr", "de", "ru", "uk");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What an import did.
     *
     * @param lines    lines read (second pass)
     * @param written  entities written
     * @param skipped  entities of a type Factline does not keep, or without a label
     * @param problems lines that could not be read
     */
    public record Report(long lines, long written, long skipped, List<KbProblem> problems) {
    }

    private record TypeRule(EntityType type, Place.Precision precision) {
    }

    private record Position(Role role, String of) {
    }

    private final Map<String, TypeRule> types = new HashMap<>();
    private final Map<String, List<Position>> roleRules = new HashMap<>();
    private final Map<String, List<Position>> positions = new HashMap<>();
    private final Map<String, String> isoCodes = new HashMap<>();

    private WikidataImporter() {
        for (String[] f : table("kb/wikidata-types.tsv")) {
            Place.Precision p = f[2].isEmpty() ? null : Place.Precision.valueOf(f[2]);
            types.put(f[0], new TypeRule(EntityType.valueOf(f[1]), p));
        }
        for (String[] f : table("kb/wikidata-roles.tsv")) {
            Role role = Role.fromId(f[1]).orElseThrow(() -> new IllegalStateException("unknown role " + f[1]));
            roleRules.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Position(role, f[2].isEmpty() ? null : f[2]));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WikidataImporter DUMP.json[.gz] OUT.jsonl");
            System.exit(2);
        }
        Report r = importDump(Path.of(args[0]), Path.of(args[1]));
        r.problems().forEach(p -> System.err.println(p));
        System.err.printf("%d lines, %d entities written, %d skipped, %d bad lines%n",
                r.lines(), r.written(), r.skipped(), r.problems().size());
    }

    /** Reads {@code dump} twice (positions and country codes first, then entities) and writes {@code out}. */
    public static Report importDump(Path dump, Path out) throws IOException {
        if (dump.toString().endsWith(".bz2")) {
            throw new IOException(dump + ": .bz2 dumps are not supported; decompress it or recompress with gzip");
        }
        WikidataImporter importer = new WikidataImporter();
        importer.scan(dump, importer::learn, new ArrayList<>());
        List<KbProblem> problems = new ArrayList<>();
        long[] counts = new long[3];
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Imported from Wikidata (CC0 1.0) by Factline's WikidataImporter from " + dump.getFileName() + "\n");
            counts[0] = importer.scan(dump, item -> {
                KbEntity e = importer.entity(item);
                if (e == null) {
                    counts[2]++;
                    return;
                }
                try {
                    w.write(EntityLines.write(e));
                    w.write('\n');
                    counts[1]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }, problems);
        }
        return new Report(counts[0], counts[1], counts[2], problems);
    }

    private long scan(Path dump, java.util.function.Consumer<JsonNode> sink, List<KbProblem> problems)
            throws IOException {
        long number = 0;
        try (InputStream raw = Files.newInputStream(dump);
                InputStream in = dump.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                String t = line.strip();
                if (t.endsWith(",")) {
                    t = t.substring(0, t.length() - 1);
                }
                if (t.isEmpty() || t.equals("[") || t.equals("]")) {
                    continue;
                }
                try {
                    JsonNode item = JSON.readTree(t);
                    if (item == null || !item.isObject() || !item.has("id")) {
                        throw new IllegalArgumentException("not a Wikidata entity (no \"id\")");
                    }
                    sink.accept(item);
                } catch (IOException | IllegalArgumentException e) {
                    String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? "not JSON: " + j.getOriginalMessage() : e.getMessage();
                    problems.add(new KbProblem(dump.getFileName().toString(), number, why));
                }
            }
        }
        return number;
    }

    /** First pass: which items are positions mapped to roles, and which have an ISO country code. */
    private void learn(JsonNode item) {
        String id = item.get("id").asText();
        values(item, "P297").stream().findFirst().ifPresent(code -> isoCodes.put(id, code));
        Set<String> classes = new LinkedHashSet<>();
        classes.add(id);
        classes.addAll(ids(item, "P279"));
        classes.addAll(ids(item, "P31"));
        List<String> jurisdiction = ids(item, "P1001");
        for (String c : classes) {
            for (Position p : roleRules.getOrDefault(c, List.of())) {
                String of = p.of() != null ? p.of() : jurisdiction.stream().findFirst().orElse(null);
                if (of != null) {
                    positions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Position(p.role(), of));
                }
            }
        }
    }

    /** Second pass: the entity an item describes, or null when Factline does not keep it. */
    private KbEntity entity(JsonNode item) {
        TypeRule rule = ids(item, "P31").stream().map(types::get).filter(Objects::nonNull).findFirst().orElse(null);
        String name = item.path("labels").path("en").path("value").asText(null);
        if (rule == null || name == null) {
            return null;
        }
        String id = item.get("id").asText();
        String iso2 = isoCodes.get(id);
        String country = iso2 != null ? iso2
                : ids(item, "P17").stream().map(this::countryCode).filter(Objects::nonNull).findFirst().orElse(null);
        return new KbEntity(id, rule.type(), name, aliases(item, name), roles(item), place(item, rule, country),
                country, 0, null, null, null);
    }

    private String countryCode(String countryId) {
        String code = isoCodes.get(countryId);
        return code != null ? code : KnowledgeBase.standard().byId(countryId).map(KbEntity::country).orElse(null);
    }

    private static List<Alias> aliases(JsonNode item, String name) {
        Set<Alias> aliases = new LinkedHashSet<>();
        for (String lang : LANGUAGES) {
            String label = item.path("labels").path(lang).path("value").asText("");
            if (!label.isEmpty() && !label.equals(name)) {
                aliases.add(new Alias(label, lang, Alias.Kind.NAME));
            }
            for (JsonNode a : item.path("aliases").path(lang)) {
                String text = a.path("value").asText("");
                if (!text.isEmpty() && !text.equals(name)) {
                    aliases.add(new Alias(text, lang, Alias.Kind.NAME));
                }
            }
        }
        return List.copyOf(aliases);
    }

    private static Place place(JsonNode item, TypeRule rule, String country) {
        for (JsonNode claim : item.path("claims").path("P625")) {
            JsonNode v = claim.path("mainsnak").path("datavalue").path("value");
            if (v.has("latitude")) {
                Place.Precision p = rule.precision() != null ? rule.precision() : Place.Precision.EXACT;
                return new Place(v.get("latitude").asDouble(), v.get("longitude").asDouble(), country, null, p);
            }
        }
        return null;
    }

    private List<RoleTerm> roles(JsonNode item) {
        List<RoleTerm> roles = new ArrayList<>();
        for (JsonNode claim : item.path("claims").path("P39")) {
            String position = claim.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            for (Position p : positions.getOrDefault(position, List.of())) {
                LocalDate from = time(claim.path("qualifiers").path("P580"));
                LocalDate to = time(claim.path("qualifiers").path("P582"));
                roles.add(new RoleTerm(p.role(), p.of(), from, to));
            }
        }
        return roles;
    }

    /** A Wikidata time ({@code +2012-05-07T00:00:00Z}) at its precision: day, month (its 1st) or year (1 January). */
    static LocalDate time(JsonNode qualifiers) {
        for (JsonNode q : qualifiers) {
            JsonNode v = q.path("datavalue").path("value");
            String t = v.path("time").asText("");
            if (t.length() < 11 || !t.startsWith("+")) {
                continue;
            }
            int year = Integer.parseInt(t.substring(1, t.indexOf('-', 1)));
            String rest = t.substring(t.indexOf('-', 1) + 1);
            int month = Integer.parseInt(rest.substring(0, 2));
            int day = Integer.parseInt(rest.substring(3, 5));
            int precision = v.path("precision").asInt(11);
            return LocalDate.of(year, precision >= 10 && month > 0 ? month : 1, precision >= 11 && day > 0 ? day : 1);
        }
        return null;
    }

    private static List<String> ids(JsonNode item, String property) {
        List<String> ids = new ArrayList<>();
        for (JsonNode claim : item.path("claims").path(property)) {
            String id = claim.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> values(JsonNode item, String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode claim : item.path("claims").path(property)) {
            JsonNode v = claim.path("mainsnak").path("datavalue").path("value");
            if (v.isTextual()) {
                values.add(v.asText());
            }
        }
        return values;
    }

    private static List<String[]> table(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                WikidataImporter.class.getResourceAsStream("/" + resource), resource + " missing"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
