package org.factline.extract.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.model.EntityType;

/**
 * The multilingual knowledge base: countries, regions and cities with coordinates, and the people,
 * organisations and places world news keeps naming, with their roles over time.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.standard();
 * kb.holder(Role.HEAD_OF_STATE, "Q30", LocalDate.of(2025, 4, 26))   // Donald Trump
 * kb.governmentOf(kb.byId("Q1899").orElseThrow())                   // Kyiv → Ukraine
 * kb.countryByDemonym("nord-coréennes", "fr")                       // North Korea
 * kb.gazetteer().find(text, "fr")                                   // every alias in a text
 * kb.names().match("Valéri Guérassimov", EntityType.PERSON, "fr")   // Valery Gerasimov
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class KnowledgeBase {

    /** The shipped files, in load order: later files add to and override earlier ones. */
    static final List<String> STANDARD_FILES = List.of("kb/countries.jsonl", "kb/regions.tsv", "kb/cities.tsv",
            "kb/exonyms.jsonl", "kb/curated.jsonl");

    private static final class Standard {
        static final KnowledgeBase INSTANCE = load(List.of());
    }

    private final Map<String, KbEntity> byId = new LinkedHashMap<>();
    private final Map<String, KbEntity> countries = new HashMap<>();
    private final Map<String, KbEntity> groups = new HashMap<>();
    private final Map<String, List<Holding>> holdings = new HashMap<>();
    private final Map<String, Map<String, KbEntity>> demonyms = new java.util.TreeMap<>();
    private final List<KbProblem> problems;
    private final GazetteerMatcher gazetteer;
    private final NameMatcher names;

    private record Holding(KbEntity holder, RoleTerm term) {
    }

    private KnowledgeBase(List<KbEntity> entities, List<KbProblem> problems) {
        this.problems = List.copyOf(problems);
        for (KbEntity e : entities) {
            byId.put(e.id(), e);
            if (e.isCountry()) {
                countries.putIfAbsent(e.country(), e);
            }
            for (RoleTerm t : e.roles()) {
                holdings.computeIfAbsent(t.role().id() + "@" + t.of(), k -> new ArrayList<>()).add(new Holding(e, t));
            }
        }
        for (KbEntity e : entities) {
            if (e.type() == EntityType.GROUP && e.country() != null && countries.containsKey(e.country())) {
                groups.putIfAbsent(e.country(), e);
                for (Alias a : e.aliases()) {
                    if (a.kind() == Alias.Kind.DEMONYM) {
                        demonyms.computeIfAbsent(a.lang(), k -> new HashMap<>())
                                .putIfAbsent(Folding.lower(a.text()), countries.get(e.country()));
                    }
                }
            }
        }
        // The two indexes are independent: build them side by side.
        java.util.concurrent.CompletableFuture<NameMatcher> nameIndex =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new NameMatcher(byId.values()));
        this.gazetteer = new GazetteerMatcher(byId.values());
        this.names = nameIndex.join();
    }

    /** The shipped knowledge base, loaded once on first use. */
    public static KnowledgeBase standard() {
        return Standard.INSTANCE;
    }

    /**
     * The shipped knowledge base plus the given files (JSON Lines in the {@code kb/} format, e.g. written by
     * {@link WikidataImporter}; {@code .gz} allowed). Lines with an id already known add to that entity.
     */
    public static KnowledgeBase standardWith(List<Path> files) {
        return load(files);
    }

    private static KnowledgeBase load(List<Path> files) {
        KbReader reader = new KbReader();
        STANDARD_FILES.forEach(reader::readResource);
        files.forEach(reader::readPath);
        List<KbEntity> entities = KbAssembly.assemble(reader);
        return new KnowledgeBase(entities, reader.problems);
    }

    public Optional<KbEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<KbEntity> entities() {
        return byId.values();
    }

    /** Lines of the loaded files that could not be used (none for the shipped files). */
    public List<KbProblem> problems() {
        return problems;
    }

    /** The country with this ISO 3166-1 alpha-2 code ("UA"), any case. */
    public Optional<KbEntity> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The group of people of a country ("North Koreans" for KP). */
    public Optional<KbEntity> group(String iso2) {
        return Optional.ofNullable(groups.get(iso2.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * Who held {@code role} in the entity {@code of} on {@code date}. {@code of} may be a capital or seat of
     * power, which stands for its country ("spokesperson" of the Kremlin = of Russia). When terms overlap
     * in the data, the one begun last wins.
     */
    public Optional<KbEntity> holder(Role role, String of, LocalDate date) {
        String target = byId(of).flatMap(this::governmentOf).map(KbEntity::id).orElse(of);
        return holdings.getOrDefault(role.id() + "@" + target, List.of()).stream()
                .filter(h -> h.term().heldOn(date))
                .max(Comparator.comparing(h -> h.term().from() == null ? LocalDate.MIN : h.term().from()))
                .map(Holding::holder);
    }

    /**
     * The government an entity stands for when it speaks or acts: a capital or seat of power gives its country
     * (Kyiv → Ukraine, the Kremlin → Russia); a country stands for itself; anything else gives nothing.
     */
    public Optional<KbEntity> governmentOf(KbEntity entity) {
        if (entity.governs() != null) {
            return byId(entity.governs());
        }
        return entity.isCountry() ? Optional.of(entity) : Optional.empty();
    }

    /** The country of a demonym in any form and case ("nord-coréennes", "Sud-Coréens", "North Koreans"). */
    public Optional<KbEntity> countryByDemonym(String word, String lang) {
        String key = Folding.lower(word.strip());
        KbEntity hit = demonyms.getOrDefault(lang, Map.of()).get(key);
        if (hit == null) {
            hit = demonyms.getOrDefault("en", Map.of()).get(key);
        }
        if (hit == null) {
            hit = demonyms.values().stream().map(m -> m.get(key)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
        }
        return Optional.ofNullable(hit);
    }

    /** Finds every alias of the knowledge base in a text. */
    public GazetteerMatcher gazetteer() {
        return gazetteer;
    }

    /** Ranks the entities a name may refer to, across spellings and transliterations. */
    public NameMatcher names() {
        return names;
    }
}
