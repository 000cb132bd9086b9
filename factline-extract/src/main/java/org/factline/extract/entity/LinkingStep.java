package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.extract.Step;
import org.factline.extract.kb.GazetteerMatch;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.kb.LocalIds;
import org.factline.extract.kb.NameCandidate;
import org.factline.extract.kb.NameMatcher;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Mention;
import org.factline.model.Provenance;
import org.factline.model.Removal;
import org.factline.model.Span;

/**
 * Ties every mention to one entity of the article and makes the article's entities. In text order:
 * a title next to a name is that name ("le chef d'état-major, Valéri Guérassimov"); a name is what the
 * knowledge base knows it as, across spellings; a surname or an honorific name is the person named in
 * full earlier in the article ("M. Guérassimov", "Peskov"); what remains is an entity of its own, with
 * a local id made from its type and name so that it merges across articles.
 */
public final class LinkingStep implements Step {

    /** Below this, a knowledge-base candidate is not trusted for a name the tagger found. */
    private static final double MIN_SCORE = 0.8;

    private final KnowledgeBase kb;
    private final Honorifics honorifics = new Honorifics();
    private final CountryBodies bodies;

    public LinkingStep(KnowledgeBase kb) {
        this.kb = kb;
        this.bodies = new CountryBodies(kb);
    }

