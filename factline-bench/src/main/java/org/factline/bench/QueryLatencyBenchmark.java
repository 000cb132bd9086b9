package org.factline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.app.views.Claims;
import org.factline.app.views.CorpusLoader;
import org.factline.app.views.EntityView;
import org.factline.bench.corpus.CorpusGenerator;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Parties;
import org.factline.knowledge.corpus.Timeline;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.factline.knowledge.search.SearchDocuments;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.search.SearchQuery;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PutResult;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Analysis;
import org.factline.model.Entity;
import org.factline.model.EntityType;

/**
 * Store, search and corpus-view latency on a large generated corpus: fills a new H2 store and its search index with
 * articles made by {@link CorpusGenerator} from the analyses of a seed store (put and putAnalysis, the index kept in
 * step as {@code factline ingest} keeps it), then times queries of each kind on random keys and prints p50, p95, p99
 * and the largest, with the store's size on disk and the memory taken.
 *
 * <pre>
 * java -Xmx16g -cp … org.factline.bench.QueryLatencyBenchmark SEED_DATA DATA
 *   -Dbench.articles=100000   at least this many articles …
 *   -Dbench.claims=1000000    … and at least this many claims
 *   -Dbench.seed=1            the generator's seed
 *   -Dbench.batch=100         articles stored a transaction, as factline load stores them; 1: the article, then
 *                             its analysis, a transaction each, as factline ingest stores them
 *   -Dbench.queries=300       queries of each kind
 *   -Dbench.seconds=60        at most this long for one kind of query (at least 3 are run)
 *   -Dbench.phases=fill,store,search,views
 *   -Dbench.disagreements=true  also the views that need the disagreements (see docs/PERFORMANCE.md: they do not
 *                               finish on a large generated corpus)
 * </pre>
 * SEED_DATA is a data folder made by {@code factline ingest} (see docs/PERFORMANCE.md). DATA must not hold a store
 * when {@code fill} runs; without {@code fill}, the queries run on the store DATA holds.
 */
