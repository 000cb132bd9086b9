package org.factline.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.EntityType;
import org.factline.model.Language;
import org.factline.model.Mention;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.factline.model.lang.Languages;

/**
 * Factline's whole mention layer as a named-entity tagger, for scoring against token-annotated data:
 * the sentences go through the pipeline as an article (one sentence per line), and the proper-name
 * mentions (names, names after an honorific, demonyms as MISC) are read back onto the given tokens.
 * Titles and region phrases are not names in these data sets and are left out.
 */
final class FactlineTagger implements NerTagger {

    /** Sentences analysed together: enough text for the tagger, short enough to keep memory flat. */
    private static final int BATCH = 50;
    private static final Map<EntityType, String> LABELS = Map.of(
            EntityType.PERSON, "PER", EntityType.ORG, "ORG", EntityType.GPE, "LOC", EntityType.LOC, "LOC",
            EntityType.GROUP, "MISC");

    private final Pipeline pipeline = Pipelines.standard();

    @Override
    public List<List<String>> tag(List<List<String>> sentences, String language) {
        if (!Languages.isAnalysable(language)) {
            throw new IllegalArgumentException("Factline does not analyse language '" + language + "'");
        }
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += BATCH) {
            out.addAll(batch(sentences.subList(from, Math.min(sentences.size(), from + BATCH)), language));
        }
        return out;
    }

    private List<List<String>> batch(List<List<String>> sentences, String language) {
        StringBuilder text = new StringBuilder();
        List<List<Span>> offsets = new ArrayList<>();
        for (List<String> sentence : sentences) {
            List<Span> spans = new ArrayList<>();
            for (String token : sentence) {
                if (!spans.isEmpty()) {
                    text.append(' ');
                }
                spans.add(new Span(text.length(), text.length() + token.length()));
                text.append(token);
            }
            offsets.add(spans);
            text.append('\n');
        }
        Article article = new Article("eval", "eval", new SourceRef("eval", "text"), null, null, null,
                new Language(language, 1, true, true), null, text.toString(), text.toString(),
                List.of(new Span(0, text.length())), List.of(), List.of(), List.of());
        Analysis analysis = pipeline.analyse(article);
        List<List<String>> labels = new ArrayList<>();
        for (List<Span> spans : offsets) {
            String[] l = new String[spans.size()];
            Arrays.fill(l, "O");
            labels.add(Arrays.asList(l));
        }
        List<Mention> names = analysis.mentions().stream()
                .filter(FactlineTagger::isName)
                .sorted(Comparator.comparingInt((Mention m) -> -m.span().length()))
                .toList();
        for (Mention m : names) {
            label(m, offsets, labels);
        }
        return labels;
    }

    /**
     * Names, in these schemas: not titles, not region phrases, and demonyms only where they are written
     * as names (English "French", French "Sud-Coréens"; not the French adjective "nord-coréens").
     */
    private static boolean isName(Mention m) {
        String extractor = m.provenance().extractor();
        return switch (m.kind()) {
            case NAME, SURNAME -> !extractor.startsWith("mention.region-phrase");
            case GROUP -> Character.isUpperCase(m.text().codePointAt(0));
            default -> false;
        };
    }

    /** Marks the tokens a mention covers, unless a longer mention took one of them already. */
    private static void label(Mention m, List<List<Span>> offsets, List<List<String>> labels) {
        for (int s = 0; s < offsets.size(); s++) {
            List<Span> spans = offsets.get(s);
            List<Integer> covered = new ArrayList<>();
            for (int t = 0; t < spans.size(); t++) {
                if (m.span().overlaps(spans.get(t))) {
                    covered.add(t);
                }
            }
            if (covered.isEmpty()) {
                continue;
            }
            List<String> l = labels.get(s);
            if (covered.stream().anyMatch(t -> !l.get(t).equals("O"))) {
                return;
            }
            String type = LABELS.get(m.type());
            for (int i = 0; i < covered.size(); i++) {
                l.set(covered.get(i), (i == 0 ? "B-" : "I-") + type);
            }
            return;
        }
    }
}
