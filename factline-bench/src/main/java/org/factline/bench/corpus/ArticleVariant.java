package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factline.bench.corpus.TextEdits.Edit;
import org.factline.extract.kb.LocalIds;
import org.factline.ingest.ArticleIds;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.PublicationDate;
import org.factline.model.Quantity;
import org.factline.model.Removal;
import org.factline.model.Sentence;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.Token;

/**
 * One analysed article made from another: names replaced ({@link Renaming}), dates moved ({@link DateShift}) and
 * figures scaled ({@link FigureRewrite}), in its text and in every layer, each span moved onto the new text by one
 * {@link TextEdits}. Where a name, a date and a figure would rewrite the same words, the name wins, then the date;
 * a figure whose words stay keeps its value, while a date's value moves whatever its words.
 *
 * <p>A field that held the words at its span (a mention's text, a quote, a trigger) holds the new words at the new
 * span; other strings (canonical names, aliases, the title, a channel) get the article's renaming.
 */
final class ArticleVariant {

    private final Analysis seed;
    private final Renaming renaming;
    private final DateShift shift;
    private final String oldText;
    private final Substitution words;
    private final TextEdits edits;
    /** New value, low and high of the figures whose words were rewritten, by index. */
    private final Map<Integer, FigureRewrite.Scaled> figures = new HashMap<>();
    /** Old entity id to new, for the entities of this article and of its story. */
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Renaming.NewEntity> renamed = new HashMap<>();

    private ArticleVariant(Analysis seed, Renaming renaming, DateShift shift, double figureFactor) {
        this.seed = seed;
        this.renaming = renaming;
        this.shift = shift;
        this.oldText = seed.text();
        this.words = renaming.substitution(seed);
        Locale locale = Locale.forLanguageTag(seed.article().language().code());
        TextEdits.Plan plan = new TextEdits.Plan();
        words.offerTo(oldText, plan);
        for (Timex t : seed.timexes()) {
            List<Edit> dateWords = DateWords.edits(oldText, t.span(), t.value(), shift.value(t.value()), locale);
            if (plan.fits(dateWords)) {
                dateWords.forEach(plan::offer);
            }
        }
        List<Quantity> quantities = seed.quantities();
        for (int i = 0; i < quantities.size(); i++) {
            Optional<FigureRewrite.Scaled> scaled = FigureRewrite.scale(oldText, quantities.get(i),
                    seed.article().language().code(), figureFactor);
            if (scaled.isPresent() && plan.fits(scaled.get().edits())) {
                scaled.get().edits().forEach(plan::offer);
                figures.put(i, scaled.get());
            }
        }
        this.edits = plan.applyTo(oldText);
        for (Entity e : seed.entities()) {
            Renaming.NewEntity n = renaming.of(e.id());
            if (n != null) {
                renamed.put(e.id(), n);
                ids.put(e.id(), n.id());
            } else if (!e.known() && !words.apply(e.name()).equals(e.name())) {
                ids.put(e.id(), LocalIds.of(e.type(), words.apply(e.name())));
            }
        }
    }

    /**
     * The variant of {@code seed}.
     *
     * @param doc          its document name
     * @param figureFactor how much its figures are scaled by
     */
    static Analysis of(Analysis seed, String doc, Renaming renaming, DateShift shift, double figureFactor) {
        return new ArticleVariant(seed, renaming, shift, figureFactor).analysis(doc);
    }

    private Analysis analysis(String doc) {
        Article a = seed.article();
        String text = edits.text();
        PublicationDate p = a.published();
        PublicationDate published = p == null ? null
                : new PublicationDate(shift.value(p.value()), p.precision(), p.basis(), words.apply(p.evidence()));
        Substitution raw = p == null ? words : words.and(Map.of(p.value(), published.value()));
        Article article = new Article(ArticleIds.of(text), doc, new SourceRef("generated/" + doc, a.source().format()),
                title(a.title()), a.url() == null ? null : a.url() + "#" + doc, words.apply(a.outlet()),
                a.language(), published, text, raw.apply(a.rawText()), edits.map(a.paragraphs()),
                edits.map(a.headings()), edits.map(a.captions()),
                a.removed().stream().map(r -> new Removal(r.kind(), raw.apply(r.text()))).toList(), a.warnings());
        return new Analysis(article,
                seed.sentences().stream().map(s -> new Sentence(s.index(), edits.map(s.span()), s.firstToken(),
                        s.endToken())).toList(),
                seed.tokens().stream().map(this::token).toList(),
                seed.mentions().stream().map(m -> new Mention(edits.map(m.span()), at(m.span(), m.text()), m.type(),
                        id(m.entityId()), m.kind(), m.provenance())).toList(),
                seed.entities().stream().map(this::entity).toList(),
                seed.timexes().stream().map(t -> new Timex(edits.map(t.span()), at(t.span(), t.text()), t.type(),
                        shift.value(t.value()), t.mod(), t.anchor())).toList(),
                seed.claims().stream().map(this::claim).toList(),
                seed.events().stream().map(this::event).toList(),
                quantities());
    }

