package org.factline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTest {

    @Test
    void aBeginAndItsInsidesMakeOneChunk() {
        assertThat(Chunk.of(List.of("O", "B-PER", "I-PER", "O", "B-LOC")))
                .containsExactly(new Chunk("PER", 1, 3), new Chunk("LOC", 4, 5));
    }

    @Test
    void aBeginRightAfterAChunkOfTheSameTypeStartsAnother() {
        assertThat(Chunk.of(List.of("B-LOC", "B-LOC", "I-LOC")))
                .containsExactly(new Chunk("LOC", 0, 1), new Chunk("LOC", 1, 3));
    }

    @Test
    void anInsideAfterOutsideOrAnotherTypeStartsAChunkAsInConlleval() {
        assertThat(Chunk.of(List.of("I-ORG", "I-ORG", "I-PER", "O", "I-MISC")))
                .containsExactly(new Chunk("ORG", 0, 2), new Chunk("PER", 2, 3), new Chunk("MISC", 4, 5));
    }
}
