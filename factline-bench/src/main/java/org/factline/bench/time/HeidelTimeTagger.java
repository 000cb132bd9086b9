package org.factline.bench.time;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HeidelTime 2.1 run as a library: one standalone instance per language and document type, made on
 * first use, with HeidelTime's own tokenizer ({@link POSTagger#NO}) so that no external tagger is
 * needed. (TreeTagger is never used: without its binaries HeidelTime ends the JVM.)
 *
 * <p>Not thread-safe: HeidelTime keeps its configuration in static state.
 */
final class HeidelTimeTagger {

    /** HeidelTime's languages by ISO 639-1 code, for {@code --lang auto}. */
    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("en", Language.ENGLISH),
            Map.entry("fr", Language.FRENCH),
            Map.entry("de", Language.GERMAN),
            Map.entry("es", Language.SPANISH),
            Map.entry("it", Language.ITALIAN),
            Map.entry("nl", Language.DUTCH),
            Map.entry("pt", Language.PORTUGUESE),
            Map.entry("et", Language.ESTONIAN),
            Map.entry("ru", Language.RUSSIAN),
            Map.entry("zh", Language.CHINESE));

    // Held strongly: java.util.logging keeps loggers only weakly, and a collected logger forgets its level.
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("HeidelTimeStandalone"),
            Logger.getLogger("TimeMLResultFormatter"));

    private final Path configFile;
    private final Map<String, HeidelTimeStandalone> instances = new HashMap<>();

    HeidelTimeTagger() {
        // Per-document INFO lines and the formatter's notes on overlapping expressions (which it
        // resolves itself) would bury the run's own messages; failures still reach stderr.
        QUIETED.get(0).setLevel(Level.WARNING);
        QUIETED.get(1).setLevel(Level.SEVERE);
        this.configFile = writeConfig();
    }

    /** The HeidelTime language for an ISO 639-1 code, or null when HeidelTime has none. */
    static Language language(String code) {
        return code == null ? null : LANGUAGES.get(code.toLowerCase(Locale.ROOT));
    }

    /**
     * The expressions HeidelTime finds in {@code text}, with offsets into {@code text}. With a document
     * creation time the text is processed as news (relative expressions resolved against it),
     * without one as narrative.
     */
    List<TimeMlSpans.Timex> tag(String text, Language language, LocalDate dct) throws DocumentCreationTimeMissingException {
        DocumentType type = dct == null ? DocumentType.NARRATIVES : DocumentType.NEWS;
        HeidelTimeStandalone heidelTime = instances.computeIfAbsent(language.getName() + "/" + type,
                k -> new HeidelTimeStandalone(language, type, OutputType.TIMEML, configFile.toString(), POSTagger.NO));
        // HeidelTime formats the date back with the default time zone, so midnight there is the day itself.
        Date date = dct == null ? null : Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant());
        String timeMl = heidelTime.process(text, date);
        return TimeMlSpans.parse(timeMl, text);
    }

    /** Copies the bundled configuration to a temporary file, deleted when the JVM exits. */
    private static Path writeConfig() {
        try (InputStream in = HeidelTimeTagger.class.getResourceAsStream("heideltime-config.props")) {
            if (in == null) {
                throw new IllegalStateException("heideltime-config.props is missing from the class path");
            }
            Path dir = Files.createTempDirectory("factline-heideltime");
            Path file = dir.resolve("config.props");
            Files.copy(in, file);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HeidelTime's configuration", e);
        }
    }
}