    /** The headline as the new text writes it, when the text starts with it; else the headline renamed. */
    private String title(String title) {
        for (Span heading : seed.article().headings()) {
            if (heading.of(oldText).strip().equals(title)) {
                return edits.map(heading).of(edits.text()).strip();
            }
        }
        return words.apply(title);
    }

    /** The words now at the place of a field that held {@code old}: the new words if it held the words at its span. */
    private String at(Span span, String old) {
        if (span == null || old == null) {
            return old == null ? null : words.apply(old);
        }
        return old.equals(span.of(oldText)) ? edits.map(span).of(edits.text()) : words.apply(old);
    }

    private String id(String old) {
        return old == null ? null : ids.getOrDefault(old, renaming.of(old) != null ? renaming.of(old).id() : old);
    }

    /** The canonical name of an entity a speaker, actor or place refers to. */
    private String name(String entityId, String old) {
        Renaming.NewEntity n = entityId == null ? null : renaming.of(entityId);
        return n != null ? n.name() : words.apply(old);
    }

    private Token token(Token t) {
        String text = at(t.span(), t.text());
        boolean lemmaIsWord = t.lemma() != null && t.lemma().equals(t.text().toLowerCase(Locale.ROOT));
        return new Token(t.index(), t.sentence(), edits.map(t.span()), text,
                lemmaIsWord ? text.toLowerCase(Locale.ROOT) : t.lemma(), t.pos(), t.ner(), t.head(), t.relation());
    }

    private Entity entity(Entity e) {
        Renaming.NewEntity n = renamed.get(e.id());
        List<String> aliases = List.copyOf(new LinkedHashSet<>(e.aliases().stream().map(words::apply).toList()));
        if (n != null) {
            return new Entity(n.id(), n.name(), e.type(), aliases, n.place(), n.known());
        }
        return new Entity(id(e.id()), e.known() ? e.name() : words.apply(e.name()), e.type(), aliases, e.place(),
                e.known());
    }

    private Claim.Speaker speaker(Claim.Speaker s) {
        return s == null ? null : new Claim.Speaker(id(s.entityId()), name(s.entityId(), s.name()),
                edits.map(s.span()), at(s.span(), s.text()));
    }

    private Claim claim(Claim c) {
        return new Claim(edits.map(c.quote()), at(c.quote(), c.quoteText()), edits.map(c.cue()), at(c.cue(), c.cueText()),
                speaker(c.speaker()), c.direct(), c.stance(), c.negated(), shift.value(c.date()), c.dateBasis(),
                words.apply(c.channel()), edits.map(c.evidence()), c.parent(), c.confidence());
    }

    private Event event(Event e) {
        List<Event.Actor> actors = e.actors().stream().map(x -> new Event.Actor(x.role(), id(x.entityId()),
                name(x.entityId(), x.name()), edits.map(x.span()), at(x.span(), x.text()))).toList();
        Event.Location l = e.location();
        Event.Location location = null;
        if (l != null) {
            Renaming.NewEntity n = l.entityId() == null ? null : renaming.of(l.entityId());
            location = new Event.Location(id(l.entityId()), name(l.entityId(), l.name()), edits.map(l.span()),
                    n != null ? n.place() : l.place());
        }
        return new Event(e.type(), edits.map(e.trigger()), at(e.trigger(), e.triggerText()), actors, location,
                shift.value(e.date()), e.dateBasis(), e.modality(), e.claim(), edits.map(e.evidence()), e.confidence());
    }

    private List<Quantity> quantities() {
        List<Quantity> out = new ArrayList<>();
        List<Quantity> quantities = seed.quantities();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            FigureRewrite.Scaled s = figures.get(i);
            out.add(new Quantity(edits.map(q.span()), at(q.span(), q.text()), s == null ? q.value() : s.value(),
                    s == null ? q.low() : s.low(), s == null ? q.high() : s.high(), q.qualifier(), q.approx(), q.unit(),
                    at(q.whatSpan(), q.what()), edits.map(q.whatSpan()), speaker(q.source()), q.claim(), q.event(),
                    edits.map(q.evidence()), q.confidence()));
        }
        return out;
    }
}
