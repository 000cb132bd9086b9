package org.factline.app;

import java.util.Locale;
import org.factline.knowledge.store.ArticleSummary;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.PublicationDate;

/** How articles are shown on the terminal: one aligned line each. */
final class ArticleTable {

    private static final String ROW = "%-16s  %-22s  %-8s  %-18s  %s";

    private ArticleTable() {
    }

    static String header() {
        return String.format(ROW, "ID", "PUBLISHED (BASIS)", "LANG", "OUTLET", "TITLE");
    }

    static String row(ArticleSummary a) {
        return String.format(ROW, a.id(), published(a.published()), language(a.language()),
                clip(a.outlet(), 18), clip(a.title() != null ? a.title() : a.doc(), 70));
    }

    /** An article read in this run: its date, language and outlet, then its title or first words. */
    static String describe(Article a) {
        String name = a.title() != null ? a.title() : firstWords(a.text(), 12);
        return String.format("  %-22s  %-8s  %-18s  %s%n  %24s%s", published(a.published()), language(a.language()),
                clip(a.outlet(), 18), clip(name, 80), "", a.doc() + " · " + a.id()
                        + (a.published() != null && a.published().evidence() != null ? " · " + a.published().evidence() : ""));
    }

    static String published(PublicationDate p) {
        return p == null ? "unknown" : p.value() + " (" + p.basis().label() + ")";
    }

    static String language(Language l) {
        return l.analysable() ? l.code() : l.code() + " (not analysed)";
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return "-";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+", n + 1);
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length))) + (words.length > n ? " …" : "");
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
