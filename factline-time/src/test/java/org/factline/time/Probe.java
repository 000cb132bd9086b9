package org.factline.time;

import java.time.LocalDate;

/** Development aid: Probe LANG DCT "sentence" prints the expressions, tenses and values. */
public final class Probe {
    public static void main(String[] args) {
        TimeTagger t = TimeTagger.forLanguage(args[0]).orElseThrow();
        LexicalTense tense = new LexicalTense(args[2], args[0]);
        for (TimeGrammar.Match m : t.grammar().find(args[2])) {
            System.out.println(m.span().of(args[2]) + "  " + m.fields() + "  tense=" + tense.at(m.span()) + "  rule=" + m.rule().source());
        }
        t.tag(args[2], LocalDate.parse(args[1]), tense).forEach(System.out::println);
    }
}
