package org.factline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.nlp.LinguisticStep;
import org.factline.extract.nlp.NewsArticles;
import org.factline.extract.nlp.ParseNeed;
import org.factline.model.Analysis;
import org.factline.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the standard pipeline parses: those with a reporting word, a quotation, a figure or an
 * event trigger; not those that only describe. Sentences written for the test, one per line.
 */
class ParseNeedTest {

    private static final ParseNeed NEED = Pipelines.parseNeed(KnowledgeBase.standard());

    @Test
    void frenchSentencesWithSomethingToExtractAreParsed() {
        assertThat(sentences(true, "fr", """
                Le porte-parole du gouvernement a affirmé mardi que les négociations reprendraient.
                Selon la police, la manifestation s'est déroulée dans le calme.
                D'après plusieurs témoins, la route était fermée depuis l'aube.
                « Nous ne céderons pas », a lancé la maire devant la foule.
                La ministre dément toute ingérence.
                Les rebelles ont bombardé le quartier nord de la capitale.
                Un incendie a ravagé l'entrepôt dans la nuit.
                Plus de 1 200 personnes ont été évacuées.
                Trois cents maisons restent sans électricité.
                Le prix du pain a augmenté de 12 % en un an.
                Dakar suspend la concession du port.
                Washington maintient son soutien à Kiev.""")).as("sentences left unparsed").isEmpty();
    }

    @Test
    void frenchSentencesThatOnlyDescribeAreNotParsed() {
        assertThat(sentences(false, "fr", """
                Le ciel était gris au-dessus de la vallée.
                La ville se trouve au bord d'un grand lac.
                Les rues du centre historique sont étroites et pavées.
                Cette région vit surtout de l'agriculture et du tourisme.""")).as("sentences parsed").isEmpty();
    }

    @Test
    void englishSentencesWithSomethingToExtractAreParsed() {
        assertThat(sentences(true, "en", """
                The spokesman said on Tuesday that talks would resume.
                According to the police, the march was peaceful.
                "We will not give in," the mayor told the crowd.
                Across the square hung a single banner: ‘Never again’.
                The ministry denied any interference.
                Rebels shelled the northern district of the capital.
                A fire destroyed the warehouse overnight.
                More than 1,200 people were evacuated.
                Three hundred homes are still without power.
                Beijing has halted imports of the fruit.""")).as("sentences left unparsed").isEmpty();
    }

    @Test
    void englishSentencesThatOnlyDescribeAreNotParsed() {
        assertThat(sentences(false, "en", """
                The sky was grey above the valley.
                The town lies on the shore of a large lake.
                The streets of the old centre are narrow and cobbled.
                The region lives mostly from farming and tourism.""")).as("sentences parsed").isEmpty();
    }

    /** The lines (each a sentence of its own) whose choice is not {@code expected}. */
    private static List<String> sentences(boolean expected, String language, String lines) {
        Analysis unparsed = new LinguisticStep((analysis, sentence) -> false)
                .apply(Analysis.of(NewsArticles.of(language, lines)));
        assertThat(unparsed.sentences()).hasSize((int) lines.lines().count());
        List<String> out = new ArrayList<>();
        for (Sentence s : unparsed.sentences()) {
            if (NEED.needs(unparsed, s) != expected) {
                out.add(s.span().of(unparsed.text()));
            }
        }
        return out;
    }
}
