package org.factline.extract;

import org.factline.extract.claim.ClaimStep;
import org.factline.extract.event.EventStep;
import org.factline.extract.quantity.QuantityStep;
import org.factline.extract.time.TimeStep;
import org.factline.extract.entity.LinkingStep;
import org.factline.extract.entity.MentionStep;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.nlp.LinguisticStep;

/** The pipelines Factline runs. */
public final class Pipelines {

    private Pipelines() {
    }

    /** Everything Factline extracts from an article, with the shipped knowledge base. */
    public static Pipeline standard() {
        return standard(KnowledgeBase.standard());
    }

    /** Figures come before events, which link the figures they measure. */
    public static Pipeline standard(KnowledgeBase kb) {
        return Pipeline.of(new LinguisticStep(), new MentionStep(kb), new LinkingStep(kb), new TimeStep(), new ClaimStep(kb),
                new QuantityStep(kb), new EventStep());
    }
}
