package org.hubmap.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WritePacingTest {
    private final WritePacing pacing = new WritePacing(1000);

    @Test
    void quickWritesKeepTheAreasDelay() {
        assertEquals(1000, pacing.delayMillis());
        pacing.written(40_000_000);
        assertEquals(1000, pacing.delayMillis());
    }

    @Test
    void slowWritesWaitFourTimesAsLongSoWritingTakesAFifthOfTheTimeAtMost() {
        pacing.written(600_000_000);
        assertEquals(2400, pacing.delayMillis());
        pacing.written(100_000_000);
        assertEquals(1000, pacing.delayMillis(), "back to the delay once writes are quick again");
    }
}
