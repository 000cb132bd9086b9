package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the test fixture finds a PostgreSQL installation; the fixture decides whether its tests run. */
class PostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void withNoInstallationNothingIsFound() {
        assertThat(PostgresServer.findBinaries("", temp.resolve("postgresql"))).isEmpty();
        assertThat(PostgresServer.findBinaries(temp.toString(), temp)).isEmpty();
    }

    @Test
    void theNewestCompleteInstallationIsChosen() throws IOException {
        Path versions = temp.resolve("postgresql");
        Path v13 = fakeInstallation(versions.resolve("13/bin"), "13.9");
        fakeInstallation(versions.resolve("9/bin"), "9.6");
        Path incomplete = fakeInstallation(versions.resolve("17/bin"), "17.1");
        Files.delete(incomplete.resolve("postgres"));
        Path onPath = fakeInstallation(temp.resolve("opt/pgsql-16/bin"), "16.4");

        assertThat(PostgresServer.findBinaries("", versions)).contains(v13);
        assertThat(PostgresServer.findBinaries("/nonexistent:" + onPath, versions)).contains(onPath.toRealPath());
    }

    private static Path fakeInstallation(Path bin, String version) throws IOException {
        Files.createDirectories(bin);
        for (String program : new String[] {"initdb", "pg_ctl", "postgres"}) {
            Path script = Files.writeString(bin.resolve(program),
                    "#!/bin/sh\necho \"" + program + " (PostgreSQL) " + version + "\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }
}
