package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factline serve} refuses what it must before it opens anything. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void anAddressOtherMachinesReachWithoutATokenIsAUsageError() {
        Path data = tmp.resolve("refused");
        Cli serve = Cli.run("serve", "--host", "0.0.0.0", "--data", data.toString());
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).contains("0.0.0.0").contains("token").contains("127.0.0.1");
        assertThat(Files.exists(data)).as("nothing created").isFalse();
    }

    @Test
    void aPortOrBodyLimitOutOfRangeIsAUsageError() {
        Path data = tmp.resolve("refused");
        assertThat(Cli.run("serve", "--port", "70000", "--data", data.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("serve", "--max-body", "0", "--data", data.toString()).exitCode()).isEqualTo(2);
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void theHelpSaysHowToServeAndGuardIt() {
        Cli help = Cli.run("serve", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--port").contains("--host").contains("--token").contains("FACTLINE_TOKEN")
                .contains("--max-body").contains("/openapi.json");
    }
}
