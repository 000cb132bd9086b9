package org.factline.app.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factline.app.views.Json;
import org.factline.ingest.read.ReadLimits;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code factline serve}: the JSON API over a store ({@code /api/…}, described at {@code /openapi.json}) and the
 * web UI's files ({@code /}, {@code /webjars/…}).
 *
 * <pre>{@code
 * try (Server server = Server.start(store, indexFolder, new PostedArticles(store, indexFolder, max), settings)) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 *
 * <p>Every response carries a strict Content-Security-Policy and no-sniff and no-referrer headers; data only ever
 * leaves as JSON, never as HTML. With a token, the routes that write (POST) want it as a bearer token; without
 * one, the server only listens on a loopback address ({@link #refusal}).
 */
public final class Server implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param host    the address to listen on
     * @param port    the port, 0 for any free one
     * @param token   the bearer token writes need, or null for none
     * @param maxBody the largest body a POST may send, in bytes
     * @param version Factline's version, for {@code /api/status}
     */
    public record Settings(String host, int port, String token, long maxBody, String version) {

        public static final long DEFAULT_MAX_BODY = ReadLimits.DEFAULT_MAX_ARTICLE_BYTES;
        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 8080;

        public Settings {
            if (maxBody <= 0) {
                throw new IllegalArgumentException("the largest body must be at least 1 byte, not " + maxBody);
            }
            token = token == null || token.isEmpty() ? null : token;
        }
    }

    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    /** Marks a response whose error body is written, so that the status's own handler leaves it. */
    private static final String ERROR_WRITTEN = "factline.error";

    private final Javalin app;
    private final String host;
    private final List<String> routes;
    private final SearchRoute search;
    private final CorpusCache corpus;

    private Server(Javalin app, String host, List<String> routes, SearchRoute search, CorpusCache corpus) {
        this.app = app;
        this.host = host;
        this.routes = routes;
        this.search = search;
        this.corpus = corpus;
    }

    /**
     * Why the server must not listen with these settings, or null when it may: without a token, anyone who can reach
     * the port could add articles, so only a loopback address is allowed.
     */
    public static String refusal(String host, String token) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return "--host " + host + " is no address this machine can resolve: " + e.getMessage();
        }
        if (!address.isLoopbackAddress() && (token == null || token.isEmpty())) {
            return "--host " + host + " is reachable from other machines: give a token (--token or the environment"
                    + " variable FACTLINE_TOKEN) that POST requests must send, or listen on 127.0.0.1";
        }
        return null;
    }

    /**
     * Starts serving {@code store}.
     *
     * @param indexFolder the store's search index (it may not exist yet)
     * @param ingestion   what a POSTed article goes through
     * @throws IllegalArgumentException when {@link #refusal} refuses the settings
     */
    public static Server start(ArticleStore store, Path indexFolder, ArticleIngestion ingestion, Settings settings) {
        String refusal = refusal(settings.host(), settings.token());
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        CorpusCache corpus = new CorpusCache(store);
        IngestRoute ingest = new IngestRoute(store, ingestion, corpus, settings.maxBody());
        ArticleRoutes articles = new ArticleRoutes(store, ingest, corpus, settings.version());
        CorpusRoutes views = new CorpusRoutes(corpus);
        SearchRoute search = new SearchRoute(indexFolder);
        ExportRoute export = new ExportRoute(store, corpus);
        BearerToken token = new BearerToken(settings.token());
        List<String> routes = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBody();
            // Jetty keeps the header values seen on a connection and, by default, matches them ignoring case: a
            // token that differs from an earlier one only in case would be read as that one.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) {
                    routes.add(h.getHttpMethod() + " " + h.getPath());
                }
            });
        });
        app.before(Server::secure);
        app.before("/api/*", ctx -> {
            if (WRITES.contains(ctx.method())) {
                token.check(ctx.header("Authorization"));
            }
        });
        app.after(Server::secure);

        app.get("/api/status", articles::status);
        app.get("/api/articles", articles::list);
        app.get("/api/articles/{id}", articles::one);
        app.post("/api/articles", ingest::post);
        app.get("/api/entities", views::entities);
        app.get("/api/entities/{id}", views::entity);
        app.get("/api/events", views::events);
        app.get("/api/events/{id}", views::event);
        app.get("/api/claims", views::claims);
        app.get("/api/threads", views::threads);
        app.get("/api/disagreements", views::disagreements);
        app.get("/api/timeline", views::timeline);
        app.get("/api/search", search::search);
        app.get("/api/export", export::export);
        app.get("/openapi.json", OpenApi.handler(settings.version()));

        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 405 -> notAllowed(ctx);
            default -> e.getMessage();
        }));
        app.exception(StoreUnavailableException.class, (e, ctx) -> {
            // Not a bug: the store's server is down or its disk full; clients may try again.
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "10");
            error(ctx, 503, "the store cannot be used at the moment: " + e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "the server could not answer: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + " (logged on the server)");
        });
        app.error(404, ctx -> error(ctx, 404, notFound(ctx)));
        app.error(405, ctx -> error(ctx, 405, notAllowed(ctx)));

        app.start(settings.host(), settings.port());
        return new Server(app, settings.host(), List.copyOf(routes), search, corpus);
    }

    /** The port it listens on. */
    /**
     * Starts reading the corpus for the views on a thread of its own, so that the first view need not wait for all
     * of it; {@code /api/status} says how far it is.
     */
    public void readCorpusAhead() {
        corpus.warmUp();
    }

    public int port() {
        return app.port();
    }

    /** Where to point a browser: {@code http://127.0.0.1:8080/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** Every route registered, as {@code "GET /api/articles/{id}"}. */
    List<String> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        search.close();
    }

    private static String notFound(Context ctx) {
        return "no such resource: " + ctx.method() + " " + ctx.path() + " (GET /openapi.json lists the API)";
    }

    private static String notAllowed(Context ctx) {
        return ctx.method() + " is not allowed on " + ctx.path() + " (GET /openapi.json lists the methods of each route)";
    }

    private static void secure(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    /**
     * Writes an error: under {@code /api} as {@code {"error": {"status": …, "message": …}}}, elsewhere as plain text.
     * Once per response: a status's own handler leaves an error already written by the route.
     */
    private static void error(Context ctx, int status, String message) {
        if (ctx.attribute(ERROR_WRITTEN) != null) {
            return;
        }
        ctx.attribute(ERROR_WRITTEN, true);
        ctx.status(status);
        secure(ctx);
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (!ctx.path().startsWith("/api/") && !ctx.path().equals("/api")) {
            ctx.contentType("text/plain; charset=utf-8").result(status == 404 ? "Not found" : message);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        json(ctx, status, Map.of("error", body));
    }

    /** Writes {@code o} as the JSON response, with {@code status}. */
    static void json(Context ctx, int status, Object o) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.htmlSafe(o));
    }
}
