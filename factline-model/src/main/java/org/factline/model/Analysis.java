package org.factline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the per-article pipeline found in one article: stand-off layers that point into
 * {@link Article#text()}. Each pipeline step returns a new analysis with its layer added.
 *
 * @param article   the article analysed
 * @param sentences sentences, in text order
 * @param tokens    tokens, in text order
 * @param mentions  entity mentions, in text order
 * @param entities  the entities mentioned, in order of first mention
 * @param timexes   time expressions, in text order
 * @param claims    what sources are reported to have said, in text order of their content
 * @param events    what happened or is said to have happened, in text order of first mention
 * @param quantities figures, in text order
 */
public record Analysis(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
                       List<Entity> entities, List<Timex> timexes, List<Claim> claims,
                       List<Event> events, List<Quantity> quantities) {

    /**
     * The layers by name (the record components above, after the article) with the record type of their items, in
     * component order: the tables of an analysis wherever it is written out as tables (the Spark job's Parquet
     * output and {@code factline load}, which reads it back).
     */
    public static final Map<String, Class<? extends Record>> LAYERS = layers();

    private static Map<String, Class<? extends Record>> layers() {
        Map<String, Class<? extends Record>> layers = new LinkedHashMap<>();
        layers.put("sentences", Sentence.class);
        layers.put("tokens", Token.class);
        layers.put("mentions", Mention.class);
        layers.put("entities", Entity.class);
        layers.put("timexes", Timex.class);
        layers.put("claims", Claim.class);
        layers.put("events", Event.class);
        layers.put("quantities", Quantity.class);
        return java.util.Collections.unmodifiableMap(layers);
    }

    public Analysis {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        quantities = List.copyOf(quantities);
    }

    /** The starting point: an article with no layer yet. */
    public static Analysis of(Article article) {
        return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public Analysis withLinguistics(List<Sentence> sentences, List<Token> tokens) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    public Analysis withMentions(List<Mention> mentions) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    public Analysis withEntities(List<Mention> mentions, List<Entity> entities) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    public Analysis withTimexes(List<Timex> timexes) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    public Analysis withClaims(List<Claim> claims) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    public Analysis withEvents(List<Event> events) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    public Analysis withQuantities(List<Quantity> quantities) {
        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    /** The tokens of a sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public String text() {
        return article.text();
    }
}
