package org.factline.app.export;

import java.util.List;
import java.util.regex.Pattern;

import org.factline.knowledge.corpus.Figure;
import org.factline.model.Analysis;
import org.factline.model.Quantity;

/**
 * ACLED's fatalities for an event: the smallest death toll its figures give (ACLED codes the most conservative
 * report), 0 when none does. A figure is a death toll when it counts people and its words, or the words of the event
 * it counts, say they died ({@code export/casualty-words.tsv}): "trois civils" of "trois civils ont été tués"; but
 * "3 000 soldats tués ou blessés" counts the wounded too, and is not.
 */
final class Fatalities {

    private static final Pattern KILLED;
    private static final Pattern OTHERS;

    static {
        Pattern killed = null;
        Pattern others = null;
        for (DataFile.Row row : DataFile.read("casualty-words.tsv")) {
            Pattern p = Pattern.compile(row.field(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                    | Pattern.UNICODE_CHARACTER_CLASS);
            switch (row.field(0)) {
                case "killed" -> killed = p;
                case "others" -> others = p;
                default -> throw new IllegalStateException(row.where() + ": kind must be killed or others");
            }
        }
        KILLED = killed;
        OTHERS = others;
    }

    private Fatalities() {
    }

    static long of(List<Figure> figures, CorpusFacts corpus) {
        long fewest = -1;
        for (Figure f : figures) {
            Quantity q = f.quantity();
            if (!"persons".equals(f.unit()) || q.value() == null) {
                continue;
            }
            String words = q.text() + " " + (q.what() == null ? "" : q.what());
            Analysis article = corpus.article(f.statement().articleId());
            String trigger = article != null && q.event() >= 0 ? article.events().get(q.event()).triggerText() : "";
            if ((KILLED.matcher(words).find() || KILLED.matcher(trigger).find()) && !OTHERS.matcher(words).find()) {
                long n = Math.round(f.quantity().value());
                fewest = fewest < 0 ? n : Math.min(fewest, n);
            }
        }
        return Math.max(fewest, 0);
    }
}
