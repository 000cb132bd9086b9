package org.factline.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerGeneratorTest {

    private static final Path KB = Path.of("src/main/resources/kb");

    @Test
    void theGeneratedFilesAreReproducibleFromTheSharedData(@TempDir Path dir) throws IOException {
        Path data = Stream.of("../../shared/data", "../shared/data", "/work/shared/data").map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("gazetteer-cities"))).findFirst().orElse(null);
        assumeTrue(data != null, "shared/data is not beside the repository");
        new GazetteerGenerator(data, KB).generate(dir);
        for (String file : new String[] {"countries.jsonl", "regions.tsv", "cities.tsv"}) {
            assertThat(Files.readString(dir.resolve(file))).as(file).isEqualTo(Files.readString(KB.resolve(file)));
        }
    }

    @Test
    void frenchDemonymsGetEveryGenderAndNumber() {
        var demonyms = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        demonyms.putObject("eng").put("m", "North Korean").put("f", "North Korean");
        demonyms.putObject("fra").put("m", "Nord-coréen").put("f", "Nord-coréenne");
        KbEntity group = GazetteerGenerator.group("KP", demonyms);
        assertThat(group.name()).isEqualTo("North Koreans");
        assertThat(group.aliases()).extracting(Alias::text).containsExactlyInAnyOrder("North Korean", "North Koreans",
                "nord-coréen", "nord-coréens", "nord-coréenne", "nord-coréennes");
        assertThat(GazetteerGenerator.englishPlural("Chinese")).isEqualTo("Chinese");
        assertThat(GazetteerGenerator.englishPlural("Israeli")).isEqualTo("Israelis");
    }
}