public final class QueryLatencyBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 100_000);
    private static final long CLAIMS = Long.getLong("bench.claims", 1_000_000L);
    private static final long SEED = Long.getLong("bench.seed", 1L);
    private static final int BATCH = Integer.getInteger("bench.batch", 100);
    private static final int QUERIES = Integer.getInteger("bench.queries", 300);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "60"));
    private static final Set<String> PHASES = Set.of(System.getProperty("bench.phases", "fill,store,search,views")
            .split(","));
    /** Whether to run the views that need the corpus's disagreements (timeline, entity, claims, contradictions). */
    private static final boolean DISAGREEMENTS = Boolean.parseBoolean(System.getProperty("bench.disagreements", "true"));

    /** What the queries ask for, sampled from the stored articles. */
    private record Keys(List<String> ids, List<String> docs, List<String> people, List<String> places,
                        List<LocalDate> days) {
    }

    private QueryLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: QueryLatencyBenchmark SEED_DATA DATA (see the class's documentation)");
            System.exit(2);
        }
        Path seeds = Path.of(args[0]);
        Path data = Path.of(args[1]);
        System.out.printf("%d processors, max heap %,d MB, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        if (PHASES.contains("fill")) {
            if (StoreConfig.inDataDir(data).exists()) {
                throw new IllegalArgumentException(data + " holds a store already: give a new folder to fill");
            }
            fill(seeds, data);
        }
        Keys keys = keys(data);
        if (PHASES.contains("store")) {
            store(data, keys);
        }
        if (PHASES.contains("search")) {
            search(data, keys);
        }
        if (PHASES.contains("views")) {
            views(data, keys);
        }
        System.out.printf("peak heap %,d MB (sum of the pools' peaks), peak RSS %s; load average %.2f at end%n",
                HeapMeter.peakMb(), ProcessMemory.peakRss(), load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    // ---- filling ----

    private static void fill(Path seedData, Path data) {
        if (!StoreConfig.inDataDir(seedData).exists()) {
            throw new IllegalArgumentException("no Factline store in " + seedData + ": make one with"
                    + " factline ingest examples/stories/*.txt examples/kursk --data " + seedData);
        }
        List<Analysis> seeds;
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(seedData))) {
            seeds = CorpusLoader.analyses(store);
        }
        CorpusGenerator generator = CorpusGenerator.of(seeds, KnowledgeBase.standard(), SEED);
        System.out.printf("%d seed analyses in %d stories; filling %s until %,d articles and %,d claims%n",
                seeds.size(), generator.stories().size(), data, ARTICLES, CLAIMS);
        long articles = 0;
        long claims = 0;
        long events = 0;
        long mentions = 0;
        long figures = 0;
        long generating = 0;
        long storing = 0;
        long indexing = 0;
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data));
             SearchIndex index = SearchIndex.open(SearchIndex.folderIn(data))) {
            Iterator<Analysis> generated = generator.articles();
            while (articles < ARTICLES || claims < CLAIMS) {
                long t0 = System.nanoTime();
                List<Analysis> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && (articles + batch.size() < ARTICLES || claims < CLAIMS)) {
                    Analysis a = generated.next();
                    batch.add(a);
                    claims += a.claims().size();
                }
                long t1 = System.nanoTime();
                if (BATCH == 1) {
                    // as factline ingest stores: the article, then its analysis, a transaction each
                    Analysis a = batch.getFirst();
                    if (store.put(a.article()) != PutResult.NEW) {
                        throw new IllegalStateException("article " + a.article().id() + " stored twice");
                    }
                    store.putAnalysis(a, "generated");
                } else {
                    // as factline load stores: a batch a transaction
                    for (ArticleStore.Outcome o : store.putAll(batch.stream()
                            .map(a -> new ArticleStore.Entry(a.article(), a, "generated")).toList())) {
                        if (o.article() != PutResult.NEW || o.analysis() != ArticleStore.Analysed.STORED) {
                            throw new IllegalStateException("a generated article not stored as new: " + o);
                        }
                    }
                }
                long t2 = System.nanoTime();
                for (Analysis a : batch) {
                    index.replace(a.article().id(), List.of(SearchDocuments.of(a.article())));
                    index.replace(a.article().id(), SearchDocuments.of(a));
                    events += a.events().size();
                    mentions += a.mentions().size();
                    figures += a.quantities().size();
                }
                long t3 = System.nanoTime();
                generating += t1 - t0;
                storing += t2 - t1;
                indexing += t3 - t2;
                long before = articles;
                articles += batch.size();
                if (articles / 10_000 > before / 10_000) {
                    System.out.printf("  %,d articles, %,d claims, %.0f s; store %,d MB%n", articles, claims,
                            (System.nanoTime() - start) / 1e9, megabytes(data.resolve("factline.mv.db")));
                }
            }
            long t = System.nanoTime();
            index.commit();
            indexing += System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("filled: %,d articles, %,d claims, %,d events, %,d mentions, %,d figures in %.0f s"
                        + " (%.0f articles/s): generating %.0f s, store %.0f s (%.0f articles/s), index %.0f s"
                        + " (%.0f articles/s)%n", articles, claims, events, mentions, figures, seconds,
                articles / seconds, generating / 1e9, storing / 1e9, articles / (storing / 1e9), indexing / 1e9,
                articles / (indexing / 1e9));
        System.out.printf("on disk: store %,d MB, search index %,d MB; heap after full GC %,d MB%n",
                megabytes(data.resolve("factline.mv.db")), megabytes(SearchIndex.folderIn(data)), HeapMeter.usedAfterGcMb());
    }

    private static long megabytes(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids and names to ask for: every article's id and doc, and the people and places of one article in ten. */
    private static Keys keys(Path data) {
        List<String> ids = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data))) {
            var all = store.list();
            for (int i = 0; i < all.size(); i++) {
                var s = all.get(i);
                ids.add(s.id());
                docs.add(s.doc());
                if (s.published() != null) {
                    days.add(s.published().earliestDay());
                }
                if (i % 10 == 0) {
                    store.analysis(s.id()).ifPresent(a -> {
                        for (Entity e : a.entities()) {
                            if (e.type() == EntityType.PERSON) {
                                people.add(e.name());
                            } else if (e.place() != null && e.type() == EntityType.GPE) {
                                places.add(e.name());
                            }
                        }
                    });
                }
            }
        }
        System.out.printf("%,d articles in %s; %,d people and %,d places sampled for queries%n", ids.size(), data,
                people.size(), places.size());
        return new Keys(ids, docs, people, places, days);
    }

    private static <T> T any(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- the store ----

    private static void store(Path data, Keys keys) {
        System.out.println();
        System.out.println("Store (H2, " + keys.ids().size() + " articles):");
        System.out.println(Latencies.Row.header());
        Random r = new Random(1);
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data))) {
            row("article by id", i -> store.get(any(keys.ids(), r)).orElseThrow());
            row("article by id prefix (8 characters)", i -> store.get(any(keys.ids(), r).substring(0, 8)).orElseThrow());
            row("article by doc name", i -> store.get(any(keys.docs(), r)).orElseThrow());
            row("analysis by id", i -> store.analysis(any(keys.ids(), r)).orElseThrow());
            row("count", i -> store.count());
            row("analyses version (how the server sees others' writes)", i -> store.analysesVersion());
            print(Latencies.measure("one page of 500 analyses (how the views read them)", 20, 2, SECONDS,
                    i -> store.analyses(any(keys.ids(), r), 500)));
            print(Latencies.measure("list every article (factline articles)", 10, 1, SECONDS, i -> store.list()));
        }
    }

    private static void row(String what, java.util.function.IntConsumer query) {
        print(Latencies.measure(what, QUERIES, Math.min(20, QUERIES), SECONDS, query));
    }

    private static void print(Latencies.Row row) {
        System.out.println(row.row());
    }

    // ---- search ----

    private static void search(Path data, Keys keys) {
        System.out.println();
        System.out.println("Search (Lucene, top 20):");
        System.out.println(Latencies.Row.header());
        Random r = new Random(2);
        List<String> accented = keys.people().stream().filter(n -> !n.equals(folded(n))).toList();
        try (SearchIndex index = SearchIndex.openForReading(SearchIndex.folderIn(data))) {
            System.out.printf("(%,d documents)%n", index.count());
            row("a person's name", i -> index.search(SearchQuery.of(any(keys.people(), r))));
            row("a person's name, accents left out", i -> index.search(SearchQuery.of(folded(any(accented, r)))));
            row("a surname alone", i -> index.search(SearchQuery.of(surname(any(keys.people(), r)))));
            row("a place's name", i -> index.search(SearchQuery.of(any(keys.places(), r))));
            row("a name within one year", i -> {
                LocalDate from = any(keys.days(), r);
                index.search(SearchQuery.of(surname(any(keys.people(), r))).from(from).to(from.plusYears(1)));
            });
            row("a name, as of a date", i -> index.search(SearchQuery.of(surname(any(keys.people(), r)))
                    .asOf(any(keys.days(), r))));
            row("claims naming a person", i -> index.search(SearchQuery.of(surname(any(keys.people(), r)))
                    .kinds(Kind.CLAIM)));
            row("events at a place", i -> index.search(SearchQuery.of(any(keys.places(), r)).kinds(Kind.EVENT)));
            List<String> common = List.of("barrage", "frontière", "concession", "ministry", "border", "soldats");
            row("a common word", i -> index.search(SearchQuery.of(any(common, r))));
            row("every claim of one month (no words)", i -> {
                LocalDate from = any(keys.days(), r).withDayOfMonth(1);
                index.search(SearchQuery.of("").kinds(Kind.CLAIM).from(from).to(from.plusMonths(1).minusDays(1)));
            });
        }
    }

    private static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    // ---- views across articles ----

    /**
     * The views as {@code factline timeline}, {@code entity}, {@code claims} and {@code contradictions} make them: the
     * analyses read, the corpus made, then the view; the server does the same once and keeps the corpus with its
     * disagreements, so its requests cost what the rows after "(disagreements known)" cost.
     */
    private static void views(Path data, Keys keys) {
        System.out.println();
        System.out.println("Views across articles:");
        Parties parties = CorpusLoader.parties(KnowledgeBase.standard());
        List<Analysis> analyses;
        HeapMeter.resetPeak();
        long t = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data))) {
            analyses = CorpusLoader.analyses(store);
        }
        double read = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        Corpus corpus = Corpus.of(analyses, parties);
        double built = (System.nanoTime() - t) / 1e9;
        System.out.printf("every analysis read from the store in %.1f s (%,d: %.2f ms each), the corpus made in %.1f s:"
                        + " %,d entities, %,d events, %,d figures; heap after full GC %,d MB, peak %,d MB, peak RSS %s%n",
                read, analyses.size(), read * 1000 / analyses.size(), built, corpus.entities().size(),
                corpus.events().size(), corpus.figures().size(), HeapMeter.usedAfterGcMb(), HeapMeter.peakMb(),
                ProcessMemory.peakRss());
        System.out.println(Latencies.Row.header());
        Random r = new Random(3);
        List<LocalDate> days = keys.days();
        print(Latencies.measureFresh("make the corpus from the analyses", 3, SECONDS, i -> analyses,
                a -> Corpus.of(a, parties)));
        row("entity by name (find)", i -> EntityView.named(corpus, surname(any(keys.people(), r))));
        print(Latencies.measureFresh("as of a date: the corpus", 5, SECONDS, i -> any(days, r).toString(),
                corpus::asOf));
        if (!DISAGREEMENTS) {
            System.out.println("(views that need the disagreements not run: -Dbench.disagreements=false)");
            return;
        }
        // the first on the corpus the views below use, which keeps them
        print(Latencies.measureFresh("contradictions (first time)", 3, SECONDS,
                i -> i == 0 ? corpus : Corpus.of(analyses, parties), Corpus::contradictions));
        print(Latencies.measureFresh("claim threads (first time)", 3, SECONDS, i -> Corpus.of(analyses, parties),
                Corpus::threads));
        List<CorpusEntity> people = corpus.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        print(Latencies.measure("timeline, everything (disagreements known)", 5, 0, SECONDS,
                i -> Timeline.of(corpus, Timeline.Query.all())));
        row("timeline about a person", i -> Timeline.of(corpus,
                new Timeline.Query(any(people, r), null, null, null)));
        row("timeline of attacks in one month", i -> {
            String month = any(keys.days(), r).toString().substring(0, 7);
            Timeline.of(corpus, new Timeline.Query(null, "ATTACK", month, month));
        });
        row("entity view of a person", i -> EntityView.of(corpus, any(people, r)));
        row("claims by a person", i -> Claims.of(corpus, null, any(people, r), null, null));
        print(Latencies.measureFresh("as of a date: contradictions (first time)", 3, SECONDS,
                i -> corpus.asOf(days.get(days.size() / 2).toString()), Corpus::contradictions));
        Corpus asOf = corpus.asOf(days.get(days.size() / 2).toString());
        asOf.contradictions();
        row("as of a date: timeline about a person", i -> Timeline.of(asOf,
                new Timeline.Query(any(people, r), null, null, null)));
        System.out.printf("heap after full GC with the analyses and two corpora in memory %,d MB%n",
                HeapMeter.usedAfterGcMb());
    }
}
