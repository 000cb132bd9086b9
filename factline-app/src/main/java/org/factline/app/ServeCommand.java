package org.factline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.factline.app.serve.Server;
import org.factline.knowledge.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: the web UI at /, and a JSON API at /api (articles, entities, events, claims,"
                + " threads, disagreements, timeline and search, each as of any date; POST /api/articles ingests an"
                + " article), described at /openapi.json.",
            "Listens on 127.0.0.1 unless told otherwise. On any other address it needs a token (--token or the"
                + " environment variable FACTLINE_TOKEN), which POST requests must send as Authorization: Bearer TOKEN."
                + " Ctrl-C stops it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (the port is in use, the store cannot be opened)",
            "2:usage error, or another address than loopback without a token"},
        footerHeading = "%nExamples:%n",
        footer = {"  factline serve                       (http://127.0.0.1:8080/)",
            "  factline serve --port 9000 --data /srv/factline-data",
            "  FACTLINE_TOKEN=… factline serve --host 0.0.0.0",
            "  curl -s 'http://127.0.0.1:8080/api/events?about=Kursk&as_of=2025-03-01'",
            "  curl -s -X POST -H 'Content-Type: text/plain' --data-binary @article.txt http://127.0.0.1:8080/api/articles"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + Server.Settings.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = Server.Settings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Token POST requests must send (prefer the environment variable FACTLINE_TOKEN: an option"
                    + " shows in the process list). Needed to listen on an address other machines reach.")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + Server.Settings.DEFAULT_MAX_BODY,
            description = "Refuse posted articles larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
        }
        if (maxBody < 1) {
            throw new ParameterException(spec.commandLine(), "--max-body must be at least 1 byte, not " + maxBody);
        }
        String secret = token != null ? token : System.getenv("FACTLINE_TOKEN");
        String refusal = Server.refusal(host, secret);
        if (refusal != null) {
            throw new ParameterException(spec.commandLine(), refusal);
        }
        ArticleStore articles = store.options.open();
        Path index = store.options.indexFolder();
        Server server;
        try {
            server = Server.start(articles, index, new PostedArticles(articles, index, maxBody),
                    new Server.Settings(host, port, secret, maxBody, Version.number()));
        } catch (RuntimeException e) {
            articles.close();
            throw e;
        }
        server.readCorpusAhead();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            articles.close();
            stopped.countDown();
        }, "factline-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Factline serves " + articles.describe() + " at " + server.url()
                + (secret == null ? "" : " (POST requests need the token)") + ". Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }
}
