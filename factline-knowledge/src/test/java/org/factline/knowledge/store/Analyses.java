package org.factline.knowledge.store;

import java.util.ArrayList;
import java.util.List;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Mention;
import org.factline.model.Place;
import org.factline.model.Provenance;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.Token;

/**
 * Analyses built by hand for the store tests: every field of every layer, each optional one both set and
 * left out, on the text of {@link Articles#kursk()}.
 */
final class Analyses {

    static final Place KURSK_OBLAST = new Place(51.5, 36.25, "RU", "Kursk Oblast", Place.Precision.REGION);
    static final Place GORNAL = new Place(51.296_83, 35.542_17, null, null, Place.Precision.EXACT);
    static final String GERASIMOV = "fl:person:valery-gerasimov";
    static final String KURSK = "Q20506";

    private Analyses() {
    }

    /** Everything about the Kursk article, optional fields set in some items and null in others. */
    static Analysis kursk() {
        Article article = Articles.kursk();
        String text = article.text();
        Span heading = article.paragraphs().get(0);
        Span first = article.paragraphs().get(1);
        Span second = article.paragraphs().get(2);

        List<Token> tokens = List.of(
                new Token(0, 0, at(text, "Koursk"), "Koursk", "Koursk", "PROPN", "LOCATION", 2, "nsubj"),
                new Token(1, 0, at(text, "entièrement"), "entièrement", "entièrement", "ADV", "O", 2, "advmod"),
                new Token(2, 0, at(text, "repris"), "repris", "reprendre", "VERB", "O", -1, "root"));
        List<Sentence> sentences = List.of(new Sentence(0, heading, 0, 3), new Sentence(1, first, 3, 35),
                new Sentence(2, second, 35, 57));

        List<Mention> mentions = List.of(
                new Mention(at(text, "Koursk"), "Koursk", EntityType.GPE, KURSK, Mention.Kind.NAME,
                        new Provenance("mention.gazetteer", 0.95)),
                new Mention(at(text, "Le chef d'état-major de l'armée russe"), "Le chef d'état-major de l'armée russe",
                        EntityType.PERSON, GERASIMOV, Mention.Kind.ROLE, new Provenance("mention.title", 0.8)),
                new Mention(at(text, "Valéri Guérassimov"), "Valéri Guérassimov", EntityType.PERSON, GERASIMOV,
                        Mention.Kind.NAME, new Provenance("ner.corenlp", 0.9)),
                new Mention(at(text, "Vladimir Poutine"), "Vladimir Poutine", EntityType.PERSON, "Q7747",
                        Mention.Kind.NAME, new Provenance("mention.gazetteer", 1.0)),
                new Mention(at(text, "région de Koursk"), "région de Koursk", EntityType.GPE, KURSK,
                        Mention.Kind.NAME, new Provenance("mention.region", 0.85)),
                new Mention(at(text, "Gornal"), "Gornal", EntityType.LOC, null, Mention.Kind.NAME,
                        new Provenance("ner.corenlp", 0.0)),
                new Mention(at(text, "M. Guérassimov"), "M. Guérassimov", EntityType.PERSON, GERASIMOV,
                        Mention.Kind.HONORIFIC, new Provenance("mention.honorific", 0.7)));

        List<Entity> entities = List.of(
                new Entity(KURSK, "Kursk Oblast", EntityType.GPE, List.of("Koursk", "région de Koursk"), KURSK_OBLAST,
                        true),
                new Entity(GERASIMOV, "Valery Gerasimov", EntityType.PERSON,
                        List.of("Le chef d'état-major de l'armée russe", "Valéri Guérassimov", "M. Guérassimov"), null,
                        false),
                new Entity("Q7747", "Vladimir Putin", EntityType.PERSON, List.of("Vladimir Poutine"), null, true),
                // No mention links it (the Gornal mention is unlinked): no evidence span.
                new Entity("fl:loc:gornal", "Gornal", EntityType.LOC, List.of("Gornal"), GORNAL, false),
                new Entity("fl:org:russian-armed-forces", "Russian Armed Forces", EntityType.ORG, List.of(), null,
                        false));

        List<Timex> timexes = List.of(
                new Timex(at(text, "samedi"), "samedi", Timex.Type.DATE, "2025-04-26", null, Timex.Anchor.PUBLICATION),
                new Timex(at(text, "Aujourd'hui"), "Aujourd'hui", Timex.Type.DATE, "PRESENT_REF", "START",
                        Timex.Anchor.DISCOURSE),
                new Timex(at(text, "entièrement"), "entièrement", Timex.Type.SET, null, null, Timex.Anchor.NONE));

        Span reported = at(text, "ses hommes avaient repris entièrement le contrôle de la région de Koursk");
        Span quoted = at(text, "Aujourd'hui, la dernière localité, le village de Gornal, a été libérée");
        List<Claim> claims = List.of(
                // A later claim as parent: links may point forward.
                new Claim(reported, reported.of(text), at(text, "a annoncé"), "a annoncé",
                        new Claim.Speaker(GERASIMOV, "Valery Gerasimov", at(text, "Valéri Guérassimov"),
                                "Valéri Guérassimov"),
                        false, Claim.Stance.CONFIRM, false, "2025-04-26", Claim.DateBasis.STATED, "par vidéoconférence",
                        first, 2, 0.8),
                new Claim(quoted, quoted.of(text), at(text, "a déclaré"), "a déclaré",
                        new Claim.Speaker(GERASIMOV, "Valery Gerasimov", at(text, "M. Guérassimov"), "M. Guérassimov"),
                        true, Claim.Stance.ASSERT, true, null, Claim.DateBasis.ARTICLE, null, second, -1, 1.0),
                // Everything optional left out; a negated denial asserts (and the negated assertion above denies).
                new Claim(at(text, "le village de Gornal"), "le village de Gornal", null, null,
                        new Claim.Speaker(null, "source proche du dossier", null, null),
                        false, Claim.Stance.DENY, true, null, Claim.DateBasis.NONE, null, second, 1, 0.0));

        List<Event> events = List.of(
                new Event(EventType.CAPTURE_TERRITORY, at(text, "avaient repris"), "avaient repris",
                        List.of(new Event.Actor(Event.Role.AGENT, "fl:org:russian-armed-forces", "Russian Armed Forces",
                                        at(text, "ses hommes"), "ses hommes"),
                                new Event.Actor(Event.Role.PATIENT, KURSK, "Kursk Oblast", at(text, "région de Koursk"),
                                        "région de Koursk")),
                        new Event.Location(KURSK, "Kursk Oblast", at(text, "région de Koursk"), KURSK_OBLAST),
                        "2025-04-26", Event.DateBasis.STATED, Event.Modality.ASSERTED, 0, List.of(heading, first),
                        0.75),
                // Everything optional left out, or empty.
                new Event(EventType.OTHER, at(text, "libérée"), "libérée",
                        List.of(new Event.Actor(Event.Role.PARTICIPANT, null, "inconnus", null, null)),
                        new Event.Location(null, "Gornal", null, null), null, Event.DateBasis.NONE,
                        Event.Modality.HYPOTHETICAL, -1, List.of(), 0.0),
                new Event(EventType.WITHDRAW, at(text, "libérée"), "libérée", List.of(), null, "2025-W17",
                        Event.DateBasis.CLAIM, Event.Modality.NEGATED, 1, List.of(second), 1.0));

        List<Quantity> quantities = List.of(
                new Quantity(at(text, "la dernière localité"), "la dernière localité", 1.0, 1.0, 1.0,
                        Quantity.Qualifier.EXACTLY, false, "localities", "localité", at(text, "localité"),
                        new Claim.Speaker(GERASIMOV, "Valery Gerasimov", at(text, "M. Guérassimov"), "M. Guérassimov"),
                        1, 1, second, 0.6),
                // An order of magnitude on the narrator's word, linked to nothing.
                new Quantity(at(text, "ses hommes"), "ses hommes", null, null, null, Quantity.Qualifier.ABOUT, true,
                        null, null, null, null, -1, -1, first, 0.2),
                new Quantity(at(text, "le contrôle"), "le contrôle", 15.25, 10.5, null, Quantity.Qualifier.AT_LEAST,
                        true, "percent", "contrôle", null, new Claim.Speaker(null, "military analysts", null, null), 0,
                        -1, first, 1.0));

        return new Analysis(article, sentences, tokens, mentions, entities, timexes, claims, events, quantities);
    }

