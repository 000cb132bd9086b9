package org.factline.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.factline.model.Event;
import org.factline.model.EventType;

/**
 * A mapping of Factline's event types to another scheme's codes ({@code export/acled-event-types.tsv},
 * {@code export/cameo-event-types.tsv}): lines {@code TYPE, conditions, values…}; for an event, the first line of
 * its type whose conditions all hold gives the values. Conditions, space-separated: {@code *};
 * {@code agent=1,2}, {@code patient=7}, {@code actor=1,8} (an agent, patient or any actor of these ACLED actor
 * kinds); {@code trigger=REGEX} (found in the event's words in any report), last on the line as it runs to the end.
 */
final class EventRules {

    private record Rule(EventType type, List<Predicate<EventFacts>> conditions, List<String> values) {
    }

    private final List<Rule> rules = new ArrayList<>();

    private EventRules(String file, int values) {
        for (DataFile.Row row : DataFile.read(file)) {
            EventType type = EventType.valueOf(row.field(0));
            List<String> v = new ArrayList<>();
            for (int i = 0; i < values; i++) {
                v.add(row.field(2 + i));
            }
            rules.add(new Rule(type, conditions(row.field(1), row), List.copyOf(v)));
        }
    }

    static final EventRules ACLED = new EventRules("acled-event-types.tsv", 3);
    static final EventRules CAMEO = new EventRules("cameo-event-types.tsv", 1);

    /** Whether the scheme has an equivalent of the type at all. */
    boolean maps(EventType type) {
        return rules.stream().anyMatch(r -> r.type() == type);
    }

    /** The values of the first rule that fits the event, if one does. */
    Optional<List<String>> of(EventFacts e) {
        for (Rule r : rules) {
            if (r.type() == e.type() && r.conditions().stream().allMatch(c -> c.test(e))) {
                return Optional.of(r.values());
            }
        }
        return Optional.empty();
    }

    private static List<Predicate<EventFacts>> conditions(String field, DataFile.Row row) {
        List<Predicate<EventFacts>> out = new ArrayList<>();
        String rest = field.strip();
        while (!rest.isEmpty()) {
            if (rest.startsWith("trigger=")) {
                Pattern p = Pattern.compile(rest.substring("trigger=".length()),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
                out.add(e -> e.texts().stream().anyMatch(t -> p.matcher(t).find()));
                break;
            }
            int space = rest.indexOf(' ');
            String c = space < 0 ? rest : rest.substring(0, space);
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
            if (c.equals("*")) {
                continue;
            }
            String[] kv = c.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalStateException(row.where() + ": unknown condition '" + c + "'");
            }
            Set<Integer> kinds = Arrays.stream(kv[1].split(",")).map(Integer::valueOf).collect(Collectors.toSet());
            Event.Role role = switch (kv[0]) {
                case "agent" -> Event.Role.AGENT;
                case "patient" -> Event.Role.PATIENT;
                case "actor" -> null;
                default -> throw new IllegalStateException(row.where() + ": unknown condition '" + c + "'");
            };
            out.add(e -> (role == null ? e.actors() : e.actors(role)).stream()
                    .anyMatch(a -> kinds.contains(a.kind().inter())));
        }
        return out;
    }
}
