package org.factline.extract;

import java.util.List;

import org.factline.extract.claim.ClaimStep;
import org.factline.extract.event.EventStep;
import org.factline.extract.quantity.QuantityStep;
import org.factline.extract.time.TimeStep;
import org.factline.extract.entity.LinkingStep;
import org.factline.extract.entity.MentionStep;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.nlp.LinguisticStep;
import org.factline.extract.nlp.ParseNeed;

/** The pipelines Factline runs. */
public final class Pipelines {

    private Pipelines() {
    }

    /** Everything Factline extracts from an article, with the shipped knowledge base. */
    public static Pipeline standard() {
        return standard(KnowledgeBase.standard());
    }

    /**
     * Figures come before events, which link the figures they measure. The dependency parser reads the
     * sentences in which claims, figures, events or capitals standing for their government may be found
     * ({@link #parseNeed}).
     */
    public static Pipeline standard(KnowledgeBase kb) {
        return Pipeline.of(new LinguisticStep(parseNeed(kb)), new MentionStep(kb), new LinkingStep(kb), new TimeStep(), new ClaimStep(kb),
                new QuantityStep(kb), new EventStep());
    }

    /** The sentences the standard pipeline's extractors read trees in. */
    public static ParseNeed parseNeed(KnowledgeBase kb) {
        return ParseNeed.anyOf(List.of(ClaimStep.parseNeed(), QuantityStep.parseNeed(), EventStep.parseNeed(),
                MentionStep.parseNeed(kb)));
    }
}