    /** The same analysis as {@code a} without its tokens: what the store gives back. */
    static Analysis withoutTokens(Analysis a) {
        return a.withLinguistics(a.sentences(), List.of());
    }

    /** Only the figures of {@code a}, for a re-analysis that finds less. */
    static Analysis smaller(Analysis a) {
        return new Analysis(a.article(), a.sentences().subList(0, 1), List.of(), a.mentions().subList(0, 1),
                a.entities().subList(0, 1), List.of(), List.of(), List.of(),
                List.of(new Quantity(a.quantities().get(1).span(), a.quantities().get(1).text(), 2.0, null, null,
                        Quantity.Qualifier.MORE_THAN, false, null, null, null, null, -1, -1,
                        a.quantities().get(1).evidence(), 0.5)));
    }

    /**
     * One item per value of every enum of the layers (entity and mention types and kinds, time types and
     * anchors, stances and date bases, event types, roles and modalities, qualifiers, place precisions),
     * so that every name fits its column and reads back.
     */
    static Analysis everyEnumValue(Article article) {
        Span where = new Span(0, Math.min(3, article.text().length()));
        String words = where.of(article.text());
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            for (Mention.Kind kind : Mention.Kind.values()) {
                mentions.add(new Mention(where, words, type, "id-" + type, kind, new Provenance(kind.name(), 0.5)));
            }
            for (Place.Precision precision : Place.Precision.values()) {
                entities.add(new Entity("id-" + type + "-" + precision, type.name(), type, List.of(words),
                        new Place(-33.5, -70.25, "CL", null, precision), true));
            }
        }
        List<Timex> timexes = new ArrayList<>();
        for (Timex.Type type : Timex.Type.values()) {
            for (Timex.Anchor anchor : Timex.Anchor.values()) {
                timexes.add(new Timex(where, words, type, "P1D", "APPROX", anchor));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim.Stance stance : Claim.Stance.values()) {
            for (Claim.DateBasis basis : Claim.DateBasis.values()) {
                claims.add(new Claim(where, words, where, words, new Claim.Speaker(null, stance.name(), where, words),
                        stance == Claim.Stance.ACCUSE, stance, basis == Claim.DateBasis.CONTEXT, "2025", basis,
                        null, where, -1, 0.5));
            }
        }
        List<Event> events = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (Event.Modality modality : Event.Modality.values()) {
                List<Event.Actor> actors = new ArrayList<>();
                for (Event.Role role : Event.Role.values()) {
                    actors.add(new Event.Actor(role, null, role.name(), where, words));
                }
                Event.DateBasis basis = Event.DateBasis.values()[events.size() % Event.DateBasis.values().length];
                events.add(new Event(type, where, words, actors, null, null, basis, modality,
                        events.size() % claims.size(), List.of(where), 0.5));
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity.Qualifier qualifier : Quantity.Qualifier.values()) {
            quantities.add(new Quantity(where, words, 1e9, 0.0, Double.MAX_VALUE, qualifier, false, "km2", null, null,
                    null, -1, quantities.size(), where, 0.5));
        }
        return new Analysis(article, List.of(), List.of(), mentions, entities, timexes, claims, events, quantities);
    }

    /** The span of the first occurrence of {@code words} in {@code text}. */
    static Span at(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        return new Span(start, start + words.length());
    }
}
