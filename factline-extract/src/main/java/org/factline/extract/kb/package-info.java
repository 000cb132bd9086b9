/**
 * The multilingual knowledge base and name matching: every mention of a person, organisation, place or group
 * tied to one canonical entity whatever the language or transliteration.
 *
 * <ul>
 *   <li>{@link org.factline.extract.kb.KnowledgeBase}: the entities, roles over time ({@code holder}),
 *       governments of capitals and seats of power, demonyms, countries.</li>
 *   <li>{@link org.factline.extract.kb.GazetteerMatcher}: every alias in a text, case-aware.</li>
 *   <li>{@link org.factline.extract.kb.NameMatcher}: ranked candidates for one name across spellings.</li>
 *   <li>{@link org.factline.extract.kb.LocalIds}: stable ids for entities the knowledge base does not know.</li>
 *   <li>{@link org.factline.extract.kb.WikidataImporter}: more entities from a Wikidata dump.</li>
 * </ul>
 *
 * The data and its sources and licences are described in {@code src/main/resources/kb/README.md}.
 */
package org.factline.extract.kb;
