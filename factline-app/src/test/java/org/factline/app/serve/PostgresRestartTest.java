package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

import org.factline.knowledge.store.PostgresServer;
import org.factline.knowledge.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL restarted under a running {@code factline serve} (skipped without PostgreSQL, a failure in CI): while it
 * is down, what needs the store is answered at once with a 503 that says so; once it is back, the server has
 * reconnected by itself and nothing was lost. A cluster of the test's own, so that stopping it disturbs no other test.
 */
class PostgresRestartTest {

    @TempDir
    Path tmp;

    @Test
    void whilePostgresqlIsDownRequestsGetA503AndOnceItIsBackTheServerReconnects() throws Exception {
        try (PostgresServer pg = PostgresServer.own()) {
            StoreConfig db = pg.newDatabase();
            try (RunningServer api = RunningServer.start(db, tmp.resolve("index"))) {
                RunningServer.Reply first = api.post("/api/articles?doc=before", "text/plain",
                        ServeTest.german("2024-05-01", "Vorher", "Dieser Bericht kam vor dem Neustart."));
                assertThat(first.status()).as(first.body()).isEqualTo(201);

                pg.shutDown();
                for (String path : new String[] {"/api/status", "/api/articles", "/api/articles/before"}) {
                    assertUnavailable(api.get(path));
                }
                assertUnavailable(api.post("/api/articles?doc=during", "text/plain",
                        ServeTest.german("2024-05-02", "Während", "Dieser Bericht kam, als die Datenbank fehlte.")));

                pg.startAgain();
                RunningServer.Reply after = api.post("/api/articles?doc=after", "text/plain",
                        ServeTest.german("2024-05-03", "Nachher", "Dieser Bericht kam nach dem Neustart."));
                assertThat(after.status()).as(after.body()).isEqualTo(201);
                JsonNode listed = api.get("/api/articles").json();
                assertThat(listed.get("items")).extracting(a -> a.get("doc").asText())
                        .containsExactlyInAnyOrder("before", "after");
                assertThat(api.get("/api/articles/before").json().get("title").asText()).isEqualTo("Vorher");
                JsonNode counts = api.get("/api/status").json().get("ingest");
                assertThat(counts.get("stored").asInt()).isEqualTo(2);
                assertThat(counts.get("failed").asInt()).isEqualTo(1);
            }
        }
    }

    private static void assertUnavailable(RunningServer.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Retry-After")).isEqualTo("10");
        assertThat(r.json().get("error").get("message").asText())
                .startsWith("the store cannot be used at the moment: ")
                .contains("PostgreSQL 127.0.0.1:")
                .doesNotContain("\tat ");
    }
}
