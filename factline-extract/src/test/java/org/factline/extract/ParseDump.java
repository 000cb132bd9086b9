package org.factline.extract;

import java.time.LocalDate;
import java.util.List;

import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.Mention;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.factline.model.Token;

/**
 * Development aid, not a test: prints the dependency parse, mentions and time expressions of sentences
 * and what the extractors made of them: claims, figures and events ({@code ParseDump LANG DCT "text" …};
 * QUIET=1 leaves out the parse and the mentions).
 */
public final class ParseDump {

    private ParseDump() {
    }

    public static void main(String[] args) {
        String lang = args[0];
        LocalDate dct = LocalDate.parse(args[1]);
        var pipeline = Pipelines.standard();
        for (int i = 2; i < args.length; i++) {
            String text = args[i].replace("\\n", "\n");
            Article a = new Article("t", "t", new SourceRef("test", "text"), null, null, null,
                    new Language(lang, 1, true, true), PublicationDate.day(dct, PublicationDate.Basis.HEADER, null),
                    text, text, List.of(new Span(0, text.length())), List.of(), List.of(), List.of());
            Analysis an = pipeline.analyse(a);
            for (Token t : System.getenv("QUIET") != null ? List.<Token>of() : an.tokens()) {
                System.out.printf("%3d %-16s %-12s %-5s %3d %-10s %s%n", t.index(), t.text(), t.lemma(), t.pos(), t.head(),
                        t.relation(), t.ner());
            }
            for (Mention m : System.getenv("QUIET") != null ? List.<Mention>of() : an.mentions()) {
                System.out.println("  mention " + m.text() + " " + m.kind() + " " + m.type() + " → " + m.entityId());
            }
            an.timexes().forEach(t -> System.out.println("  timex " + t.text() + " " + t.value()));
            an.claims().forEach(c -> System.out.println("  CLAIM [" + c.speaker().name() + "] [" + c.cueText() + "] ["
                    + c.quoteText() + "] direct=" + c.direct() + " " + c.stance() + (c.negated() ? " negated" : "")
                    + " date=" + c.date() + " " + c.dateBasis() + " parent=" + c.parent()));
            an.quantities().forEach(q -> System.out.println("  QTY [" + q.text() + "] value=" + q.value() + " low=" + q.low()
                    + " high=" + q.high() + " " + q.qualifier() + (q.approx() ? " approx" : "") + " unit=" + q.unit()
                    + " what=[" + q.what() + "] source=" + (q.source() == null ? "narrator" : q.source().name())
                    + " claim=" + q.claim()));
            an.events().forEach(e -> System.out.println("  EVENT " + e.type() + " [" + e.triggerText() + "] date=" + e.date()
                    + " " + e.dateBasis() + " " + e.modality() + " place=" + (e.location() == null ? null : e.location().name())
                    + " claim=" + e.claim() + " actors=" + e.actors().stream().map(x -> x.role() + ":" + x.name()).toList()));
            System.out.println();
        }
    }
}
