package org.raddeid.server.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a batch job is in its life. Written in lower case in JSON. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    /** Returns true once the job will not change any more. */
    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    /** Returns the JSON name, such as {@code running}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a JSON name. */
    @JsonCreator
    public static JobState of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
