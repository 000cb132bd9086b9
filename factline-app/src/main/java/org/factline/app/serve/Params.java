package org.factline.app.serve;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.factline.app.views.ViewParameters;
import org.factline.model.EntityType;
import org.factline.model.EventType;

/** The query parameters of one request, checked: a bad one is a 400 that names it and says why. */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}");

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter's value, or null when it is absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A date (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
    String date(String name) {
        String v = text(name);
        return checked(() -> {
            ViewParameters.checkDate(name, v);
            return v;
        });
    }

    /** A whole number within bounds, or {@code otherwise} when absent. */
    int number(String name, int otherwise, int min, int max) {
        String v = text(name);
        if (v == null) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
        if (n < min || n > max) {
            throw ApiError.badRequest(name + " must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    /** {@code limit} (1 to 500, default 50) and {@code offset} (default 0). */
    Page page() {
        return new Page(number("offset", 0, 0, Integer.MAX_VALUE), number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    /** A language code (fr, en), lower case, or null. */
    String language(String name) {
        String v = text(name);
        if (v != null && !LANGUAGE_CODE.matcher(v).matches()) {
            throw ApiError.badRequest(name + " must be a language code such as fr or en, not '" + v + "'");
        }
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    EntityType entityType(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        return Arrays.stream(EntityType.values()).filter(t -> t.name().equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> ApiError.badRequest(name + " must be an entity type (" + Arrays.toString(EntityType.values())
                        + "), not '" + v + "'"));
    }

    EventType eventType(String name) {
        String v = text(name);
        return v == null ? null : checked(() -> ViewParameters.eventType(name, v));
    }

    /** An event type or CLAIM, as the timeline takes it, or null. */
    String timelineType(String name) {
        String v = text(name);
        return checked(() -> {
            ViewParameters.checkTimelineType(name, v);
            return v;
        });
    }

    /** What a check of the views returns; its refusal as a 400. */
    static <T> T checked(Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
