package org.factline.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.factline.model.EventType;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The exports' tables and escaping, without a store: codes, mappings, CSV and XML. */
class ExportMappingsTest {

    static final String HOSTILE = "a \"quote\", a comma,\ta tab\r\na line <script>alert('x')</script> & more ]]> \u2028";

    @Test
    void acledCsvQuotingSurvivesARealCsvParser() throws Exception {
        StringWriter out = new StringWriter();
        AcledCsv.row(out, List.of("plain", HOSTILE, "", "\"", "x,y"));
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(new StringReader(out.toString()))) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsExactly("plain", HOSTILE, "", "\"", "x,y");
        assertThat(out.toString()).endsWith("\r\n");
    }

    /** CSV injection: text from articles that a spreadsheet would run as a formula is written after a quote. */
    @Test
    void noCellIsASpreadsheetFormula() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                "\t=1", "\r=1", "\uFF1D1+1", "=", "-");
        List<String> numbers = List.of("-33.8688", "+3", "-0.5", "12", "1e5", "-.25");
        List<String> plain = List.of("Kursk Oblast", "Russia; Ukraine", "", "a = b", "2025-04-26");
        List<String> all = new ArrayList<>(hostile);
        all.addAll(numbers);
        all.addAll(plain);
        StringWriter out = new StringWriter();
        AcledCsv.row(out, all);
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String[] cells;
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(new StringReader(out.toString()))) {
            cells = it.next();
        }
        for (int i = 0; i < all.size(); i++) {
            String expected = i < hostile.size() ? "'" + all.get(i) : all.get(i);
            assertThat(cells[i]).as("cell %d", i).isEqualTo(expected);
        }
        assertThat(Cells.inert("=1+1")).isEqualTo("'=1+1");
        // the GDELT rows too: 61 columns, the hostile ones first, tabs within a field made spaces before the check
        List<String> gdelt = new ArrayList<>(java.util.Collections.nCopies(GdeltTsv.COLUMNS, "x"));
        gdelt.set(0, "=1+1");
        gdelt.set(1, "-12.5");
        gdelt.set(2, "\t@SUM(A1)");
        StringWriter tsv = new StringWriter();
        GdeltTsv.row(tsv, gdelt);
        assertThat(tsv.toString().split("\t", -1)).startsWith("'=1+1", "-12.5", "' @SUM(A1)");
    }

    @Test
    void timeMlEscapingKeepsEveryCharacterAnXmlParserCanHold() throws Exception {
        String text = HOSTILE + " 😀";
        String xml = "<a b=\"" + TimeMl.escape(text, true) + "\">" + TimeMl.escape(text, false) + "</a>";
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo(text);
        assertThat(doc.getDocumentElement().getAttribute("b")).isEqualTo(text);
        assertThat(TimeMl.escape("bell\u0007", false)).isEqualTo("bell\uFFFD");
    }

    @Test
    void acledDatesFollowItsTimePrecisionCodes() {
        assertThat(AcledCsv.AcledDate.of("2025-04-26")).isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 4, 26), 1));
        assertThat(AcledCsv.AcledDate.of("2025-04-26TEV")).isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 4, 26), 1));
        assertThat(AcledCsv.AcledDate.of("2025-W06")).as("a week: its Wednesday")
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 2, 5), 2));
        assertThat(AcledCsv.AcledDate.of("2025-02")).as("a month: its middle")
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 2, 15), 3));
        assertThat(AcledCsv.AcledDate.of("2025")).isNull();
        assertThat(AcledCsv.AcledDate.of("2025-SU")).isNull();
        assertThat(AcledCsv.AcledDate.of("PRESENT_REF")).isNull();
    }

    @Test
    void acledInteractionCodesPutTheLowerActorTypeFirst() {
        assertThat(AcledCsv.interaction(1, 7)).isEqualTo(17);
        assertThat(AcledCsv.interaction(7, 1)).isEqualTo(17);
        assertThat(AcledCsv.interaction(1, 0)).isEqualTo(10);
        assertThat(AcledCsv.interaction(0, 0)).isZero();
    }

    @Test
    void everyCameoCodeOfTheMappingIsInGdeltsTableWithItsQuadClass() throws Exception {
        CameoCodes codes = CameoCodes.standard();
        for (String line : Files.readAllLines(resource("cameo-event-types.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String code = line.split("\t")[2];
                assertThat(codes.has(code)).as(line).isTrue();
                assertThat(codes.has(CameoCodes.base(code))).as(line).isTrue();
                assertThat(codes.has(CameoCodes.root(code))).as(line).isTrue();
                assertThat(codes.goldstein(code)).isBetween(-10.0, 10.0);
            }
        }
        for (EventType t : EventType.values()) {
            assertThat(EventRules.CAMEO.maps(t)).as(t.name()).isEqualTo(t != EventType.ELECTION && t != EventType.OTHER);
        }
        assertThat(CameoCodes.quadClass("057")).isEqualTo(1);
        assertThat(CameoCodes.quadClass("0874")).isEqualTo(2);
        assertThat(CameoCodes.quadClass("127")).isEqualTo(3);
        assertThat(CameoCodes.quadClass("195")).isEqualTo(4);
        Path shared = Stream.of("../../shared", "../shared").map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        Path original = shared == null ? null : shared.resolve("data/gdelt-2.0-samples/cameoCodeTable.tsv");
        if (original != null && Files.exists(original)) {
            assertThat(Files.readAllBytes(resource("cameo-codes.tsv"))).as("GDELT's table, unmodified")
                    .isEqualTo(Files.readAllBytes(original));
        }
    }

    @Test
    void acledRecordsViolenceAndStrategicDevelopmentsNotTalksOrStatements() {
        for (EventType t : List.of(EventType.ATTACK, EventType.CAPTURE_TERRITORY, EventType.CASUALTIES, EventType.WITHDRAW,
                EventType.DEPLOY, EventType.AGREEMENT)) {
            assertThat(EventRules.ACLED.maps(t)).as(t.name()).isTrue();
        }
        for (EventType t : List.of(EventType.MEETING, EventType.NEGOTIATION, EventType.STATEMENT_DENIAL,
                EventType.STATEMENT_CONFIRMATION, EventType.SANCTION, EventType.ELECTION, EventType.OTHER)) {
            assertThat(EventRules.ACLED.maps(t)).as(t.name()).isFalse();
        }
    }

    @Test
    void countryCodesAreIsoFipsAndAcledRegions() {
        Countries c = Countries.standard();
        assertThat(c.byIso2("ru").orElseThrow()).extracting(Countries.Country::iso3, Countries.Country::numeric,
                Countries.Country::fips, Countries.Country::acledRegion).containsExactly("RUS", "643", "RS", "Europe");
        assertThat(c.byIso2("UA").orElseThrow().fips()).isEqualTo("UP");
        assertThat(c.byIso2("KP").orElseThrow().fips()).isEqualTo("KN");
        assertThat(c.byIso2("GB").orElseThrow().fips()).isEqualTo("UK");
        assertThat(c.byIso2("DE").orElseThrow().fips()).isEqualTo("GM");
        assertThat(c.byIso2("KG").orElseThrow().acledRegion()).isEqualTo("Caucasus and Central Asia");
        assertThat(c.byIso2("GE").orElseThrow().acledRegion()).isEqualTo("Caucasus and Central Asia");
        assertThat(c.byIso2("MA").orElseThrow().acledRegion()).isEqualTo("Northern Africa");
        assertThat(c.byIso2("IR").orElseThrow().acledRegion()).isEqualTo("Middle East");
        var gaza = new org.factline.model.Place(31.5, 34.45, "PS", "Gaza Strip", org.factline.model.Place.Precision.REGION);
        assertThat(c.byIso2("PS").orElseThrow().fips(gaza)).isEqualTo("GZ");
        Set<String> fips = new HashSet<>();
        for (String line : readLines("countries.tsv")) {
            String[] f = line.split("\t", -1);
            assertThat(f[0]).matches("[A-Z]{2}");
            assertThat(f[1]).matches("[A-Z]{3}");
            assertThat(f[2]).matches("([0-9]{3})?");
            assertThat(f[3]).matches("([A-Z]{2})?");
            if (!f[3].isEmpty()) {
                assertThat(fips.add(f[3])).as("one country per FIPS code: " + line).isTrue();
            }
        }
        assertThat(fips).hasSizeGreaterThan(240);
    }

    @Test
    void formatsHaveDistinctNamesMediaTypesAndExtensions() {
        Set<String> ids = new HashSet<>();
        for (Exports.Format f : Exports.Format.values()) {
            assertThat(ids.add(f.id())).isTrue();
            assertThat(Exports.Format.of(f.id().toUpperCase())).contains(f);
            assertThat(f.mediaType()).contains("/");
            assertThat(f.extension()).matches("[a-z]+");
        }
        assertThat(Exports.Format.of("xlsx")).isEmpty();
        assertThat(Exports.Format.GEOJSON.mediaType()).isEqualTo("application/geo+json");
        assertThat(Exports.Format.JSONLD.mediaType()).isEqualTo("application/ld+json");
        assertThat(new Exports.Summary(Exports.Format.ACLED_CSV, 3, "events",
                java.util.Map.of("without a place", 2, "of a type ACLED does not record (MEETING)", 1)).describe())
                .isEqualTo("3 events written (3 left out: 2 without a place, 1 of a type ACLED does not record (MEETING))");
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ExportMappingsTest.class.getResource("/export/" + name).toURI());
    }

    private static List<String> readLines(String name) {
        try {
            return Files.readAllLines(resource(name)).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
