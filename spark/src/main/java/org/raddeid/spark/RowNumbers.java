package org.raddeid.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Numbers rows in input order (0-based: partition by partition, row by row, which for one file is the file's order) and
 * spreads them over more partitions when the input has too few, keeping the order: partition {@code i} gets a
 * contiguous run of rows, sorted. Numbering costs one extra pass that only counts rows.
 */
final class RowNumbers {

    private RowNumbers() {
    }

    /** The numbered rows and how many there are. */
    record Numbered(JavaPairRDD<Long, Row> rows, long total) {
    }

    /** Numbers {@code rows}; runs one Spark job that counts the rows of each partition. */
    static Numbered number(JavaRDD<Row> rows) {
        List<Long> counts = rows.mapPartitions(RowNumbers::count).collect();
        long[] offsets = new long[counts.size()];
        long total = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = total;
            total += counts.get(i);
        }
        JavaRDD<Tuple2<Long, Row>> numbered = rows.mapPartitionsWithIndex((p, it) -> {
            long start = offsets[p];
            return new Iterator<Tuple2<Long, Row>>() {
                long next = start;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Tuple2<Long, Row> next() {
                    return new Tuple2<>(next++, it.next());
                }
            };
        }, true);
        return new Numbered(JavaPairRDD.fromJavaRDD(numbered), total);
    }

    /**
     * Returns {@code numbered} over {@code partitions} partitions of contiguous rows in order, or as it is when it
     * already has that many. Shuffles the rows once.
     */
    static JavaPairRDD<Long, Row> spread(Numbered numbered, int partitions) {
        if (numbered.rows().getNumPartitions() == partitions) {
            return numbered.rows();
        }
        return numbered.rows().repartitionAndSortWithinPartitions(new Contiguous(partitions, numbered.total()));
    }

    private static Iterator<Long> count(Iterator<Row> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        List<Long> one = new ArrayList<>(1);
        one.add(n);
        return one.iterator();
    }

    /** Row {@code k} of {@code total} goes to partition {@code k * partitions / total}. */
    static final class Contiguous extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final long total;

        Contiguous(int partitions, long total) {
            this.partitions = partitions;
            this.total = Math.max(total, 1);
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            long k = (Long) key;
            return (int) Math.min(partitions - 1, (long) ((double) k * partitions / total));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Contiguous c && c.partitions == partitions && c.total == total;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(total) * 31 + partitions;
        }
    }
}
