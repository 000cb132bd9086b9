package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests an attacker would send, written byte for byte on a socket (an HTTP client would tidy the paths): no path
 * leads out of the UI's files or into the file system, whatever its dots, encodings and slashes; every request is
 * bounded in its line, its headers and its body.
 */
class HostileRequestsTest {

    /** A file beside the data folder, where a path that climbs out of anything would find it. */
    private static final String SECRET = "factline-secret-" + Long.toHexString(System.nanoTime());

    @TempDir
    static Path tmp;

    private static RunningServer api;
    private static String classpathNeighbour;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        api = RunningServer.start(tmp.resolve("data"), null, 4096);
        try (InputStream in = HostileRequestsTest.class.getResourceAsStream("/simplelogger.properties")) {
            // a resource on the class path beside the UI's folder ("/web"): what a climb out of it would serve
            classpathNeighbour = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** What came back from the raw request: status and everything after the status line. */
    private record Raw(int status, String rest) {
    }

    private static Raw raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(reply).as("a reply to %s", request.lines().findFirst().orElse("")).startsWith("HTTP/1.1 ");
            return new Raw(Integer.parseInt(reply.substring(9, 12)), reply.substring(12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Raw get(String rawTarget) {
        return raw("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
            "/../secret.txt", "/../../../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/%252e%252e/%252e%252e/etc/passwd",
            "/..%5c..%5c..%5cetc%5cpasswd", "/..\\..\\..\\etc\\passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
            "/..;/..;/etc/passwd", "/web/../../etc/passwd", "/js/../../../etc/passwd", "/css/%2e%2e/%2e%2e/etc/passwd",
            "/index.html/../../etc/passwd", "/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd%00.html",
            "/../simplelogger.properties", "/%2e%2e/simplelogger.properties", "/..%2fsimplelogger.properties",
            "/web/../simplelogger.properties", "/./../simplelogger.properties", "/../org/factline/app/serve/Server.class",
            "/webjars/../../etc/passwd", "/webjars/%2e%2e/%2e%2e/simplelogger.properties",
            "/webjars/leaflet/1.9.4/../../../../simplelogger.properties",
            "/webjars/leaflet/1.9.4/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fsimplelogger.properties",
            "/api/../../etc/passwd", "/api/%2e%2e/%2e%2e/etc/passwd", "/api/../simplelogger.properties",
            "/api/articles/..%2f..%2f..%2fetc%2fpasswd", "/api/articles/%2e%2e%2fsecret.txt", "/api/articles/../../secret.txt",
            "/api/articles/..", "/api/articles/%2e%2e", "/api/articles/..%00", "/api/entities/..%2f..%2fetc%2fpasswd",
            "/api/entities/%2e%2e%2f%2e%2e%2fsimplelogger.properties", "/api/entities/../../../etc/passwd",
            "/api/events/..%2f..%2fetc%2fpasswd", "/api/events/%2e%2e", "/api/events/..;/..;/etc/passwd",
            "/api/export?format=timeml&article=..%2f..%2fetc%2fpasswd",
            "/openapi.json/../../etc/passwd"})
    void noPathLeadsOutOfTheUiFilesOrIntoTheFileSystem(String target) {
        Raw r = get(target);

        assertThat(r.status()).as("GET %s: %s", target, r.rest()).isBetween(400, 499);
        assertThat(r.rest()).doesNotContain(SECRET).doesNotContain("root:").doesNotContain(classpathNeighbour)
                .doesNotContain("\u00ca\u00fe\u00ba\u00be"); // a class file's magic number
    }

    @Test
    void theSameFilesAreServedWhenTheirPathsStayInside() {
        assertThat(get("/index.html").status()).isEqualTo(200);
        assertThat(get("/api/articles").status()).isEqualTo(200);
        assertThat(get("/secret.txt").status()).isEqualTo(404);
        assertThat(get("/simplelogger.properties").status()).isEqualTo(404);
    }

    @Test
    void anExportGoesToTheResponseOnlyWhateverFileItIsAskedToWrite() {
        Path file = tmp.resolve("written.jsonl");

        Raw r = get("/api/export?format=jsonl&output=" + file + "&file=" + file);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.rest()).contains("attachment; filename=\"factline.jsonl\"");
        assertThat(file).doesNotExist();
    }

    @Test
    void aRequestLineOrHeadersTooLongAreRefusedBeforeAnyRouteRuns() {
        Raw longTarget = get("/api/search?q=" + "a".repeat(64 * 1024));
        assertThat(longTarget.status()).as(longTarget.rest()).isEqualTo(414);

        Raw longHeader = raw("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "b".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(longHeader.status()).as(longHeader.rest()).isEqualTo(431);

        StringBuilder many = new StringBuilder("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 2000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        Raw manyHeaders = raw(many.append("Connection: close\r\n\r\n").toString());
        assertThat(manyHeaders.status()).as(manyHeaders.rest()).isEqualTo(431);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        String text = "lang de\n\nEin Text, der viel zu lang ist. " + "x".repeat(8192);
        Raw declared = raw("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + text.length() + "\r\nConnection: close\r\n\r\n" + text);
        assertThat(declared.status()).as(declared.rest()).isEqualTo(413);

        StringBuilder chunked = new StringBuilder("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < text.length(); i += 1000) {
            String chunk = text.substring(i, Math.min(text.length(), i + 1000));
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        Raw undeclared = raw(chunked.append("0\r\n\r\n").toString());
        assertThat(undeclared.status()).as(undeclared.rest()).isEqualTo(413);
        assertThat(undeclared.rest()).contains("at most 4096 bytes");

        assertThat(api.get("/api/status").json().get("articles").asInt()).as("nothing was stored").isZero();
    }

    @Test
    void onlyTheOneWriteRouteTakesABodyAndOtherMethodsAreRefused() {
        for (String route : List.of("/api/status", "/api/articles/x", "/api/entities", "/api/search", "/api/export",
                "/index.html")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                Raw r = raw(method + " " + route + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
                assertThat(r.status()).as("%s %s: %s", method, route, r.rest()).isIn(404, 405);
            }
        }
    }
}
