package org.factline.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.model.EntityType;
import org.junit.jupiter.api.Test;

class LocalIdsTest {

    @Test
    void aLocalIdIsTheTypeAndTheFoldedName() {
        assertThat(LocalIds.of(EntityType.GPE, "Kursk Oblast")).isEqualTo("fl:gpe:kursk-oblast");
        assertThat(LocalIds.of(EntityType.PERSON, "Valery Gerasimov")).isEqualTo("fl:person:valery-gerasimov");
        assertThat(LocalIds.of(EntityType.ORG, "Élysée Palace")).isEqualTo("fl:org:elysee-palace");
        assertThat(LocalIds.of(EntityType.ORG, "Kurdistan Workers' Party")).isEqualTo("fl:org:kurdistan-workers-party");
    }

    @Test
    void theSameNameGivesTheSameIdWhateverItsTypography() {
        assertThat(LocalIds.of(EntityType.PERSON, "  Jean-Noël   Barrot "))
                .isEqualTo(LocalIds.of(EntityType.PERSON, "JEAN-NOEL BARROT"))
                .isEqualTo("fl:person:jean-noel-barrot");
        assertThat(LocalIds.of(EntityType.GPE, "Côte d’Ivoire")).isEqualTo(LocalIds.of(EntityType.GPE, "Cote d'Ivoire"));
    }

    @Test
    void namesInOtherScriptsAreRomanised() {
        assertThat(LocalIds.of(EntityType.GPE, "Курск")).isEqualTo("fl:gpe:kursk");
    }

    @Test
    void theKnowledgeBaseUsesTheSameIdsForWhatItKnowsWithoutAQid() {
        KnowledgeBase kb = KnowledgeBase.standard();
        assertThat(kb.byId(LocalIds.of(EntityType.GPE, "Kursk Oblast"))).isPresent();
        assertThat(kb.byId(LocalIds.of(EntityType.PERSON, "Valery Gerasimov"))).isPresent();
        assertThat(kb.byId(LocalIds.of(EntityType.ORG, "Keystone-SDA"))).isPresent();
    }
}