    @Override
    public String name() {
        return "linking";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        String lang = analysis.article().language().code();
        Entities entities = new Entities();
        List<Mention> linked = new ArrayList<>();
        List<Mention> mentions = analysis.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention done = switch (m.kind()) {
                case ROLE -> role(m, nextName(mentions, i, text), lang, entities);
                default -> m.entityId() != null ? m : ownedBody(m, i == 0 ? null : mentions.get(i - 1), text, lang, entities)
                        .orElseGet(() -> person(m, nameOf(m, lang), lang, entities));
            };
            entities.add(done, kb);
            linked.add(done);
            if (m.kind() == Mention.Kind.ROLE) {
                nextName(mentions, i, text).filter(n -> adjacent(text, m.span(), n.span()) == Adjacency.SPACE)
                        .ifPresent(n -> {
                            Span both = new Span(m.span().start(), n.span().end());
                            Mention whole = new Mention(both, both.of(text), EntityType.PERSON, done.entityId(),
                                    Mention.Kind.ROLE, new Provenance("linking.title+name", 0.85));
                            entities.add(whole, kb);
                            linked.add(whole);
                        });
            }
        }
        List<Mention> kept = linked.stream().filter(m -> m.entityId() != null).sorted(
                java.util.Comparator.comparing(Mention::span)).toList();
        List<Entity> all = new ArrayList<>(entities.build(kept));
        outlet(analysis.article(), lang).ifPresent(o -> {
            all.removeIf(e -> e.id().equals(o.id()));
            all.add(o);
        });
        return analysis.withEntities(kept, all);
    }

    /**
     * The outlet as an entity of the article: it is the narrator of everything the article states as
     * fact. Its names are the outlet's and those of the credits and bylines cleaning took out ("KEYSTONE").
     */
    private Optional<Entity> outlet(Article article, String lang) {
        if (article.outlet() == null || article.outlet().isBlank()) {
            return Optional.empty();
        }
        Optional<KbEntity> known = kb.names().best(article.outlet(), EntityType.ORG, lang).map(NameCandidate::entity)
                .or(() -> kb.gazetteer().find(article.outlet(), null).stream()
                        .map(GazetteerMatch::best).filter(e -> e.type() == EntityType.ORG).findFirst());
        List<String> names = new ArrayList<>(List.of(article.outlet()));
        if (known.isEmpty()) {
            return Optional.of(new Entity(LocalIds.of(EntityType.ORG, article.outlet()), article.outlet(), EntityType.ORG,
                    names, null, false));
        }
        for (Removal r : article.removed()) {
            if (r.kind() == Removal.Kind.CREDIT || r.kind() == Removal.Kind.BYLINE) {
                kb.gazetteer().find(r.text(), null).stream()
                        .filter(g -> g.entities().contains(known.get()))
                        .map(GazetteerMatch::surface)
                        .filter(n -> !names.contains(n))
                        .forEach(names::add);
            }
        }
        return Optional.of(known.get().toEntity(names));
    }

    /** A title: the person named beside it, else who held the office on the article's date. */
    private Mention role(Mention m, Optional<Mention> name, String lang, Entities entities) {
        if (name.isPresent()) {
            Mention n = name.get();
            Mention resolved = n.entityId() != null ? n : person(n, nameOf(n, lang), lang, entities);
            if (resolved.entityId() != null) {
                return withEntity(m, resolved.entityId(), "linking.apposition");
            }
        }
        return m;
    }

    /** A name: a person named earlier, else the knowledge base's entity, else an entity of its own. */
    private Mention person(Mention m, String name, String lang, Entities entities) {
        Optional<String> earlier = entities.namedEarlier(name, m.type());
        if (earlier.isPresent()) {
            entities.seenAs(earlier.get(), name);
            return withEntity(m, earlier.get(), "linking.coreference");
        }
        Optional<NameCandidate> known = kb.names().best(name, m.type() == EntityType.GROUP ? null : m.type(), lang);
        if (known.isPresent() && known.get().score() >= MIN_SCORE && compatible(m.type(), known.get().entity())) {
            return withEntity(m, known.get().entity().id(), "linking.kb." + known.get().how().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (m.kind() == Mention.Kind.HONORIFIC && !name.contains(" ")) {
            // A bare surname with an honorific nobody was named in full by: only the knowledge base could tell.
            Optional<NameCandidate> surname = kb.names().best(name, EntityType.PERSON, lang);
            if (surname.isPresent() && surname.get().score() >= 0.7) {
                return withEntity(m, surname.get().entity().id(), "linking.kb.surname");
            }
        }
        if (m.type() == EntityType.ORG) {
            // "le ministère marocain de l'Intérieur", "Russia's defence ministry": the body of a state
            Optional<Mention> body = asBody(m, name, lang, entities);
            if (body.isPresent()) {
                return body.get();
            }
        }
        return withEntity(m, entities.local(m.type(), name), "linking.local");
    }

    /**
     * {@code m} as the body of a state that {@code phrase} names, under the knowledge base's entity or the name English
     * news gives it, so that every spelling is one entity; empty when the phrase names no such body.
     */
    private Optional<Mention> asBody(Mention m, String phrase, String lang, Entities entities) {
        return bodies.name(phrase, lang).filter(b -> b.type() == EntityType.ORG).map(b -> {
            String id = b.entityId() != null ? b.entityId() : entities.local(EntityType.ORG, b.name());
            return withEntity(m, id, "linking.country-body");
        });
    }

    /**
     * An organisation the tagger found apart from the country that owns it: "Kyrgyzstan's Border Service",
     * "Russia's Defence Ministry" — the body of that country, not an organisation of its own called "Border Service"
     * (nor the knowledge base's body of the same name in another country).
     */
    private Optional<Mention> ownedBody(Mention m, Mention before, String text, String lang, Entities entities) {
        if (m.type() != EntityType.ORG || before == null || before.type() != EntityType.GPE
                || m.span().start() - before.span().end() != 3
                || !POSSESSIVE.matcher(text.substring(before.span().end(), m.span().start())).matches()) {
            return Optional.empty();
        }
        return asBody(m, before.text() + "'s " + m.text(), lang, entities);
    }

    /** What joins a country to what it owns: "'s" and a space, the three characters between them. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['\u2019]s\s");

    private static boolean compatible(EntityType mentioned, KbEntity known) {
        if (mentioned == known.type() || mentioned == EntityType.GROUP) {
            return true;
        }
        // The tagger's LOCATION is GPE or LOC; ORG and GPE meet in governments and seats of power.
        return (mentioned == EntityType.GPE || mentioned == EntityType.LOC)
                && (known.type() == EntityType.GPE || known.type() == EntityType.LOC)
                || mentioned == EntityType.ORG && known.type() == EntityType.LOC;
    }

    /**
     * The name a mention carries without its honorific: "M. Guérassimov" → "Guérassimov", whether the
     * honorific finder or the tagger found it.
     */
    private String nameOf(Mention m, String lang) {
        if (m.type() != EntityType.PERSON) {
            return m.text();
        }
        return honorifics.find(m.text(), lang).stream().filter(h -> h.span().start() == 0).findFirst()
                .map(h -> h.name().of(m.text())).orElse(m.text());
    }

    private enum Adjacency { SPACE, APPOSITION, NONE }

    /** The person name right after a title: "le président russe Vladimir Poutine", "le chef d'état-major, Valéri Guérassimov". */
    private static Optional<Mention> nextName(List<Mention> mentions, int title, String text) {
        Span t = mentions.get(title).span();
        for (int j = title + 1; j < mentions.size(); j++) {
            Mention n = mentions.get(j);
            if (n.span().start() < t.end()) {
                continue;
            }
            if (n.type() == EntityType.PERSON && n.kind() != Mention.Kind.ROLE && adjacent(text, t, n.span()) != Adjacency.NONE) {
                return Optional.of(n);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Adjacency adjacent(String text, Span title, Span name) {
        String between = text.substring(title.end(), name.start());
        if (between.equals(" ") || between.equals("\u00A0")) {
            return Adjacency.SPACE;
        }
        return between.strip().equals(",") ? Adjacency.APPOSITION : Adjacency.NONE;
    }

    private static Mention withEntity(Mention m, String id, String how) {
        return new Mention(m.span(), m.text(), m.type(), id, m.kind(), new Provenance(
                m.provenance().extractor() + "+" + how, m.provenance().confidence()));
    }

    /** The entities of one article as they are found, and their names for coreference. */
    private static final class Entities {

        private final Map<String, List<String>> surfaces = new LinkedHashMap<>();
        private final Map<String, EntityType> types = new LinkedHashMap<>();
        private final Map<String, KbEntity> known = new LinkedHashMap<>();
        private final Map<String, String> localNames = new LinkedHashMap<>();

        void add(Mention m, KnowledgeBase kb) {
            if (m.entityId() == null) {
                return;
            }
            List<String> forms = surfaces.computeIfAbsent(m.entityId(), k -> new ArrayList<>());
            if (!forms.contains(m.text())) {
                forms.add(m.text());
            }
            types.putIfAbsent(m.entityId(), m.type());
            kb.byId(m.entityId()).ifPresent(e -> known.put(e.id(), e));
        }

        /**
         * An entity named earlier that this name is a short form of: a person's surname ("Peskov" after
         * "Dmitri Peskov", whatever type the tagger gave the lone word), an organisation's first word or
         * initials ("PSA" after "PSA Peugeot Citroën", "UAAR" after "Union of Rationalist Atheists and
         * Agnostics"), or the same name (a body first named with its country: "Kyrgyzstan's Border Service", then
         * "the Border Service").
         */
        Optional<String> namedEarlier(String name, EntityType type) {
            boolean oneWord = !name.strip().contains(" ");
            for (Map.Entry<String, List<String>> e : surfaces.entrySet()) {
                KbEntity k = known.get(e.getKey());
                EntityType earlierType = k != null ? k.type() : types.get(e.getKey());
                List<String> names = new ArrayList<>(e.getValue());
                if (k != null) {
                    names.add(k.name());
                }
                for (String full : names) {
                    boolean person = earlierType == EntityType.PERSON && (type == EntityType.PERSON || oneWord)
                            && (NameMatcher.sameName(full, name) && type == EntityType.PERSON
                                || oneWord && full.contains(" ") && NameMatcher.sameName(lastWord(full), name)
                                // "Assange" first, "Julian Assange" later: the full name completes it.
                                || type == EntityType.PERSON && !oneWord && !full.contains(" ") && k == null
                                    && NameMatcher.sameName(lastWord(name), full));
                    boolean organisation = earlierType == EntityType.ORG && type == EntityType.ORG
                            && (oneWord && full.contains(" ") && (full.startsWith(name + " ") || name.equals(initials(full)))
                                // "Kyrgyzstan's Border Service" first, "the Border Service" later
                                || !oneWord && full.equals(name));
                    if (person || organisation) {
                        return Optional.of(e.getKey());
                    }
                }
            }
            return Optional.empty();
        }

        private static String initials(String name) {
            StringBuilder out = new StringBuilder();
            for (String w : name.split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    out.append(w.charAt(0));
                }
            }
            return out.length() > 1 ? out.toString() : "";
        }

        /** A local entity named in full later keeps the full name as its canonical name. */
        void seenAs(String id, String name) {
            localNames.computeIfPresent(id, (k, old) -> name.length() > old.length() ? name : old);
        }

        /** The id of an entity only this article knows; its longest name is its canonical name. */
        String local(EntityType type, String name) {
            String id = LocalIds.of(type, name);
            localNames.merge(id, name, (a, b) -> b.length() > a.length() ? b : a);
            return id;
        }

        /**
         * The entities, in the order the article first names them: a demonym or a capital standing for
         * its government refers to a country without naming it, so it does not place the country first.
         */
        List<Entity> build(List<Mention> mentions) {
            Map<String, Integer> named = new LinkedHashMap<>();
            for (Mention m : mentions) {
                boolean naming = m.kind() != Mention.Kind.GROUP && m.kind() != Mention.Kind.METONYM;
                named.merge(m.entityId(), naming ? m.span().start() : Integer.MAX_VALUE / 2 + m.span().start(), Math::min);
            }
            List<Mention> byNaming = mentions.stream()
                    .sorted(java.util.Comparator.comparing((Mention m) -> named.get(m.entityId())))
                    .toList();
            Map<String, List<String>> forms = new LinkedHashMap<>();
            for (Mention m : byNaming) {
                List<String> f = forms.computeIfAbsent(m.entityId(), k -> new ArrayList<>());
                if (!f.contains(m.text())) {
                    f.add(m.text());
                }
            }
            List<Entity> out = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : forms.entrySet()) {
                KbEntity k = known.get(e.getKey());
                if (k != null) {
                    out.add(k.toEntity(e.getValue()));
                } else {
                    String name = localNames.getOrDefault(e.getKey(), longestName(e.getValue(), e.getValue().getFirst()));
                    out.add(new Entity(e.getKey(), name, types.getOrDefault(e.getKey(), EntityType.LOC), e.getValue(), null, false));
                }
            }
            return out;
        }

        private static String longestName(List<String> forms, String fallback) {
            return forms.stream().filter(f -> Character.isUpperCase(f.codePointAt(0)))
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(fallback);
        }

        private static String lastWord(String name) {
            String[] words = name.strip().split("\\s+");
            return words[words.length - 1];
        }
    }
}
