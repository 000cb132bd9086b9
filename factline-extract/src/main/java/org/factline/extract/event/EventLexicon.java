package org.factline.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.factline.extract.nlp.Inflections;
import org.factline.model.EventType;
import org.factline.model.Token;
import org.factline.model.lang.DataFile;

/**
 * Event triggers of a language, from {@code lang/<code>/events/triggers.tsv}: verbs and nouns with the
 * type of event they name and the condition that makes them one ("prendre" captures only a place,
 * "frapper" attacks only where there are arms), and the words of the conditions and of modality.
 */
final class EventLexicon {

    /** What a trigger needs around it to name an event. */
    enum Condition { NONE, PLACE, TROOPS, ARMED, PACT }

    record Trigger(EventType type, boolean verb, Condition condition) {
    }

    private static final Map<String, Optional<EventLexicon>> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Forms with their triggers in file order: the first whose condition holds names the event. */
    private final Map<String, List<Trigger>> verbs = new HashMap<>();
    private final Map<String, List<Trigger>> nouns = new HashMap<>();
    private final Map<String, Set<String>> words = new HashMap<>();

    static Optional<EventLexicon> forLanguage(String code) {
        return BY_LANGUAGE.computeIfAbsent(code, c -> {
            List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + c + "/events/triggers.tsv");
            return lines == null ? Optional.empty() : Optional.of(new EventLexicon(lines, Inflections.forLanguage(c)));
        });
    }

    EventLexicon(List<DataFile.Line> lines, Inflections inflections) {
        for (DataFile.Line line : lines) {
            String text = line.text();
            if (text.startsWith("@")) {
                int eq = text.indexOf('=');
                if (eq < 0) {
                    throw line.malformed("a directive needs '='");
                }
                Set<String> set = new HashSet<>();
                for (String w : text.substring(eq + 1).strip().split("\\s+")) {
                    set.add(lower(w));
                }
                words.put(text.substring(1, eq).strip(), Set.copyOf(set));
                continue;
            }
            String[] f = text.split("\t");
            if (f.length < 3 || f.length > 4) {
                throw line.malformed("expected TYPE, KIND, forms and optional conditions separated by tabs");
            }
            EventType type;
            Condition condition;
            try {
                type = EventType.valueOf(f[0].strip());
                condition = f.length == 4 ? Condition.valueOf(f[3].strip().toUpperCase(Locale.ROOT)) : Condition.NONE;
            } catch (IllegalArgumentException e) {
                throw line.malformed("unknown type or condition");
            }
            String[] forms = f[2].split("\\|");
            switch (f[1].strip()) {
                case "verb" -> inflections.expand(forms).forEach(form -> add(verbs, form, new Trigger(type, true, condition)));
                case "noun" -> {
                    for (String form : forms) {
                        add(nouns, lower(form), new Trigger(type, false, condition));
                    }
                }
                default -> throw line.malformed("unknown kind '" + f[1] + "' (verb, noun)");
            }
        }
    }

    private static void add(Map<String, List<Trigger>> map, String form, Trigger trigger) {
        List<Trigger> list = map.computeIfAbsent(form, f -> new ArrayList<>());
        if (!list.contains(trigger)) {
            list.add(trigger);
        }
    }

    /**
     * The triggers a token may be, by its form or lemma and its part of speech, in file order: "détruire"
     * kills when it is done to troops and attacks where there are arms.
     */
    List<Trigger> triggers(Token t) {
        String pos = t.pos();
        if (pos.equals("VERB") || pos.equals("ADJ") && !t.relation().equals("amod") || pos.equals("AUX")) {
            List<Trigger> v = verbs.getOrDefault(lower(t.text()), verbs.get(lower(t.lemma())));
            if (v != null) {
                return v;
            }
        }
        if (pos.equals("NOUN") || pos.equals("PROPN") && Character.isLowerCase(t.text().charAt(0))) {
            List<Trigger> n = nouns.getOrDefault(lower(t.text()), nouns.get(lower(t.lemma())));
            if (n != null) {
                return n;
            }
        }
        return List.of();
    }

    /** Whether a word is in a directive's list ({@code troops}, {@code armed}, {@code place}, {@code pact} …). */
    boolean is(String list, Token t) {
        Set<String> set = words.getOrDefault(list, Set.of());
        return set.contains(lower(t.text())) || set.contains(lower(t.lemma()));
    }

    /** Whether a word ends with one of a directive's endings ({@code participle}: "é", "ées", "ed" …). */
    boolean endsAs(String list, Token t) {
        String w = lower(t.text());
        for (String ending : words.getOrDefault(list, Set.of())) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
