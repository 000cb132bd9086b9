package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.factline.model.Event;
import org.factline.model.EventType;

/**
 * One real event as several articles report it: its type, the most precise date and place they give, its
 * actors, and every report with who made it, when, in what words and whether they assert or deny it.
 */
public final class CorpusEvent {

    /** One article's report of the event. */
    public record Report(Statement statement, Event event, boolean denied) {
    }

    private final int id;
    private final EventType type;
    private String date;
    private Event.Location location;
    private final Set<String> actors = new LinkedHashSet<>();
    private final Set<String> agents = new LinkedHashSet<>();
    private final List<Report> reports = new ArrayList<>();
    /** The articles of its reports. */
    private final Set<String> reportedIn = new java.util.HashSet<>();

    CorpusEvent(int id, EventType type) {
        this.id = id;
        this.type = type;
    }

    void add(Report report) {
        reports.add(report);
        reportedIn.add(report.statement().articleId());
        Event e = report.event();
        if (e.date() != null && (date == null || e.date().length() > date.length() && e.date().startsWith(date))) {
            date = e.date();
        }
        if (e.location() != null && (location == null || Places.inside(e.location(), location))) {
            location = e.location();
        }
        for (Event.Actor a : e.actors()) {
            String key = a.entityId() != null ? a.entityId() : "name:" + Source.fold(a.name());
            actors.add(key);
            if (a.role() == Event.Role.AGENT) {
                agents.add(key);
            }
        }
    }

    public int id() {
        return id;
    }

    public EventType type() {
        return type;
    }

    /** The most precise date the reports agree on, or null. */
    public String date() {
        return date;
    }

    /** The most precise place the reports give, or null. */
    public Event.Location location() {
        return location;
    }

    /** Actor keys: entity ids, or folded names of actors with none. */
    public Set<String> actors() {
        return Set.copyOf(actors);
    }

    Set<String> agents() {
        return agents;
    }

    /** {@link #actors()} without a copy, for the corpus to compare events. */
    Set<String> actorKeys() {
        return actors;
    }

    /** The ids of the articles that report it. */
    Set<String> reportedIn() {
        return reportedIn;
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    /** A few words for a reader: "WITHDRAW — North Korea, Kursk Oblast, 2025-01". */
    public String label() {
        StringBuilder b = new StringBuilder(type.name());
        List<String> names = new ArrayList<>();
        for (Report r : reports) {
            for (Event.Actor a : r.event().actors()) {
                if (!names.contains(a.name()) && names.size() < 3) {
                    names.add(a.name());
                }
            }
        }
        if (!names.isEmpty()) {
            b.append(" — ").append(String.join(", ", names));
        }
        if (location != null) {
            b.append(names.isEmpty() ? " — " : ", ").append(location.name());
        }
        if (date != null) {
            b.append(", ").append(date);
        }
        return b.toString();
    }
}
