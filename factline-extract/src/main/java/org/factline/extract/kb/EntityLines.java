package org.factline.extract.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * The knowledge base's JSON Lines format: one entity per line, {@code #} starts a comment line.
 * The README in {@code kb/} documents the fields; {@link #read} and {@link #write} are its only codec.
 *
 * <pre>{"id":"Q7747","type":"PERSON","name":"Vladimir Putin","country":"RU",
 *  "aliases":{"fr":["Vladimir Poutine"],"de":["Wladimir Putin"]},"short":{"fr":["Poutine"],"en":["Putin"]},
 *  "roles":[["head_of_state","Q159","2012-05-07",null]]}</pre>
 */
final class EntityLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Alias.Kind> ALIAS_FIELDS = Map.of(
            "aliases", Alias.Kind.NAME, "short", Alias.Kind.SHORT,
            "abbr", Alias.Kind.ABBREVIATION, "demonyms", Alias.Kind.DEMONYM);
    /** Fields the generator reads to tie curated lines to source records; ignored here. */
    private static final Set<String> LINK_FIELDS = Set.of("geonames", "admin1Code", "iso2", "iso3", "note", "source");

    private EntityLines() {
    }

    /** Whether a line carries no entity (blank or a comment). */
    static boolean skippable(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    /** Reads one line; throws {@link IllegalArgumentException} naming what is wrong. */
    static EntityDraft read(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.hasNonNull("id")) {
            throw new IllegalArgumentException("expected a JSON object with an \"id\"");
        }
        EntityDraft d = new EntityDraft(node.get("id").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            readField(d, f.getKey(), f.getValue());
        }
        return d;
    }

    private static void readField(EntityDraft d, String key, JsonNode v) {
        if (v.isNull() || key.equals("id") || LINK_FIELDS.contains(key)) {
            return;
        }
        switch (key) {
            case "type" -> d.type = enumValue(EntityType.class, v.asText(), "type");
            case "name" -> d.name = v.asText();
            case "country" -> d.country = v.asText();
            case "lat" -> d.lat = number(v, key);
            case "lon" -> d.lon = number(v, key);
            case "admin1" -> d.admin1 = v.asText();
            case "precision" -> d.precision = enumValue(Place.Precision.class, v.asText(), "precision");
            case "population" -> d.population = v.asLong();
            case "partOf" -> d.partOf = v.asText();
            case "governs" -> d.governs = v.asText();
            case "capital" -> d.capital = v.asText();
            case "roles" -> readRoles(d, v);
            default -> {
                Alias.Kind kind = ALIAS_FIELDS.get(key);
                if (kind == null) {
                    throw new IllegalArgumentException("unknown field \"" + key + "\"");
                }
                readAliases(d, v, kind);
            }
        }
    }

    private static void readAliases(EntityDraft d, JsonNode v, Alias.Kind kind) {
        if (!v.isObject()) {
            throw new IllegalArgumentException("aliases must be an object of language → list of names");
        }
        v.fields().forEachRemaining(e -> {
            JsonNode names = e.getValue();
            if (names.isTextual()) {
                d.aliases.add(new Alias(names.asText(), e.getKey(), kind));
            } else {
                names.forEach(n -> d.aliases.add(new Alias(n.asText(), e.getKey(), kind)));
            }
        });
    }

    private static void readRoles(EntityDraft d, JsonNode v) {
        for (JsonNode r : v) {
            if (!r.isArray() || r.size() < 2) {
                throw new IllegalArgumentException("a role is [role, of, from, to]: " + r);
            }
            Role role = Role.fromId(r.get(0).asText())
                    .orElseThrow(() -> new IllegalArgumentException("unknown role \"" + r.get(0).asText() + "\""));
            d.roles.add(new RoleTerm(role, r.get(1).asText(), date(r.get(2)), date(r.get(3))));
        }
    }

    /** Reads {@code 2019-05-20}, {@code 2025-09} (its first day) or {@code 2019} (its 1 January). */
    static LocalDate date(JsonNode v) {
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            return null;
        }
        String s = v.asText();
        try {
            return switch (s.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
                case 7 -> YearMonth.parse(s).atDay(1);
                default -> LocalDate.parse(s);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad date \"" + s + "\" (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    private static double number(JsonNode v, String key) {
        if (!v.isNumber()) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return v.asDouble();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " \"" + value + "\"");
        }
    }

    /** Writes an entity as one line of this format. */
    static String write(KbEntity e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("name", e.name());
        Map<Alias.Kind, Map<String, List<String>>> byKind = new LinkedHashMap<>();
        for (Alias a : e.aliases()) {
            byKind.computeIfAbsent(a.kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.lang(), k -> new ArrayList<>()).add(a.text());
        }
        ALIAS_FIELDS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(f -> {
            Map<String, List<String>> langs = byKind.get(f.getValue());
            if (langs != null) {
                ObjectNode field = o.putObject(f.getKey());
                langs.forEach((lang, names) -> names.forEach(field.withArray(lang)::add));
            }
        });
        putIfPresent(o, "country", e.country());
        if (e.place() != null) {
            o.put("lat", e.place().lat());
            o.put("lon", e.place().lon());
            putIfPresent(o, "admin1", e.place().admin1());
            o.put("precision", e.place().precision().name());
        }
        if (e.population() > 0) {
            o.put("population", e.population());
        }
        putIfPresent(o, "partOf", e.partOf());
        putIfPresent(o, "governs", e.governs());
        putIfPresent(o, "capital", e.capital());
        if (!e.roles().isEmpty()) {
            ArrayNode roles = o.putArray("roles");
            for (RoleTerm r : e.roles()) {
                ArrayNode t = roles.addArray().add(r.role().id()).add(r.of());
                t.add(r.from() == null ? null : r.from().toString());
                t.add(r.to() == null ? null : r.to().toString());
            }
        }
        return o.toString();
    }

    private static void putIfPresent(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
