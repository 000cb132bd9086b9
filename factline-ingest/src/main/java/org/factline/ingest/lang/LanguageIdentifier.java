package org.factline.ingest.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.factline.model.lang.Languages;
import org.factline.model.Language;

/**
 * Tells the language of an article with OpenNLP's language detector (103 languages, Apache-2.0, from
 * Maven Central; loaded once, from the class path). A language the source states is trusted unless the
 * text clearly says otherwise; either way the article is flagged when Factline cannot analyse it.
 */
public final class LanguageIdentifier {

    /** Below this many letters the detector guesses; a stated language is then taken as it is. */
    private static final int MIN_LETTERS = 40;
    /**
     * A stated language is overridden only on enough text, when the detector's best guess scores at
     * least this much and more than ten times the stated language. (The scores of this model spread
     * over related languages: clear German text scores about 0.5, Low German and Swiss German 0.05.)
     */
    private static final double OVERRIDE_CONFIDENCE = 0.3;
    private static final double OVERRIDE_RATIO = 10;
    private static final int OVERRIDE_MIN_LETTERS = 200;
    /** Enough text for a sure answer; more only costs time. */
    private static final int SAMPLE_CHARS = 4000;

    private static final LanguageDetectorModel MODEL = loadModel();

    /** The identified language and what to tell the user about it. */
    public record Result(Language language, List<String> warnings) {
    }

    // LanguageDetectorME is not thread-safe; it is cheap to create over the shared model.
    public Result identify(String text, String stated) {
        List<String> warnings = new ArrayList<>();
        String statedCode = normalise(stated);
        int letters = countLetters(text);
        Language detected = null;
        double statedScore = 0;
        if (letters >= MIN_LETTERS) {
            opennlp.tools.langdetect.Language[] ranked = new LanguageDetectorME(MODEL).predictLanguages(sample(text));
            detected = language(iso1(ranked[0].getLang()), ranked[0].getConfidence(), false);
            for (var l : ranked) {
                if (iso1(l.getLang()).equals(statedCode)) {
                    statedScore = l.getConfidence();
                }
            }
        }
        Language result;
        if (statedCode == null) {
            result = detected != null ? detected : new Language(Language.UNDETERMINED, 0, false, false);
            if (detected == null) {
                warnings.add("too little text (" + letters + " letters) to tell the language");
            }
        } else if (detected != null && !detected.code().equals(statedCode)
                && detected.confidence() >= OVERRIDE_CONFIDENCE && detected.confidence() > OVERRIDE_RATIO * statedScore
                && letters >= OVERRIDE_MIN_LETTERS) {
            warnings.add("stated language '" + stated + "' but the text is " + detected.code()
                    + " (confidence " + String.format(Locale.ROOT, "%.2f", detected.confidence()) + "); using " + detected.code());
            result = detected;
        } else {
            result = language(statedCode, 1.0, true);
        }
        if (!result.analysable() && !result.code().equals(Language.UNDETERMINED)) {
            warnings.add("language " + result.code() + " is not one Factline analyses yet ("
                    + String.join(", ", Languages.analysable()) + "); stored, not analysed");
        }
        return new Result(result, List.copyOf(warnings));
    }

    private static Language language(String code, double confidence, boolean stated) {
        return new Language(code, confidence, stated, Languages.isAnalysable(code));
    }

    /** "fr-FR", "FR", "fra", "French" → "fr"; null when nothing usable is stated. */
    static String normalise(String stated) {
        if (stated == null || stated.isBlank()) {
            return null;
        }
        String s = stated.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = s.indexOf('-');
        if (dash > 0) {
            s = s.substring(0, dash);
        }
        if (s.length() == 3) {
            return iso1(s);
        }
        if (s.length() > 3) {
            for (Locale l : Locale.getAvailableLocales()) {
                if (l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(s)) {
                    return l.getLanguage();
                }
            }
            return null;
        }
        return s;
    }

    /** OpenNLP answers in ISO 639-3 ("fra"); Factline speaks ISO 639-1 ("fr") where there is one. */
    private static String iso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static final java.util.Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private static java.util.Map<String, String> iso3ToIso1() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(code).getISO3Language(), code);
            } catch (MissingResourceException e) {
                // no three-letter code for this one
            }
        }
        return java.util.Map.copyOf(map);
    }

    private static String sample(String text) {
        return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    }

    private static int countLetters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < OVERRIDE_MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException(
                        "langdetect-183.bin missing from the class path (artifact org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language detection model", e);
        }
    }
}
