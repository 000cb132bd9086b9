package org.factline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factline.ingest.date.DateMentionFinder;
import org.factline.model.Removal;
import org.factline.model.Span;

/**
 * Turns an article body into clean text: paragraphs (one per line, or per block of hard-wrapped lines),
 * white space normalised, photo captions and credits, agency bylines and scraping tails taken out and
 * recorded, section headings kept and marked. The headline, when known or when the text opens with
 * one, is the first paragraph, marked as a heading.
 */
public final class Cleaner {

    /** The clean text and everything learnt while making it. */
    public record Cleaned(String text, List<Span> paragraphs, List<Span> headings, List<Removal> removed,
                          String title, String bylineOutlet) {
    }

    private static final int MAX_HEADING_WORDS = 14;
    private static final int MAX_TITLE_WORDS = 25;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u200B\\u2060\\uFEFF]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:;,][»”\"'’)\\]]*$");

    private final CleaningRules rules = CleaningRules.load();

    /**
     * @param body  the text as read, header lines already taken away
     * @param title the headline the source gave, or null
     */
    public Cleaned clean(String body, String title) {
        List<String> paragraphs = paragraphs(body);
        List<Removal> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        String bylineOutlet = null;
        for (String p : paragraphs) {
            Removal.Kind kind = rules.classify(p);
            if (kind == null) {
                kept.add(p);
                continue;
            }
            removed.add(new Removal(kind, p));
            if (kind == Removal.Kind.BYLINE && bylineOutlet == null && rules.isAgencyByline(p)) {
                bylineOutlet = p.replaceAll("^\\(|\\)\\.?$", "").strip();
            }
        }
        String cleanTitle = title == null ? null : normaliseSpaces(title);
        boolean titleIsFirst = false;
        if (cleanTitle != null && !cleanTitle.isEmpty()) {
            if (!kept.isEmpty() && kept.getFirst().equals(cleanTitle)) {
                titleIsFirst = true;
            } else {
                kept.addFirst(cleanTitle);
                titleIsFirst = true;
            }
        } else if (kept.size() > 1 && isHeadingLike(kept.getFirst(), MAX_TITLE_WORDS)) {
            cleanTitle = kept.getFirst();
            titleIsFirst = true;
        } else {
            cleanTitle = null;
        }
        return assemble(kept, titleIsFirst, removed, cleanTitle, bylineOutlet);
    }

    private Cleaned assemble(List<String> kept, boolean titleIsFirst, List<Removal> removed, String title,
                             String bylineOutlet) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Span> headings = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            Span span = new Span(text.length(), text.length() + kept.get(i).length());
            text.append(kept.get(i));
            spans.add(span);
            boolean heading = i == 0 && titleIsFirst
                    || i + 1 < kept.size() && isHeadingLike(kept.get(i), MAX_HEADING_WORDS) && !isDateline(kept.get(i));
            if (heading) {
                headings.add(span);
            }
        }
        return new Cleaned(text.toString(), spans, headings, removed, title, bylineOutlet);
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

    /** A paragraph that is only a date ("Friday, August 21, 2015"): a dateline, not a heading. */
    private static boolean isDateline(String p) {
        int covered = DateMentionFinder.instance().find(p).stream().mapToInt(m -> m.span().length()).sum();
        return covered >= p.length() * 0.85;
    }

    private static String normaliseSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
