package org.factline.ingest.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Languages;
import org.factline.model.Removal;

/**
 * What cleaning removes, as data: page-furniture patterns per language ({@code lang/<code>/boilerplate.txt})
 * and the agency names of bylines and photo credits ({@code clean/agencies.txt}). The patterns of every
 * language apply to every article: a "Lire aussi" tail is furniture in any text.
 */
final class CleaningRules {

    record Rule(Removal.Kind kind, Pattern pattern) {
    }

    private final List<Rule> rules;
    /** A paragraph that is only agency names: "Keystone-SDA ATS", "(AFP)", "AFP/Reuters". */
    private final Pattern agencyByline;
    /** A caption's credit after its last sentence: "… des forces ukrainiennes. KEYSTONE", "… (Photo AFP)". */
    private final Pattern trailingCredit;

    private CleaningRules(List<Rule> rules, List<String> agencies) {
        this.rules = List.copyOf(rules);
        String names = agencies.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String agency = "(?:" + names + ")";
        this.agencyByline = Pattern.compile(
                "\\(?\\s*" + agency + "(?:\\s*[-/,&]?\\s*(?:et|and|avec|with)?\\s*" + agency + ")*\\s*\\)?\\.?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // The credit is upper case or introduced by a credit word, and follows the end of a sentence.
        this.trailingCredit = Pattern.compile(
                "(?s)(?<caption>.*[.!?»”\"])\\s+(?<credit>"
                        + "(?:\\p{Lu}[\\p{Lu}\\p{Pd}/ ]{1,40}\\p{Lu})"
                        + "|(?:\\(?(?:(?i:photo|photos|crédit|credit|image|©)\\s*:?\\s*[^.!?]{1,60})\\)?)"
                        + "|(?:\\(?" + agency + "(?:\\s*/\\s*" + agency + ")*\\)?)"
                        + ")\\s*");
    }

    static CleaningRules load() {
        List<Rule> rules = new ArrayList<>();
        for (String lang : Languages.analysable()) {
            List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/boilerplate.txt");
            for (DataFile.Line line : lines == null ? List.<DataFile.Line>of() : lines) {
                String[] cols = line.fields(2);
                Removal.Kind kind = switch (cols[0]) {
                    case "boilerplate" -> Removal.Kind.BOILERPLATE;
                    case "credit" -> Removal.Kind.CREDIT;
                    case "byline" -> Removal.Kind.BYLINE;
                    default -> throw line.malformed("unknown kind " + cols[0]);
                };
                int flags = kind == Removal.Kind.BYLINE ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                rules.add(new Rule(kind, Pattern.compile(cols[1], flags)));
            }
        }
        return new CleaningRules(rules, DataFile.lines("clean/agencies.txt").stream().map(DataFile.Line::text).toList());
    }

    /** What to do with a paragraph. */
    sealed interface Verdict {
        /** Running text. */
        record Keep() implements Verdict {
        }

        /** Not text: furniture, a byline, a bare credit. */
        record Remove(Removal.Kind kind) implements Verdict {
        }

        /** A photo caption: kept as a caption paragraph, its credit removed. */
        record Caption(String caption, String credit) implements Verdict {
        }
    }

    Verdict classify(String paragraph) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(paragraph).matches()) {
                return new Verdict.Remove(rule.kind());
            }
        }
        if (agencyByline.matcher(paragraph).matches()) {
            return new Verdict.Remove(Removal.Kind.BYLINE);
        }
        Matcher caption = trailingCredit.matcher(paragraph);
        if (caption.matches()) {
            return new Verdict.Caption(caption.group("caption").strip(), caption.group("credit").strip());
        }
        return new Verdict.Keep();
    }

    /** Whether a byline paragraph names only agencies, and so names the outlet of a wire dispatch. */
    boolean isAgencyByline(String paragraph) {
        return agencyByline.matcher(paragraph).matches();
    }
}
