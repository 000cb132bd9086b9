package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.ArticleSummary;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder or a search index on a disk that fills up, or that is read-only: the command says which folder and
 * why, exits with 1, and what was stored before is there, whole, once the disk can be written again; the same
 * command then stores the rest. The disks are small tmpfs mounts ({@link Tmpfs}: root only, required in CI).
 */
class FullOrReadOnlyFolderTest {

    private static final Pattern NEW = Pattern.compile("Read (\\d+) articles?: (\\d+) new");

    @TempDir
    Path tmp;

    @Test
    void aFullDataFolderStopsTheIngestSayingSoAndKeepsEveryArticleItReportedStored() throws Exception {
        Path articles = ExampleCopies.write(tmp.resolve("articles"), 400);
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "2m")) {
            Path data = disk.dir().resolve("data");
            Cli full = Cli.run("ingest", articles.toString(), "--data", data.toString(), "--no-analyse");

            assertThat(full.exitCode()).as(full.err()).isEqualTo(1);
            assertThat(full.err()).contains("stopped: Could not store article ")
                    .contains(" in H2 file " + data.resolve("factline.mv.db") + ": No space left on device");
            assertThat(full.out()).contains("Stopped before the end");
            Matcher m = NEW.matcher(full.out());
            assertThat(m.find()).as(full.out()).isTrue();
            int stored = Integer.parseInt(m.group(2));
            assertThat(stored).as("some went in before the disk was full").isPositive().isLessThan(400);

            disk.remount("size=64m");
            Map<String, Article> expected = ExampleCopies.read(articles);
            try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data))) {
                assertThat(store.count()).as("every article reported stored, and no other").isEqualTo(stored);
                for (ArticleSummary s : store.list()) {
                    assertThat(store.get(s.id())).as(s.doc()).contains(expected.get(s.id()));
                }
            }
            Cli rest = Cli.run("ingest", articles.toString(), "--data", data.toString(), "--no-analyse");
            assertThat(rest.exitCode()).as(rest.err()).isZero();
            assertThat(rest.out()).contains("Read 400 articles: " + (400 - stored) + " new, " + stored + " duplicates");
        }
    }

    @Test
    void aFullSearchIndexStopsIndexingSayingSoWhileEveryArticleIsStoredAndReindexMakesItWhole() throws Exception {
        Path articles = ExampleCopies.write(tmp.resolve("articles"), 400);
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "300k")) {
            Path index = disk.dir().resolve("index");
            String[] store = {"--data", tmp.resolve("data").toString(), "--index", index.toString()};
            Cli full = Cli.run(concat(new String[] {"ingest", articles.toString(), "--no-analyse"}, store));

            assertThat(full.exitCode()).as(full.err()).isEqualTo(1);
            assertThat(full.out()).contains("Read 400 articles: 400 new").contains("then it stopped taking changes")
                    .contains("factline reindex");
            assertThat(full.err()).contains("search index in " + index + ": No space left on device")
                    .contains("not indexed: the index took no more changes after that failure");
            Cli search = Cli.run(concat(new String[] {"search", "Koursk"}, store));
            assertThat(search.exitCode()).as("what was committed can be searched: " + search.err()).isZero();

            disk.remount("size=64m");
            Cli reindex = Cli.run(concat(new String[] {"reindex"}, store));
            assertThat(reindex.exitCode()).as(reindex.err()).isZero();
            assertThat(reindex.out()).startsWith("Indexed 400 articles");
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedSayingSoAndKeepsWhatItHeld() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "16m")) {
            Path data = disk.dir().resolve("data");
            Cli first = Cli.run("ingest", ExampleCopies.KURSK.toString(), "--data", data.toString(), "--no-analyse");
            assertThat(first.exitCode()).as(first.err()).isZero();
            Map<String, Article> held = ExampleCopies.read(ExampleCopies.KURSK);

            disk.remount("ro");
            String refusal = "Cannot use " + data + " as the Factline data folder: it is on a read-only file system";
            Cli ingest = Cli.run("ingest", ExampleCopies.STORIES.toString(), "--data", data.toString(), "--no-analyse");
            assertThat(ingest.exitCode()).isEqualTo(1);
            assertThat(ingest.err()).contains(refusal);
            Cli list = Cli.run("articles", "--data", data.toString());
            assertThat(list.exitCode()).isEqualTo(1);
            assertThat(list.err()).contains(refusal);

            disk.remount("rw");
            try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data))) {
                assertThat(store.count()).isEqualTo(held.size());
                held.forEach((id, article) -> assertThat(store.get(id)).contains(article));
            }
        }
    }

    @Test
    void aReadOnlySearchIndexIsReportedWhileTheArticlesAreStored() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "16m")) {
            Path index = disk.dir().resolve("index");
            disk.remount("ro");
            Cli ingest = Cli.run("ingest", ExampleCopies.KURSK.toString(), "--data", tmp.resolve("data").toString(),
                    "--index", index.toString(), "--no-analyse");
            assertThat(ingest.exitCode()).isEqualTo(1);
            assertThat(ingest.out()).contains("Read 2 articles: 2 new").contains("Search index: not updated");
            assertThat(ingest.err()).contains("not indexed: ").contains(index.toString()).contains("Read-only file system");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
