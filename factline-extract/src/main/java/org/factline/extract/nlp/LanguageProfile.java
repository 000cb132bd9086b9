package org.factline.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.model.lang.DataFile;

/**
 * What the linguistic layer knows of one language, read from its folder {@code lang/<code>/} on the class
 * path: {@code corenlp.properties} (the CoreNLP configuration; its presence makes the language analysable),
 * {@code pos-tags.tsv} (the tagger's tags to Universal POS; absent when the tagger gives UPOS) and
 * {@code ner-tags.tsv} (the entity tags to Factline's words; absent when they are those words already).
 * A new language is a new folder.
 *
 * @param code     ISO 639-1 code
 * @param corenlp  the CoreNLP properties, Factline's own {@code factline.*} keys included
 * @param posTags  tagger tags to UPOS
 * @param nerTags  entity tags to Factline's vocabulary
 */
public record LanguageProfile(String code, Properties corenlp, TagTable posTags, TagTable nerTags) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    public LanguageProfile {
        corenlp = copy(corenlp);
    }

    /** A copy: the properties are the profile's, callers adapt their own. */
    @Override
    public Properties corenlp() {
        return copy(corenlp);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The text as the parser should see it, one character for one so that every offset still points into
     * the article's text. With {@code factline.straightApostrophes = true} the typographic apostrophe
     * (U+2019, and the modifier letter U+02BC) becomes the straight one, which the French models were
     * trained on — with "l’" and "qu’" they tag the elided article as a noun and misparse the sentence.
     * With {@code factline.scareQuotes = true} the quotation marks around a fragment of one to three words
     * inside a sentence ("avaient été “retirés” du fait des pertes", "a « nombre significatif »") become
     * spaces: the models read such marks as words of their own and hang the sentence from them. Longer
     * quotations keep their marks, and the claim layer reads quotation marks from the text, not from here.
     */
    public String forParser(String text) {
        String out = text;
        if (Boolean.parseBoolean(corenlp.getProperty("factline.straightApostrophes", "false"))) {
            out = out.replace('\u2019', '\'').replace('\u02BC', '\'');
        }
        if (Boolean.parseBoolean(corenlp.getProperty("factline.scareQuotes", "false"))) {
            out = unquoteFragments(out);
        }
        return out;
    }

    private static final Pattern FRAGMENT = Pattern.compile(
            "([“«\"])[\\s\u00A0\u202F]?([^“”«»\"\n.!?;:]{1,60}?)[\\s\u00A0\u202F]?([”»\"])");

    static String unquoteFragments(String text) {
        Matcher m = FRAGMENT.matcher(text);
        StringBuilder b = new StringBuilder(text);
        while (m.find()) {
            String inner = m.group(2).strip();
            boolean pair = m.group(1).equals("“") && m.group(3).equals("”") || m.group(1).equals("«") && m.group(3).equals("»")
                    || m.group(1).equals("\"") && m.group(3).equals("\"");
            if (pair && !inner.isEmpty() && inner.split("[\\s\u00A0\u202F]+").length <= 3) {
                b.setCharAt(m.start(1), ' ');
                b.setCharAt(m.start(3), ' ');
            }
        }
        return b.toString();
    }

    /** The language's folder, or empty when Factline has no models for it. */
    public static Optional<LanguageProfile> load(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        String folder = "lang/" + code + "/";
        try (InputStream properties = resource(folder + "corenlp.properties")) {
            if (properties == null) {
                return Optional.empty();
            }
            Properties corenlp = new Properties();
            corenlp.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
            return Optional.of(new LanguageProfile(code, corenlp,
                    table(folder + "pos-tags.tsv", "X"), table(folder + "ner-tags.tsv", null)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "corenlp.properties", e);
        }
    }

    private static TagTable table(String name, String unknown) {
        List<DataFile.Line> lines = DataFile.linesIfPresent(name);
        return lines == null ? TagTable.identity() : TagTable.of(lines, unknown);
    }

    private static InputStream resource(String name) {
        return LanguageProfile.class.getClassLoader().getResourceAsStream(name);
    }

    private static Properties copy(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }
}
