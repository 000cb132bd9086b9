package org.factline.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Token;

/**
 * Reads what CoreNLP annotated into Factline's sentences and tokens, with tags in Factline's vocabulary:
 * Universal POS, the unified entity tags, global token indices for dependency heads.
 */
final class AnnotationReader {

    /** Sentences and tokens of one text. */
    record Layers(List<Sentence> sentences, List<Token> tokens) {
    }

    private final LanguageProfile profile;

    AnnotationReader(LanguageProfile profile) {
        this.profile = profile;
    }

    /** The CoreNLP sentences that {@link #read} makes sentences of, in the same order. */
    List<CoreMap> readSentences(Annotation annotation) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (!s.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    Layers read(Annotation annotation) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int first = tokens.size();
            Dependencies deps = Dependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), labels.size());
            for (int i = 0; i < labels.size(); i++) {
                tokens.add(token(labels.get(i), first + i, sentences.size(),
                        deps.heads[i] < 0 ? -1 : first + deps.heads[i], deps.relations[i]));
            }
            Span span = new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(sentences.size(), span, first, tokens.size()));
        }
        return new Layers(sentences, tokens);
    }

    private Token token(CoreLabel label, int index, int sentence, int head, String relation) {
        // The parts of a French contraction ("du" -> "de" + "le") have their own forms and share the span.
        boolean part = Boolean.TRUE.equals(label.isMWT());
        String text = part || label.originalText() == null ? label.word() : label.originalText();
        String pos = label.tag() == null ? "X" : profile.posTags().map(label.tag(), relation);
        String ner = label.ner() == null ? "O" : profile.nerTags().map(label.ner(), null);
        // Penn Treebank tokenization writes brackets and quotes as -LRB-, ``: their lemma is the written form.
        String lemma = label.lemma() == null || !part && !label.word().equals(label.originalText())
                ? text.toLowerCase(profile.locale())
                : label.lemma();
        return new Token(index, sentence, new Span(label.beginPosition(), label.endPosition()), text, lemma,
                pos, ner, head, relation);
    }

    /** Heads (0-based within the sentence, -1 for a root) and relations of a sentence's basic dependencies. */
    private record Dependencies(int[] heads, String[] relations) {

        static Dependencies of(SemanticGraph graph, int size) {
            int[] heads = new int[size];
            String[] relations = new String[size];
            // A token the parser left out (a failed sentence) is a root with the unspecified relation.
            Arrays.fill(heads, -1);
            Arrays.fill(relations, "dep");
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    relations[root.index() - 1] = "root";
                }
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    int dependent = edge.getDependent().index() - 1;
                    heads[dependent] = edge.getGovernor().index() - 1;
                    relations[dependent] = edge.getRelation().toString();
                }
            }
            return new Dependencies(heads, relations);
        }
    }
}
