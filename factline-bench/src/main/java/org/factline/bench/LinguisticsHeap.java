package org.factline.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.extract.nlp.LinguisticStep;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Language;

/**
 * Whether the linguistic layer works in the heap it is given: loads every language met and analyses, for
 * each, one long article made of all its articles one after the other; then prints the heap in use after
 * full collections. Run it with decreasing {@code -Xmx} to find the smallest heap that works
 * (docs/PERFORMANCE.md, "Memory"); running out of memory exits with 1.
 *
 * <pre>java -Xmx1800m -cp … org.factline.bench.LinguisticsHeap [PATH …]</pre>
 */
public final class LinguisticsHeap {

    private LinguisticsHeap() {
    }

    public static void main(String[] args) {
        Map<String, List<Article>> articles = BenchArticles.byLanguage(BenchArticles.paths(args));
        LinguisticStep step = new LinguisticStep();
        try {
            for (Map.Entry<String, List<Article>> e : articles.entrySet()) {
                Article longArticle = joined(e.getValue());
                Analysis analysis = step.apply(Analysis.of(longArticle));
                System.out.printf("%s: %d articles as one, %d characters, %d tokens, %d sentences%n", e.getKey(),
                        e.getValue().size(), longArticle.text().length(), analysis.tokens().size(), analysis.sentences().size());
            }
            System.out.printf("max heap %d MB, in use after full GC %d MB%n", Runtime.getRuntime().maxMemory() >> 20,
                    HeapMeter.usedAfterGcMb());
        } catch (OutOfMemoryError e) {
            System.out.printf("out of memory with a max heap of %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            System.exit(1);
        }
    }

    private static Article joined(List<Article> articles) {
        Article first = articles.getFirst();
        String text = articles.stream().map(Article::text).collect(Collectors.joining("\n\n"));
        return new Article(first.id() + "-joined", first.doc() + "-joined", first.source(), null, null, null,
                new Language(first.language().code(), 1, true, true), null, text, text, List.of(), List.of(), List.of(),
                List.of());
    }
}
