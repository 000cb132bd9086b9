package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;

import org.factline.app.export.Exports;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code factline export} in every format, on one store holding the example articles, the invented stories and
 * an article full of hostile strings; each export is checked against the definition its consumers read (ACLED's
 * columns, GDELT's 61 columns and the CAMEO table, schema.org's vocabulary, RFC 7946, TimeML as the TimeBanks).
 */
class ExportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String HOSTILE_ID = "hostile-0001";
    /** The project's shared folder (evaluation data and tools), where there is one. */
    static final Path SHARED = java.util.stream.Stream.of("../../shared", "../shared").map(Path::of)
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../../shared"));

    @TempDir
    static Path tmp;

    private static String data;
    private static Analysis hostile;
    private static Map<String, Analysis> stored = new HashMap<>();

    /** An article whose title, outlet, url and text hold quotes, commas, tabs, line breaks, markup and ampersands. */
    static String hostileArticle() throws Exception {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", HOSTILE_ID);
        a.put("title", "L'armée \"attaque\", dit-il,\tpuis\n<script>alert('x')</script> & fuit");
        a.put("outlet", "Le \"Courrier\",\ndu\tSoir & <b>Cie</b>");
        a.put("url", "https://example.org/a?x=1&y=\"2\"");
        a.put("published", "2025-04-27");
        a.put("lang", "fr");
        a.put("text", "Des soldats russes ont attaqué samedi le village de Soudja, dans la région de Koursk, a affirmé le "
                + "ministre ukrainien de la Défense.\n\n« Nous avons vu des drones, des <script>alert(1)</script> & des "
                + "\"missiles\",\tpuis plus rien », a déclaré le ministre dimanche 27 avril 2025.\n\nSelon l'armée "
                + "ukrainienne, trois civils ont été tués lors de l'attaque.");
        return JSON.writeValueAsString(a) + "\n";
    }

    @BeforeAll
    static void ingestTheExamplesTheStoriesAndAHostileArticle() throws Exception {
        data = tmp.resolve("data").toString();
        Path hostileFile = tmp.resolve("hostile.jsonl");
        Files.writeString(hostileFile, hostileArticle());
        Cli ingest = Cli.run("ingest", CommandLineTest.EXAMPLES.toString(), KnowledgeCommandsTest.STORIES.toString(),
                hostileFile.toString(), "--data", data);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(Path.of(data)))) {
            store.analysedArticles().forEach(s -> stored.put(s.articleId(), store.analysis(s.articleId()).orElseThrow()));
        }
        hostile = stored.get(HOSTILE_ID);
        assertThat(hostile).as("the hostile article is stored and analysed").isNotNull();
        // the store keeps the hostile characters, so that the exports below have them to escape
        assertThat(hostile.article().title()).contains("\"", ",", "<script>", "&");
        assertThat(hostile.article().outlet()).contains("\"", ",", "<b>", "&");
        assertThat(hostile.text()).contains("\"missiles\"", "<script>", "&", "\n");
    }

    private static Cli export(String... args) {
        Cli cli = Cli.run(KnowledgeCommandsTest.concat(args, new String[] {"--data", data}));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err().lines().toList()).as("one summary line on stderr").hasSize(1);
        return cli;
    }

    private static InputStream resource(String name) {
        InputStream in = ExportFormatsTest.class.getResourceAsStream("/export/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    // ---- jsonl ----

    @Test
    void jsonlHoldsEveryStoredArticleExactlyAsExtractPrintsIt() throws Exception {
        Cli cli = export("export", "--format", "jsonl");
        List<String> lines = cli.outLines();
        assertThat(lines).hasSize(stored.size());
        assertThat(cli.err()).contains(stored.size() + " articles written");
        Map<String, String> byDoc = new HashMap<>();
        for (String line : lines) {
            byDoc.put(JSON.readTree(line).get("doc").asText(), line);
        }
        Cli extract = Cli.run("extract", CommandLineTest.EXAMPLES.toString(), "--format", "jsonl");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        for (String line : extract.outLines()) {
            String doc = JSON.readTree(line).get("doc").asText();
            assertThat(byDoc.get(doc)).as(doc).isEqualTo(line);
        }
        JsonNode h = JSON.readTree(byDoc.get(HOSTILE_ID));
        assertThat(h.get("title").asText()).isEqualTo(hostile.article().title());
        assertThat(h.get("outlet").asText()).isEqualTo(hostile.article().outlet());
    }

    @Test
    void asOfADateOnlyWhatHadBeenPublishedByThenIsExported() throws Exception {
        List<String> before = export("export", "--format", "jsonl", "--as-of", "2025-03-01").outLines();
        assertThat(before).isNotEmpty().hasSizeLessThan(stored.size());
        for (String line : before) {
            String published = JSON.readTree(line).get("published").asText();
            assertThat(published.compareTo("2025-03-02")).as(published).isLessThan(0);
        }
        assertThat(export("export", "--format", "jsonl", "--as-of", "2024-01-01").out()).isEmpty();
    }

    // ---- ACLED ----

    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
            "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
            "timestamp");
    static final Set<String> ACLED_REGIONS = Set.of("Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa",
            "Northern Africa", "South Asia", "Southeast Asia", "East Asia", "Middle East", "Europe",
            "Caucasus and Central Asia", "Central America", "South America", "Caribbean", "North America", "Oceania",
            "Antarctica");
    /** ACLED's codebook: disorder type / event type / sub-event type. */
    static final Set<String> ACLED_TYPES = Set.of(
            "Political violence/Battles/Armed clash", "Political violence/Battles/Government regains territory",
            "Political violence/Battles/Non-state actor overtakes territory",
            "Political violence/Explosions/Remote violence/Air/drone strike",
            "Political violence/Explosions/Remote violence/Shelling/artillery/missile attack",
            "Political violence/Explosions/Remote violence/Remote explosive/landmine/IED",
            "Political violence/Violence against civilians/Attack",
            "Strategic developments/Strategic developments/Agreement",
            "Strategic developments/Strategic developments/Change to group/activity");

    private static List<String[]> csv(String text) throws Exception {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(new StringReader(text))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void acledCsvHasAcledsHeaderAnd31WellFormedFieldsInEveryRow() throws Exception {
        Cli cli = export("export", "--format", "acled-csv");
        assertThat(cli.out()).startsWith(String.join(",", ACLED_COLUMNS) + "\r\n");
        List<String[]> rows = csv(cli.out());
        assertThat(rows.getFirst()).containsExactlyElementsOf(ACLED_COLUMNS);
        List<String[]> events = rows.subList(1, rows.size());
        assertThat(events).as("events ACLED records").hasSizeGreaterThanOrEqualTo(5);
        assertThat(cli.err()).contains(events.size() + " events written").contains("left out")
                .contains("of a type ACLED does not record (MEETING)");
        Map<String, String> countries = countryTable();
        Set<String> ids = new HashSet<>();
        for (String[] r : events) {
            assertThat(r).as(String.join(" | ", r)).hasSize(31);
            Map<String, String> f = new HashMap<>();
            for (int i = 0; i < 31; i++) {
                f.put(ACLED_COLUMNS.get(i), r[i]);
            }
            String row = f.toString();
            assertThat(ids.add(f.get("event_id_cnty"))).as("unique id " + row).isTrue();
            assertThat(f.get("event_id_cnty")).as(row).matches("[A-Z]{3}[0-9]+");
            LocalDate date = LocalDate.parse(f.get("event_date"));
            assertThat(f.get("year")).as(row).isEqualTo(Integer.toString(date.getYear()));
            assertThat(f.get("time_precision")).as(row).isIn("1", "2", "3");
            assertThat(f.get("disorder_type") + "/" + f.get("event_type") + "/" + f.get("sub_event_type")).as(row)
                    .isIn(ACLED_TYPES);
            int inter1 = Integer.parseInt(f.get("inter1"));
            int inter2 = Integer.parseInt(f.get("inter2"));
            assertThat(List.of(inter1, inter2)).as(row).allMatch(i -> i >= 0 && i <= 8);
            if (f.get("actor1").isEmpty()) {
                assertThat(inter1).as("no actor, no actor type: " + row).isZero();
            }
            int interaction = Integer.parseInt(f.get("interaction"));
            int lo = Math.min(inter1, inter2);
            int hi = Math.max(inter1, inter2);
            assertThat(interaction).as(row).isEqualTo(lo == 0 ? hi * 10 : lo * 10 + hi);
            assertThat(f.get("civilian_targeting")).as(row).isIn("", "Civilian targeting");
            String[] country = countries.get(f.get("country")).split("\t");
            assertThat(f.get("event_id_cnty")).as(row).startsWith(country[1]);
            assertThat(f.get("iso")).as(row).isEqualTo(country[2].isEmpty() ? "" : Integer.toString(Integer.parseInt(country[2])));
            assertThat(f.get("region")).as(row).isIn(ACLED_REGIONS).isEqualTo(country[5]);
            assertThat(f.get("location")).as(row).isNotEmpty();
            assertThat(f.get("latitude")).as(row).matches("-?[0-9]{1,2}\\.[0-9]{4}");
            assertThat(f.get("longitude")).as(row).matches("-?[0-9]{1,3}\\.[0-9]{4}");
            assertThat(Double.parseDouble(f.get("latitude"))).as(row).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(f.get("longitude"))).as(row).isBetween(-180.0, 180.0);
            assertThat(f.get("geo_precision")).as(row).isIn("1", "2", "3");
            assertThat(f.get("source")).as(row).isNotEmpty();
            assertThat(f.get("notes")).as(row).isNotEmpty();
            assertThat(Long.parseLong(f.get("fatalities"))).as(row).isNotNegative();
            long timestamp = Long.parseLong(f.get("timestamp"));
            assertThat(timestamp).as(row).isBetween(946684800L, 4102444800L);
        }
        String[] attack = events.stream().filter(r -> r[25].contains(hostile.article().outlet())).findFirst().orElseThrow();
        assertThat(attack[27]).as("notes with the hostile outlet, unchanged after a CSV parse").contains(hostile.article().outlet());
        assertThat(attack[21]).isEqualTo("Sudzha");
        assertThat(attack[17]).isEqualTo("Russia");
    }

    /** countries.tsv by country name: iso2, iso3, numeric, fips, name, region. */
    private static Map<String, String> countryTable() throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String line : new String(resource("countries.tsv").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("#")) {
                out.put(line.split("\t")[4], line);
            }
        }
        return out;
    }

    // ---- GDELT ----

    /** The shipped copy of GDELT's column list: name and type of each of the 61 columns. */
    static List<String[]> gdeltColumns() throws Exception {
        List<String[]> rows = csv(new String(resource("gdelt-2.0-events-columns.csv").readAllBytes(), StandardCharsets.UTF_8));
        return rows.subList(1, rows.size());
    }

    @Test
    void theGdeltColumnListIsGdeltsOwn() throws Exception {
        byte[] shipped = resource("gdelt-2.0-events-columns.csv").readAllBytes();
        Path original = SHARED.resolve("data/gdelt-2.0-samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        if (Files.exists(original)) {
            assertThat(shipped).isEqualTo(Files.readAllBytes(original));
        }
        List<String[]> columns = gdeltColumns();
        assertThat(columns).hasSize(61);
        assertThat(columns.getFirst()[0]).isEqualTo("GLOBALEVENTID");
        assertThat(columns.getLast()[0]).isEqualTo("SOURCEURL");
    }

    @Test
    void gdeltTsvRowsHave61FieldsOfGdeltsTypesAndCameoCodes() throws Exception {
        Cli cli = export("export", "--format", "gdelt-tsv");
        List<String[]> columns = gdeltColumns();
        Map<String, Double> cameo = new HashMap<>();
        for (String line : new String(resource("cameo-codes.tsv").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t");
            if (!f[0].isEmpty()) {
                cameo.put(f[0], Double.valueOf(f[2]));
            }
        }
        List<String> lines = cli.outLines();
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(cli.err()).contains(lines.size() + " events written");
        Set<Long> ids = new HashSet<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(61);
            Map<String, String> c = new HashMap<>();
            for (int i = 0; i < 61; i++) {
                c.put(columns.get(i)[0], f[i]);
                String type = columns.get(i)[1];
                if (!f[i].isEmpty()) {
                    switch (type) {
                        case "INTEGER" -> assertThat(f[i]).as(columns.get(i)[0] + " in " + line).matches("-?[0-9]+");
                        case "FLOAT" -> assertThat(f[i]).as(columns.get(i)[0] + " in " + line).matches("-?[0-9]+(\\.[0-9]+)?");
                        default -> assertThat(f[i]).as(columns.get(i)[0]).doesNotContain("\t", "\n", "\r");
                    }
                }
            }
            String row = c.toString();
            assertThat(ids.add(Long.parseLong(c.get("GLOBALEVENTID")))).as(row).isTrue();
            LocalDate day = LocalDate.parse(c.get("SQLDATE"), DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(c.get("MonthYear")).isEqualTo(c.get("SQLDATE").substring(0, 6));
            assertThat(c.get("Year")).isEqualTo(Integer.toString(day.getYear()));
            assertThat(Double.parseDouble(c.get("FractionDate")))
                    .isCloseTo(day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0,
                            org.assertj.core.data.Offset.offset(0.0001));
            String code = c.get("EventCode");
            assertThat(cameo).as(row).containsKeys(code, c.get("EventBaseCode"), c.get("EventRootCode"));
            assertThat(code).startsWith(c.get("EventBaseCode")).startsWith(c.get("EventRootCode"));
            int quad = Integer.parseInt(c.get("QuadClass"));
            int root = Integer.parseInt(c.get("EventRootCode"));
            assertThat(quad).as(row).isBetween(1, 4).isEqualTo(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
            assertThat(Double.parseDouble(c.get("GoldsteinScale"))).as(row).isBetween(-10.0, 10.0).isEqualTo(cameo.get(code));
            assertThat(c.get("IsRootEvent")).isIn("0", "1");
            assertThat(Integer.parseInt(c.get("NumMentions"))).isGreaterThanOrEqualTo(Integer.parseInt(c.get("NumArticles")));
            assertThat(Integer.parseInt(c.get("NumArticles"))).isGreaterThanOrEqualTo(1);
            assertThat(Integer.parseInt(c.get("NumSources"))).isBetween(1, Integer.parseInt(c.get("NumArticles")));
            for (String actor : List.of("Actor1", "Actor2")) {
                assertThat(c.get(actor + "CountryCode")).as(row).matches("([A-Z]{3})?");
                assertThat(c.get(actor + "Code")).as(row).startsWith(c.get(actor + "CountryCode"));
            }
            for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
                String type = c.get(geo + "Type");
                assertThat(type).as(row).isIn("0", "1", "2", "3", "4", "5");
                if (!type.equals("0")) {
                    assertThat(c.get(geo + "CountryCode")).as(row).matches("[A-Z]{2}");
                    assertThat(c.get(geo + "FullName")).as(row).isNotEmpty();
                    assertThat(Double.parseDouble(c.get(geo + "Lat"))).isBetween(-90.0, 90.0);
                    assertThat(Double.parseDouble(c.get(geo + "Long"))).isBetween(-180.0, 180.0);
                }
            }
            LocalDate.parse(c.get("DATEADDED"), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            assertThat(c.get("SOURCEURL")).isNotEmpty();
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\t" + hostile.article().url()));
    }

    // ---- JSON-LD ----

    private static JsonSchema schema(String name) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(resource(name));
    }

    /** schema.org types the export may write, with every property each may have. */
    private static Map<String, Set<String>> schemaOrg() throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : new String(resource("schema-org-terms.tsv").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                out.put(f[0], Set.of(f[1].split(" ")));
            }
        }
        return out;
    }

    /** Every typed object's type is a schema.org type and each of its properties one schema.org gives that type. */
    private static void onlySchemaOrgTerms(JsonNode node, Map<String, Set<String>> terms, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                onlySchemaOrgTerms(node.get(i), terms, path + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@type")) {
            String type = node.get("@type").asText();
            assertThat(terms).as(path + ": a schema.org type").containsKey(type);
            node.fieldNames().forEachRemaining(p -> {
                if (!p.startsWith("@")) {
                    assertThat(terms.get(type)).as(path + ": " + p + " is a property of schema.org's " + type).contains(p);
                }
            });
        } else if (!path.equals("$")) {
            assertThat(node.size() == 1 && node.has("@id")).as(path + ": untyped objects are references: " + node).isTrue();
        }
        node.fields().forEachRemaining(e -> onlySchemaOrgTerms(e.getValue(), terms, path + "." + e.getKey()));
    }

    private static void references(JsonNode node, List<String> into) {
        if (node.isObject() && node.size() == 1 && node.has("@id")) {
            into.add(node.get("@id").asText());
        }
        node.forEach(child -> references(child, into));
    }

    @Test
    void jsonLdFollowsItsSchemaUsesOnlySchemaOrgTermsAndReferencesOnlyItsOwnNodes() throws Exception {
        Cli cli = export("export", "--format", "jsonld");
        JsonNode doc = JSON.readTree(cli.out());
        Set<ValidationMessage> errors = schema("jsonld.schema.json").validate(doc);
        assertThat(errors).as("JSON Schema").isEmpty();
        onlySchemaOrgTerms(doc, schemaOrg(), "$");
        JsonNode graph = doc.get("@graph");
        assertThat(cli.err()).contains(graph.size() + " nodes written");
        Set<String> ids = new HashSet<>();
        Map<String, JsonNode> byId = new HashMap<>();
        graph.forEach(n -> {
            assertThat(ids.add(n.get("@id").asText())).as("unique @id " + n.get("@id")).isTrue();
            byId.put(n.get("@id").asText(), n);
        });
        List<String> refs = new ArrayList<>();
        references(graph, refs);
        assertThat(ids).containsAll(refs);
        Set<String> types = new HashSet<>();
        graph.forEach(n -> types.add(n.get("@type").asText()));
        assertThat(types).contains("NewsArticle", "Person", "Organization", "Country", "Event", "Claim", "ClaimReview");
        // the disagreements of the examples: Zelensky's 3,000 against Seoul's about 1,100
        List<JsonNode> reviews = new ArrayList<>();
        graph.forEach(n -> {
            if (n.get("@type").asText().equals("ClaimReview")) {
                reviews.add(n);
            }
        });
        assertThat(reviews).anySatisfy(r -> {
            assertThat(r.get("reviewRating").get("alternateName").asText()).isEqualTo("Disputed by South Korea");
            assertThat(r.get("claimReviewed").asText()).contains("3 000");
        });
        assertThat(reviews).allSatisfy(r -> {
            JsonNode item = r.get("itemReviewed");
            JsonNode claim = item.has("@type") ? item : byId.get(item.get("@id").asText());
            assertThat(claim.get("@type").asText()).isEqualTo("Claim");
        });
        JsonNode article = byId.get("urn:factline:article:" + HOSTILE_ID);
        assertThat(article.get("headline").asText()).isEqualTo(hostile.article().title());
        assertThat(article.get("publisher").get("name").asText()).isEqualTo(hostile.article().outlet());
        assertThat(article.get("url").asText()).isEqualTo(hostile.article().url());
        assertThat(graph).anySatisfy(n -> assertThat(n.path("text").asText()).contains("<script>alert(1)</script> & des \"missiles\""));
    }

    // ---- GeoJSON ----

    @Test
    void geoJsonIsAnRfc7946FeatureCollectionOfTheEventsWithCoordinates() throws Exception {
        Cli cli = export("export", "--format", "geojson");
        JsonNode doc = JSON.readTree(cli.out());
        assertThat(schema("geojson.schema.json").validate(doc)).as("JSON Schema").isEmpty();
        JsonNode features = doc.get("features");
        assertThat(features.size()).isGreaterThan(5);
        assertThat(cli.err()).contains(features.size() + " features written").contains("without coordinates");
        JsonNode sudzha = null;
        for (JsonNode f : features) {
            if (f.get("properties").get("place").asText().equals("Sudzha")) {
                sudzha = f;
            }
        }
        assertThat(sudzha).isNotNull();
        assertThat(sudzha.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first").isBetween(35.0, 36.0);
        assertThat(sudzha.get("geometry").get("coordinates").get(1).asDouble()).as("latitude second").isBetween(51.0, 52.0);
        assertThat(sudzha.get("properties").get("sources").get(0).asText()).isEqualTo(hostile.article().outlet());
        assertThat(features).anySatisfy(f -> assertThat(f.get("properties").get("disputed").asBoolean()).isTrue());
    }

    // ---- TimeML ----

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static final Set<String> TIMEX_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    /** Checks one TimeML export against the TimeBank shape, and returns its TEXT's TIMEX3 elements. */
    static List<Element> checkTimeMl(String timeml, Analysis analysis) throws Exception {
        Document doc = xml(timeml);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("TimeML");
        NodeList dcts = root.getElementsByTagName("DCT");
        assertThat(dcts.getLength()).isEqualTo(1);
        NodeList dctTimex = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
        assertThat(dctTimex.getLength()).isEqualTo(1);
        Element dct = (Element) dctTimex.item(0);
        assertThat(dct.getAttribute("functionInDocument")).isEqualTo("CREATION_TIME");
        assertThat(dct.getAttribute("type")).isEqualTo("DATE");
        assertThat(dct.getAttribute("value")).isEqualTo(analysis.article().published().value());
        NodeList texts = root.getElementsByTagName("TEXT");
        assertThat(texts.getLength()).isEqualTo(1);
        Element text = (Element) texts.item(0);
        assertThat(text.getTextContent()).as("the text between the tags is the article's").isEqualTo(analysis.text());
        Set<String> tids = new HashSet<>(Set.of(dct.getAttribute("tid")));
        List<Element> timexes = new ArrayList<>();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                Element t = (Element) n;
                assertThat(t.getTagName()).isEqualTo("TIMEX3");
                assertThat(t.getAttribute("tid")).matches("t[0-9]+");
                assertThat(tids.add(t.getAttribute("tid"))).as("unique tid").isTrue();
                assertThat(t.getAttribute("type")).isIn(TIMEX_TYPES);
                assertThat(t.getAttribute("value")).isNotEmpty();
                timexes.add(t);
            }
        }
        for (Element t : timexes) {
            if (t.hasAttribute("anchorTimeID")) {
                assertThat(tids).contains(t.getAttribute("anchorTimeID"));
            }
        }
        return timexes;
    }

    @Test
    void timeMlOfAnArticleIsWellFormedTimeBankShapedAndKeepsItsTextExactly() throws Exception {
        Cli cli = export("export", "--format", "timeml", "--article", HOSTILE_ID);
        List<Element> timexes = checkTimeMl(cli.out(), hostile);
        assertThat(timexes).extracting(Element::getTextContent).containsExactly("samedi", "dimanche 27 avril 2025");
        assertThat(timexes.getFirst().getAttribute("value")).isEqualTo("2025-04-26");
        assertThat(timexes.getFirst().getAttribute("anchorTimeID")).isEqualTo("t0");
        assertThat(cli.err()).contains("2 time expressions written");
        for (Analysis a : stored.values()) {
            Cli each = export("export", "--format", "timeml", "--article", a.article().doc());
            assertThat(checkTimeMl(each.out(), a)).as(a.article().doc()).hasSize(a.timexes().size());
        }
    }

    @Test
    void timeml2goldReadsTheExportAsItReadsTheFrenchTimeBank() throws Exception {
        Path tool = SHARED.resolve("tools/timeml2gold.py");
        Assumptions.assumeTrue(Files.exists(tool), "shared/tools/timeml2gold.py is not here");
        Path in = Files.createDirectories(tmp.resolve("tml"));
        Path out = tmp.resolve("gold");
        Files.writeString(in.resolve(HOSTILE_ID + ".tml"), export("export", "--format", "timeml", "--article", HOSTILE_ID).out());
        Process p;
        try {
            p = new ProcessBuilder("python3", tool.toString(), in.toString(), out.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no python3 to run timeml2gold.py: " + e.getMessage());
            return;
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("1 documents, 2 time expressions");
        JsonNode gold = JSON.readTree(out.resolve("gold/" + HOSTILE_ID + ".json").toFile());
        assertThat(gold.get("published").asText()).isEqualTo("2025-04-27");
        assertThat(gold.get("timex")).extracting(t -> t.get("text").asText() + "=" + t.get("value").asText())
                .containsExactly("samedi=2025-04-26", "dimanche 27 avril 2025=2025-04-27");
        assertThat(Files.readString(out.resolve("articles/" + HOSTILE_ID + ".txt")))
                .isEqualTo("date 2025-04-27\n\n" + hostile.text().strip() + "\n");
    }

    @Test
    void theTimeMlExportIsShapedAsTheFrenchTimeBanksFiles() throws Exception {
        Path timebank = SHARED.resolve("data/fr-timebank");
        Assumptions.assumeTrue(Files.isDirectory(timebank.resolve("Data")), "the French TimeBank is not in shared/data");
        Path sample;
        try (var files = Files.list(timebank.resolve("Data"))) {
            sample = files.filter(f -> f.toString().endsWith(".tml")).sorted().findFirst().orElseThrow();
        }
        Document theirs = xml(Files.readString(sample));
        Document ours = xml(export("export", "--format", "timeml", "--article", HOSTILE_ID).out());
        assertThat(children(ours.getDocumentElement()))
                .isEqualTo(children(theirs.getDocumentElement()).subList(0, 3)).containsExactly("DOCID", "DCT", "TEXT");
        // every TIMEX3 attribute we write is one the corpus's DTD declares
        Set<String> declared = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<!ATTLIST TIMEX3 (\\w+)")
                .matcher(Files.readString(timebank.resolve("ISO-TimeML-French.dtd")));
        while (m.find()) {
            declared.add(m.group(1));
        }
        NodeList timexes = ours.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            var attributes = timexes.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                assertThat(declared).contains(attributes.item(j).getNodeName());
            }
        }
    }

    private static List<String> children(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                names.add(n.getNodeName());
            }
        }
        return names;
    }

    // ---- the command ----

    @Test
    void outputGoesToAFileWholeWithNothingOnStandardOutput() throws Exception {
        Path file = tmp.resolve("out/events.geojson");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        Cli cli = export("export", "--format", "geojson", "--output", file.toString());
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("features written").contains(file.toString());
        assertThat(JSON.readTree(file.toFile()).get("type").asText()).isEqualTo("FeatureCollection");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("events.geojson");
        }
    }

    @Test
    void usageErrorsExitWith2AndAMissingStoreOrArticleWith1() {
        Cli noArticle = Cli.run("export", "--format", "timeml", "--data", data);
        assertThat(noArticle.exitCode()).isEqualTo(2);
        assertThat(noArticle.err()).contains("--article");
        Cli badFormat = Cli.run("export", "--format", "xlsx", "--data", data);
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains(Exports.Format.ids());
        assertThat(Cli.run("export", "--format", "acled-csv", "--article", "x", "--data", data).exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--format", "jsonl", "--as-of", "yesterday", "--data", data).exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--data", data).exitCode()).isEqualTo(2);
        Path nothing = tmp.resolve("no-store-here");
        Cli noStore = Cli.run("export", "--format", "jsonl", "--data", nothing.toString());
        assertThat(noStore.exitCode()).isEqualTo(1);
        assertThat(noStore.err()).contains("factline ingest");
        assertThat(Files.exists(nothing)).isFalse();
        Cli unknown = Cli.run("export", "--format", "timeml", "--article", "no-such-article", "--data", data);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no article 'no-such-article'");
        Cli help = Cli.run("export", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Examples:").contains("acled-csv").contains("--output");
    }

    @Test
    void theApiWritesTheSameBytesAsTheCommand() throws Exception {
        org.factline.knowledge.corpus.Corpus corpus;
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(Path.of(data)))) {
            corpus = CorpusViews.load(store, null);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Exports.Summary s = Exports.write(Exports.Format.ACLED_CSV, corpus, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(export("export", "--format", "acled-csv").out());
        assertThat(s.format().contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(s.written()).isPositive();
    }
}
