package org.factline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    @Test
    void aPerfectPredictionScoresOne() {
        NerEvaluation evaluation = new NerEvaluation();
        evaluation.add(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-PER", "I-PER", "O", "B-LOC"));
        NerScores scores = evaluation.scores();
        assertThat(scores.micro()).isEqualTo(new NerScores.Counts(2, 2, 2));
        assertThat(scores.micro().f1()).isEqualTo(1.0);
    }

    @Test
    void aBoundaryErrorCountsAsOneFalsePositiveAndOneMiss() {
        // "Volodymyr Zelensky a rencontré Emmanuel Macron à Paris": the tagger takes "à Paris" as the place.
        NerEvaluation evaluation = new NerEvaluation();
        evaluation.add(
                List.of("B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "B-LOC"),
                List.of("B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC"));
        NerScores scores = evaluation.scores();
        assertThat(scores.byType().get("PER")).isEqualTo(new NerScores.Counts(2, 2, 2));
        assertThat(scores.byType().get("LOC")).isEqualTo(new NerScores.Counts(1, 1, 0));
        assertThat(scores.micro().precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.micro().recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.micro().f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void aWrongTypeOnTheRightSpanIsNotCorrect() {
        NerEvaluation evaluation = new NerEvaluation();
        evaluation.add(List.of("B-LOC", "O"), List.of("B-PER", "O"));
        NerScores scores = evaluation.scores();
        assertThat(scores.byType().get("LOC")).isEqualTo(new NerScores.Counts(1, 0, 0));
        assertThat(scores.byType().get("PER")).isEqualTo(new NerScores.Counts(0, 1, 0));
        assertThat(scores.micro().f1()).isZero();
    }

    @Test
    void thePerLocOrgFigureLeavesMiscOut() {
        NerEvaluation evaluation = new NerEvaluation();
        evaluation.add(List.of("B-MISC", "O", "B-ORG"), List.of("O", "B-MISC", "B-ORG"));
        evaluation.add(List.of("B-PER", "O"), List.of("B-PER", "O"));
        NerScores scores = evaluation.scores();
        assertThat(scores.micro()).isEqualTo(new NerScores.Counts(3, 3, 2));
        assertThat(scores.microPerLocOrg()).isEqualTo(new NerScores.Counts(2, 2, 2));
        assertThat(scores.microPerLocOrg().f1()).isEqualTo(1.0);
    }
}
