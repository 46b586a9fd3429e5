package org.raddeid.batch.table;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a CSV header row and describes it for messages by its shape only: in a file without a header row the
 * "header" is a report, so no message ever quotes a header cell. Stateless and thread-safe.
 */
final class HeaderCheck {

    private HeaderCheck() {
    }

    /**
     * Refuses a header in which two columns have the same name, ignoring case and surrounding spaces: which one a
     * column option means would be a guess, and the other would be written back as it was.
     *
     * @throws IllegalArgumentException naming the two columns by position (1-based)
     */
    static void requireDistinct(List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer before = seen.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            if (before != null) {
                throw new IllegalArgumentException("the header row names columns " + (before + 1) + " and " + (i + 1)
                        + " alike; every column needs a name of its own (is the first row a header?)");
            }
        }
    }
}
