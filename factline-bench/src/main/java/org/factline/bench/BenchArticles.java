package org.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.ReadLimits;
import org.factline.model.Article;

/**
 * The articles a benchmark runs on: the paths given, else the repository's examples and, when the
 * workplace's shared folder is beside the repository, its development articles.
 */
public final class BenchArticles {

    private BenchArticles() {
    }

    static List<String> paths(String[] args) {
        if (args.length > 0) {
            return List.of(args);
        }
        List<String> paths = new ArrayList<>(List.of("examples/kursk"));
        String env = System.getenv("FACTLINE_SHARED");
        for (String shared : new String[] {env, "../shared", "../../shared", "/work/shared"}) {
            if (shared != null && Files.isDirectory(Path.of(shared, "dev/articles"))) {
                paths.add(Path.of(shared, "dev/articles").toString());
                break;
            }
        }
        return paths;
    }

    /** The articles read from the paths, by language code, in input order; failures are reported and skipped. */
    static Map<String, List<Article>> byLanguage(List<String> paths) {
        Map<String, List<Article>> articles = new TreeMap<>();
        read(paths).forEach(a -> articles.computeIfAbsent(a.language().code(), k -> new ArrayList<>()).add(a));
        return articles;
    }

    /**
     * The articles read from the paths and prepared as {@code factline ingest} prepares them, in input order;
     * failures are reported on the error stream and skipped.
     */
    public static List<Article> read(List<String> paths) {
        List<Article> articles = new ArrayList<>();
        new Ingestor(ReadLimits.defaults()).ingest(paths, new IngestListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void failure(String location, String reason) {
                System.err.println("skipped " + location + ": " + reason);
            }
        });
        return articles;
    }
}
