package org.factline.app.views;

import java.util.Arrays;
import java.util.Locale;

import org.factline.knowledge.corpus.Dates;
import org.factline.model.EventType;

/**
 * The checks of what a user asks of a view, with messages that name the option or parameter and say what was
 * wrong: the command line turns them into usage errors, the HTTP API into 400 responses.
 */
public final class ViewParameters {

    private ViewParameters() {
    }

    /**
     * Refuses a value that is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD); null passes.
     *
     * @param name how the user gave it: {@code --as-of}, {@code as_of}
     * @throws IllegalArgumentException with the message to show
     */
    public static void checkDate(String name, String value) {
        if (value == null) {
            return;
        }
        if (!Dates.isCalendar(value)) {
            throw new IllegalArgumentException(name + " must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '" + value + "'");
        }
        try {
            Dates.first(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a timeline type that is neither {@code CLAIM} nor an event type (any case); null passes.
     *
     * @throws IllegalArgumentException with the message to show
     */
    public static void checkTimelineType(String name, String type) {
        if (type != null && !type.equalsIgnoreCase("claim") && !isEventType(type)) {
            throw new IllegalArgumentException(name + " must be CLAIM or an event type (" + Arrays.toString(EventType.values())
                    + "), not '" + type + "'");
        }
    }

    /**
     * The event type a user named (any case).
     *
     * @throws IllegalArgumentException naming the types when it is none
     */
    public static EventType eventType(String name, String type) {
        if (!isEventType(type)) {
            throw new IllegalArgumentException(name + " must be an event type (" + Arrays.toString(EventType.values())
                    + "), not '" + type + "'");
        }
        return EventType.valueOf(type.toUpperCase(Locale.ROOT));
    }

    private static boolean isEventType(String type) {
        return Arrays.stream(EventType.values()).anyMatch(t -> t.name().equalsIgnoreCase(type));
    }
}
