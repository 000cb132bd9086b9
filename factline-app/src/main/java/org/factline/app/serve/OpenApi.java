package org.factline.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /openapi.json}: the OpenAPI 3.1 description of the API, written by hand beside this class
 * ({@code openapi.json}) so that it reads as documentation, with this server's version put in.
 */
final class OpenApi {

    private static final String RESOURCE = "openapi.json";

    private OpenApi() {
    }

    static Handler handler(String version) {
        String body = document(version);
        return ctx -> ctx.contentType("application/json; charset=utf-8").result(body);
    }

    static String document(String version) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + OpenApi.class.getName());
            }
            ObjectNode doc = (ObjectNode) json.readTree(in);
            ((ObjectNode) doc.get("info")).put("version", version);
            return json.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
