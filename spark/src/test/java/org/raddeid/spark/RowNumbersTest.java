package org.raddeid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The partitioner that spreads numbered rows in contiguous, ordered runs. */
class RowNumbersTest {

    @Test
    void everyPartitionGetsAContiguousRun_inOrder_andNoneIsEmptyWhenThereAreEnoughRows() {
        RowNumbers.Contiguous p = new RowNumbers.Contiguous(4, 10);
        int[] parts = new int[10];
        for (int k = 0; k < 10; k++) {
            parts[k] = p.getPartition((long) k);
        }
        assertThat(parts).containsExactly(0, 0, 0, 1, 1, 2, 2, 2, 3, 3);
    }

    @Test
    void aLargeRowCountStaysInRange() {
        RowNumbers.Contiguous p = new RowNumbers.Contiguous(7, 60_000_000_000L);
        assertThat(p.getPartition(0L)).isZero();
        assertThat(p.getPartition(59_999_999_999L)).isEqualTo(6);
        assertThat(new RowNumbers.Contiguous(3, 0).getPartition(0L)).isZero();
    }
}
