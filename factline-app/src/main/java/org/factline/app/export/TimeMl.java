package org.factline.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.Timex;

/**
 * One article's time expressions in TimeML, shaped as the TimeBank corpora (the French TimeBank's files):
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <TimeML>
 * <DOCID>000_bbddf157615b990c</DOCID>
 * <DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-27" functionInDocument="CREATION_TIME">2025-04-27</TIMEX3></DCT>
 * <TEXT>… <TIMEX3 tid="t1" type="DATE" value="2025-04-26" temporalFunction="true" anchorTimeID="t0">samedi</TIMEX3> …</TEXT>
 * </TimeML>
 * }</pre>
 *
 * <p>The content of {@code TEXT} is the article's cleaned text, character for character (XML-escaped; a carriage
 * return as {@code &#13;} so that parsers keep it; characters XML 1.0 cannot hold become U+FFFD). Each TIMEX3 has
 * its {@code tid}, {@code type} and {@code value}, {@code mod} when TimeML's list has it, and for a value fixed
 * relative to another time {@code temporalFunction="true"} with {@code anchorTimeID}: the DCT for one relative to
 * the publication date ("samedi"), the nearest day mentioned before it for one relative to the text ("le
 * lendemain"), as the normaliser reads them. An article with no publication date has no DCT. A time expression
 * overlapping the one before it is left out (TimeML tags do not overlap). No EVENT, SIGNAL or links: Factline
 * does not annotate TimeML events.
 */
final class TimeMl {

    /** TIMEX3 modifiers as ISO-TimeML lists them. */
    private static final Set<String> MODS = Set.of("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
            "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX");

    private TimeMl() {
    }

    static Exports.Summary write(Analysis analysis, Writer out) throws IOException {
        Exports.Tally tally = new Exports.Tally(Exports.Format.TIMEML, "time expressions");
        Article a = analysis.article();
        String text = a.text();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
        out.write("<DOCID>" + escape(a.doc(), false) + "</DOCID>\n");
        PublicationDate published = a.published();
        if (published != null) {
            out.write("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + escape(published.value(), true)
                    + "\" functionInDocument=\"CREATION_TIME\">" + escape(published.value(), false) + "</TIMEX3></DCT>\n");
        }
        out.write("<TEXT>");
        int at = 0;
        int n = 0;
        String lastDay = null;
        String lastPoint = null;
        for (Timex t : analysis.timexes()) {
            if (t.span().start() < at || t.span().end() > text.length()) {
                tally.leftOut("overlapping the one before");
                continue;
            }
            out.write(escape(text.substring(at, t.span().start()), false));
            String tid = "t" + (++n);
            out.write("<TIMEX3 tid=\"" + tid + "\" type=\"" + t.type().name() + "\" value=\"" + escape(t.value(), true) + "\"");
            if (t.mod() != null && MODS.contains(t.mod())) {
                out.write(" mod=\"" + t.mod() + "\"");
            }
            String anchor = switch (t.anchor()) {
                case PUBLICATION -> published != null ? "t0" : null;
                case DISCOURSE -> lastDay != null ? lastDay : lastPoint;
                case NONE -> null;
            };
            if (anchor != null) {
                out.write(" temporalFunction=\"true\" anchorTimeID=\"" + anchor + "\"");
            }
            out.write(">" + escape(t.span().of(text), false) + "</TIMEX3>");
            at = t.span().end();
            tally.written();
            if (t.isDay()) {
                lastDay = tid;
            }
            if (t.type() == Timex.Type.DATE || t.type() == Timex.Type.TIME) {
                lastPoint = tid;
            }
        }
        out.write(escape(text.substring(at), false));
        out.write("</TEXT>\n</TimeML>\n");
        return tally.summary();
    }

    /**
     * Text as XML 1.0 character data or attribute value: markup characters escaped, carriage returns (and in
     * attributes, tabs and line feeds) as character references that parsers keep, and characters XML cannot hold
     * replaced by U+FFFD.
     */
    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
