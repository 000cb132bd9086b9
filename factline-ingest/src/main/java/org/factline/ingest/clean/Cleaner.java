package org.factline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factline.model.Removal;
import org.factline.model.Span;
import org.factline.time.TimeTagger;

/**
 * Turns an article body into clean text: paragraphs (one per line, or per block of hard-wrapped lines),
 * white space normalised, photo credits, agency bylines and scraping tails taken out and recorded,
 * section headings and photo captions kept and marked (a caption is not running text, but it often
 * says who met whom, where and on which day). The headline, when known or when the text opens with
 * one, is the first paragraph, marked as a heading.
 */
public final class Cleaner {

    /** The clean text and everything learnt while making it. */
    public record Cleaned(String text, List<Span> paragraphs, List<Span> headings, List<Span> captions,
                          List<Removal> removed, String title, String bylineOutlet) {
    }

    private static final int MAX_HEADING_WORDS = 14;
    private static final int MAX_TITLE_WORDS = 25;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u200B\\u2060\\uFEFF]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:;,][»”\"'’)\\]]*$");

    private final CleaningRules rules = CleaningRules.load();

    /**
     * @param body     the text as read, header lines already taken away
     * @param title    the headline the source gave, or null
     * @param captions photo captions the reader found apart from the body (HTML figcaptions); they
     *                 follow the body as caption paragraphs
     */
    public Cleaned clean(String body, String title, List<String> captions) {
        List<Paragraph> kept = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        String bylineOutlet = null;
        List<String> paragraphs = new ArrayList<>(paragraphs(body));
        int bodyParagraphs = paragraphs.size();
        captions.forEach(c -> paragraphs.add(normaliseSpaces(c)));
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            switch (rules.classify(p)) {
                case CleaningRules.Verdict.Keep keep -> kept.add(new Paragraph(p, i >= bodyParagraphs));
                case CleaningRules.Verdict.Caption caption -> {
                    kept.add(new Paragraph(caption.caption(), true));
                    removed.add(new Removal(Removal.Kind.CREDIT, caption.credit()));
                }
                case CleaningRules.Verdict.Remove remove -> {
                    removed.add(new Removal(remove.kind(), p));
                    if (remove.kind() == Removal.Kind.BYLINE && bylineOutlet == null && rules.isAgencyByline(p)) {
                        bylineOutlet = p.replaceAll("^\\(|\\)\\.?$", "").strip();
                    }
                }
            }
        }
        String cleanTitle = title == null ? null : normaliseSpaces(title);
        boolean titleIsFirst = false;
        if (cleanTitle != null && !cleanTitle.isEmpty()) {
            if (kept.isEmpty() || !kept.getFirst().text().equals(cleanTitle)) {
                kept.addFirst(new Paragraph(cleanTitle, false));
            }
            titleIsFirst = true;
        } else if (kept.size() > 1 && isHeadingLike(kept.getFirst().text(), MAX_TITLE_WORDS)) {
            cleanTitle = kept.getFirst().text();
            titleIsFirst = true;
        } else {
            cleanTitle = null;
        }
        return assemble(kept, titleIsFirst, removed, cleanTitle, bylineOutlet);
    }

    /** As {@link #clean(String, String, List)}, with no captions found apart. */
    public Cleaned clean(String body, String title) {
        return clean(body, title, List.of());
    }

    private record Paragraph(String text, boolean caption) {
    }

    private Cleaned assemble(List<Paragraph> kept, boolean titleIsFirst, List<Removal> removed, String title,
                             String bylineOutlet) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Span> headings = new ArrayList<>();
        List<Span> captions = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            Paragraph p = kept.get(i);
            Span span = new Span(text.length(), text.length() + p.text().length());
            text.append(p.text());
            spans.add(span);
            if (p.caption()) {
                captions.add(span);
            } else if (i == 0 && titleIsFirst
                    || i + 1 < kept.size() && isHeadingLike(p.text(), MAX_HEADING_WORDS) && !isDateline(p.text())) {
                headings.add(span);
            }
        }
        return new Cleaned(text.toString(), spans, headings, captions, removed, title, bylineOutlet);
    }

    /**
     * Paragraphs of a body: blocks separated by blank lines; inside a block, each line is a paragraph
     * unless the block is hard-wrapped prose (lines that run on into a lower-case next line).
     */
    static List<String> paragraphs(String body) {
        String text = INVISIBLE.matcher(body.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\n[ \\t]*\\n")) {
            List<String> lines = block.lines().map(Cleaner::normaliseSpaces).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (isHardWrapped(lines)) {
                out.add(String.join(" ", lines));
            } else {
                out.addAll(lines);
            }
        }
        return out;
    }

    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int runOn = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            char nextFirst = lines.get(i + 1).charAt(0);
            if (line.length() > 100) {
                return false;
            }
            if (!ENDS_SENTENCE.matcher(line).matches() && (Character.isLowerCase(nextFirst) || line.endsWith("-"))) {
                runOn++;
            }
        }
        return runOn * 2 >= lines.size() - 1;
    }

    /** Short, no closing punctuation, starting with a capital or a digit: a headline or a section heading. */
    static boolean isHeadingLike(String p, int maxWords) {
        if (p.isEmpty() || ENDS_SENTENCE.matcher(p).matches()) {
            return false;
        }
        int first = p.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && !Character.isTitleCase(first)) {
            return false;
        }
        return p.split("\\s+").length <= maxWords;
    }

    /**
     * A paragraph that is only a date ("Friday, August 21, 2015"): a dateline, not a heading. The
     * language is not known yet: a date in any language Factline has a time grammar for counts.
     */
    private static boolean isDateline(String p) {
        for (TimeTagger tagger : TimeTagger.allLanguages()) {
            int covered = tagger.calendarDates(p).stream().mapToInt(m -> m.span().length()).sum();
            if (covered >= p.length() * 0.85) {
                return true;
            }
        }
        return false;
    }

    private static String normaliseSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
