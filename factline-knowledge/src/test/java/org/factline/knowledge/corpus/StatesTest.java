package org.factline.knowledge.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which state a sentence puts a thing in, and which things it names: whole words only, in both languages. */
class StatesTest {

    private final States states = States.standard();

    @Test
    void aStateIsFoundAsAWholeWordInEitherLanguage() {
        assertThat(states.stateOf("La route entre Kherson et Mykolaïv est fermée depuis lundi.")).isEqualTo("closed");
        assertThat(states.stateOf("The main road was reopened on Tuesday.")).isEqualTo("open");
        assertThat(states.stateOf("Le contrat a été suspendu par le gouvernement.")).isEqualTo("suspended");
        assertThat(states.stateOf("Les ventes d'armes ont été suspendues.")).isEqualTo("suspended");
    }

    @Test
    void aWordInsideAnotherWordOrTouchingALetterOrDigitIsNotFound() {
        assertThat(states.stateOf("Une entreprise fermière de la région.")).as("fermé inside fermière").isNull();
        assertThat(states.stateOf("Le mot «infermée» n'existe pas.")).isNull();
        assertThat(states.stateOf("Code 2fermé9 reçu.")).isNull();
        assertThat(states.stateOf("La frontière (fermée) et le pont, fermé.")).isEqualTo("closed");
        assertThat(states.stateOf("FERMÉE")).as("a capital is lower-cased first").isEqualTo("closed");
    }

    @Test
    void aReversalWinsOverItsOpposite() {
        assertThat(states.stateOf("L'axe fermé depuis mars a été rouvert mardi.")).isEqualTo("open");
        assertThat(states.stateOf("La suspension a été levée.")).isEqualTo("restored");
    }

    @Test
    void thingsAreNamedByOneWordOrSeveral() {
        assertThat(states.thingsIn("Le point de passage de Rafah et le pont sont fermés."))
                .containsExactlyInAnyOrder("checkpoint", "bridge");
        assertThat(states.thingsIn("Les points de passage restent fermés.")).containsExactly("checkpoint");
        assertThat(states.thingsIn("The airspace and the ports were closed.")).containsExactlyInAnyOrder("airport", "port");
        assertThat(states.thingsIn("Une passerelle piétonne.")).as("passage is not in passerelle").isEmpty();
        assertThat(states.thingsIn("Deportations continued.")).as("port is not in deportations").isEmpty();
    }
}
