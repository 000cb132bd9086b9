package org.factline.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.factline.app.PostedArticles;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;

/**
 * {@code factline serve} over an embedded store in a folder, on a free loopback port, and a client that speaks to it
 * as a browser or curl would.
 */
final class RunningServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ArticleStore store;
    final Server server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningServer(ArticleStore store, Server server) {
        this.store = store;
        this.server = server;
    }

    /** A server over a store in {@code data}, with this token (or none) and body limit. */
    static RunningServer start(Path data, String token, long maxBody) {
        return start(StoreConfig.inDataDir(data), SearchIndex.folderIn(data), token, maxBody);
    }

    /** A server over any store, with its search index in {@code index}. */
    static RunningServer start(StoreConfig config, Path index) {
        return start(config, index, null, Server.Settings.DEFAULT_MAX_BODY);
    }

    private static RunningServer start(StoreConfig config, Path index, String token, long maxBody) {
        ArticleStore store = ArticleStore.open(config);
        Server server = Server.start(store, index, new PostedArticles(store, index, maxBody),
                new Server.Settings("127.0.0.1", 0, token, maxBody, "test"));
        return new RunningServer(store, server);
    }

    static RunningServer start(Path data) {
        return start(data, null, Server.Settings.DEFAULT_MAX_BODY);
    }

    /** What came back: status, headers and the body as text. */
    record Reply(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    Reply send(String method, String pathAndQuery) {
        return send(request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    Reply post(String pathAndQuery, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    Reply post(String pathAndQuery, String contentType, String body) {
        return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        // analysing the first article loads the language models: minutes on a busy machine
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofMinutes(10));
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
