package org.factline.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factline.extract.Step;
import org.factline.extract.kb.GazetteerMatch;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.nlp.ParseNeed;
import org.factline.model.Analysis;
import org.factline.model.EntityType;
import org.factline.model.Mention;
import org.factline.model.Provenance;
import org.factline.model.Span;
import org.factline.model.lang.Folding;

/**
 * Finds the spans that refer to entities: names the tagger found, every alias of the knowledge base,
 * demonyms ("nord-coréens" → North Korea, as a group), titles ("le président russe" → who held the office
 * on the article's date), names after an honorific ("M. Guérassimov") and region phrases ("la région de
 * Koursk"). Mentions it can tie to an entity carry its id; the others are left to {@link LinkingStep}.
 */
public final class MentionStep implements Step {

    private final KnowledgeBase kb;
    private final TitleMatcher titles;
    private final Honorifics honorifics = new Honorifics();
    private final RegionPhrases regions = new RegionPhrases();
    private final MetonymyDetector metonymy = new MetonymyDetector();

    public MentionStep(KnowledgeBase kb) {
        this.kb = kb;
        this.titles = new TitleMatcher(kb);
    }

    /**
     * The sentences whose trees tell whether a capital stands for its government ("Dakar suspend la
     * concession"): those naming a place of the knowledge base that governs something.
     */
    public static ParseNeed parseNeed(KnowledgeBase kb) {
        return (analysis, sentence) -> kb.gazetteer().find(sentence.span().of(analysis.text()),
                analysis.article().language().code()).stream().anyMatch(g -> g.best().governs() != null);
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        String lang = analysis.article().language().code();
        LocalDate date = ArticleDates.roleDate(analysis.article());
        List<GazetteerMatch> gazetteer = kb.gazetteer().find(text, lang);
        // Titles and region phrases are matched on the folded text: same offsets, no case, no accents.
        String folded = Folding.fold(text);
        List<TitleMatcher.Found> titleSpans = titles.find(folded, lang, gazetteer);
        List<Mention> mentions = new ArrayList<>();

        for (TitleMatcher.Found t : titleSpans) {
            String holder = kb.holder(t.role(), t.country().id(), date).map(KbEntity::id).orElse(null);
            mentions.add(mention(text, t.span(), EntityType.PERSON, holder, Mention.Kind.ROLE, "mention.title", 0.8));
        }
        // A person's name that is also a small place's ("Bush") is the person: the tagger read the
        // sentence. A country, capital or city of the news the tagger calls a person ("Kyiv", "Kharkiv")
        // stays a place.
        List<NerSpans.Run> runs = NerSpans.of(analysis);
        List<Span> people = runs.stream().filter(r -> r.type() == EntityType.PERSON).map(NerSpans.Run::span).toList();
        gazetteer = gazetteer.stream()
                .filter(g -> !(people.contains(new Span(g.start(), g.end())) && isPlace(g.best()) && !newsPlace(g.best())))
                .toList();
        List<Span> gazetteered = gazetteer.stream().map(g -> new Span(g.start(), g.end())).toList();
        // A tagged name longer than any alias in it is a name of its own ("George Washington" is not the
        // city); a tagged name within an alias is that alias.
        List<Span> taggedNames = new ArrayList<>();
        List<Span> places = new ArrayList<>();
        for (NerSpans.Run run : runs) {
            if (run.type() == EntityType.GPE || run.type() == EntityType.LOC) {
                places.add(run.span());
            }
            if (run.type() == null || insideAny(run.span(), gazetteered)) {
                continue;
            }
            // "le groupe minier Kestrel Resources": the noun before the name knows better than the tagger
            EntityType type = run.type() != EntityType.ORG && OrganisationNouns.precede(analysis, run.span())
                    ? EntityType.ORG : run.type();
            mentions.add(mention(text, run.span(), type, null, Mention.Kind.NAME, "mention.ner." + run.tag(), 0.7));
            if (type == EntityType.PERSON || type == EntityType.ORG) {
                taggedNames.add(run.span());
            }
        }
        for (GazetteerMatch g : gazetteer) {
            Span span = new Span(g.start(), g.end());
            KbEntity e = g.best();
            boolean demonym = e.type() == EntityType.GROUP && e.country() != null;
            // Names inside titles stay: "président de l'Égypte" names Egypt too.
            if (!demonym && strictlyInsideAny(span, taggedNames)
                    || !demonym && !trustedPlace(e, g, analysis) && !tagged(span, places)) {
                continue;
            }
            if (demonym) {
                String country = kb.country(e.country()).map(KbEntity::id).orElse(e.id());
                mentions.add(mention(text, span, EntityType.GROUP, country, Mention.Kind.GROUP, "mention.demonym", 0.9));
                continue;
            }
            Optional<RegionFound> region = e.type() == EntityType.GPE ? region(folded, span, e, lang) : Optional.empty();
            // Inside "la région de Koursk", "Koursk" names the region, not the city.
            String id = region.map(r -> r.region().id()).orElse(e.id());
            mentions.add(mention(text, span, e.type(), id, Mention.Kind.NAME, "mention.gazetteer", 0.9));
            region.ifPresent(r -> mentions.add(mention(text, r.span(), EntityType.GPE, r.region().id(), Mention.Kind.NAME,
                    "mention.region-phrase", 0.85)));
            if (e.governs() != null && region.isEmpty() && metonymy.actsAsGovernment(analysis, span, lang)) {
                // The capital speaks or acts for its government: a mention of both ("Kiev a affirmé").
                mentions.add(mention(text, span, EntityType.GPE, e.governs(), Mention.Kind.METONYM, "mention.metonymy", 0.8));
            }
            nestedDemonyms(text, g, lang).forEach(mentions::add);
        }
        for (Honorifics.Found h : honorifics.find(text, lang)) {
            mentions.add(mention(text, h.span(), EntityType.PERSON, null, Mention.Kind.HONORIFIC, "mention.honorific", 0.8));
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return analysis.withMentions(dedupe(mentions));
    }

    private record RegionFound(Span span, KbEntity region) {
    }

    /**
     * Whether a place name is worth taking without the tagger's word for it: countries, regions, capitals,
     * cities of 50,000 or more, and places the knowledge base knows under several names. A small town
     * whose name is also an English word or a surname ("Mobile", "Bush", "Police") needs the tagger to
     * agree that it is a place here.
     */
    private static boolean trustedPlace(KbEntity e, GazetteerMatch g, Analysis analysis) {
        if (!isPlace(e)) {
            return true;
        }
        if (majorPlace(e)) {
            // Except two-letter codes ("OK", "ME", "PR"), which are other words as often as places.
            return g.surface().length() > 2;
        }
        boolean single = !g.surface().contains(" ");
        if (single && opensSentence(analysis, g.start())) {
            // "Nice work", "Most of them", "Save it": a capital letter that the sentence gave.
            return false;
        }
        return e.population() >= 50_000 || !e.aliases().isEmpty();
    }

    private static boolean isPlace(KbEntity e) {
        return (e.type() == EntityType.GPE || e.type() == EntityType.LOC) && e.place() != null;
    }

    /** Places the news names often: major ones, cities of 100,000 or more, places known under several names. */
    private static boolean newsPlace(KbEntity e) {
        return majorPlace(e) || e.population() >= 100_000 || !e.aliases().isEmpty();
    }

    /** Countries, regions and capitals. */
    private static boolean majorPlace(KbEntity e) {
        return e.place() != null && e.place().precision() != org.factline.model.Place.Precision.EXACT || e.governs() != null;
    }

    private static boolean opensSentence(Analysis analysis, int offset) {
        return analysis.sentences().stream()
                .filter(s -> offset >= s.span().start() && offset < s.span().end())
                .anyMatch(s -> analysis.text().substring(s.span().start(), offset).chars().noneMatch(Character::isLetterOrDigit));
    }

    private static boolean tagged(Span span, List<Span> places) {
        return places.stream().anyMatch(p -> p.overlaps(span));
    }

    /** The nationality inside a longer name: "l'armée nord-coréenne" also says North Korea. */
    private List<Mention> nestedDemonyms(String text, GazetteerMatch outer, String lang) {
        List<Mention> out = new ArrayList<>();
        if (!outer.surface().contains(" ") && !outer.surface().contains("-")) {
            return out;
        }
        // The gazetteer finds the longest name first: look again from each later word of the name.
        String surface = outer.surface();
        for (int from = 0; from < surface.length(); from++) {
            if (Character.isLetter(surface.charAt(from)) && (from == 0 || !Character.isLetter(surface.charAt(from - 1)))) {
                // The first word on its own: the name without its last word ("North Korean" in "North Korean troops").
                String rest = from == 0 ? surface.substring(0, Math.max(surface.lastIndexOf(' '), 0)) : surface.substring(from);
                for (GazetteerMatch inner : kb.gazetteer().find(rest, lang)) {
                    KbEntity e = inner.best();
                    if (inner.start() == 0 && e.type() == EntityType.GROUP && e.country() != null) {
                        Span span = new Span(outer.start() + from, outer.start() + from + inner.end());
                        String country = kb.country(e.country()).map(KbEntity::id).orElse(e.id());
                        out.add(mention(text, span, EntityType.GROUP, country, Mention.Kind.GROUP, "mention.demonym", 0.9));
                    }
                }
            }
        }
        return out;
    }

    /** "la région de Koursk": the region the city gives its name to, over the phrase. */
    private Optional<RegionFound> region(String folded, Span place, KbEntity e, String lang) {
        Span phrase = regions.around(folded, place, lang);
        if (phrase == null) {
            return Optional.empty();
        }
        KbEntity region = e.partOf() != null && !e.isCountry() ? kb.byId(e.partOf()).orElse(null) : null;
        if (region == null || region.isCountry()) {
            return Optional.empty();
        }
        return Optional.of(new RegionFound(phrase, region));
    }

    /** The same span found twice (tagger and gazetteer): the one with an entity, else the first. */
    private static List<Mention> dedupe(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).span().equals(m.span()) && out.get(i).kind() == m.kind()) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(m);
            } else if (out.get(same).entityId() == null && m.entityId() != null) {
                out.set(same, m);
            }
        }
        return out;
    }

    private static boolean insideAny(Span span, List<Span> spans) {
        return spans.stream().anyMatch(s -> s.contains(span));
    }

    private static boolean strictlyInsideAny(Span span, List<Span> spans) {
        return spans.stream().anyMatch(s -> s.contains(span) && !s.equals(span));
    }

    private static Mention mention(String text, Span span, EntityType type, String entityId, Mention.Kind kind,
                                   String extractor, double confidence) {
        return new Mention(span, span.of(text), type, entityId, kind, new Provenance(extractor, confidence));
    }
}
