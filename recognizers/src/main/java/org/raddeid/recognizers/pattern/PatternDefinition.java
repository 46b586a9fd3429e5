package org.raddeid.recognizers.pattern;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSubtype;

/**
 * One regex recognizer as data: a named, compiled pattern, the subtype it finds, a base score, context words, an
 * optional validator and an optional relabel. When the regex has a named group {@code v}, only that group is the
 * PHI (a labelled identifier's value without its label); otherwise the whole match is. Trailing characters listed in
 * {@code trimTrailing} (sentence punctuation after a URL, say) are cut from the span before validation.
 *
 * <p>Immutable and thread-safe ({@link Pattern} is). Build with {@link #builder}.
 *
 * @param name a stable, unique name such as {@code date-iso}
 * @param subtype what a match is
 * @param pattern the compiled regex
 * @param score the base score in [0, 1]
 * @param context context words, or {@link ContextRule#NONE}
 * @param validator the plausibility check, or {@link Validator#ANY}
 * @param guard the check of a match against the text around it, or {@link Guard#NONE}
 * @param relabel a label that changes the subtype, or null
 * @param prefilter the cheap whole-text test that lets the pattern be skipped
 * @param trimTrailing characters to cut from the end of a match
 * @param keywords lower-case strings of which the lower-cased text must contain one for the pattern to run (a cheap
 *     prefilter); empty to always run
 * @param digitReach when {@code >= 0}: every match holds a digit, and its first digit is at most this many chars
 *     after the match's start, so the search tries only starts that near a digit run; {@code -1}: scan every position
 */
public record PatternDefinition(String name, PhiSubtype subtype, Pattern pattern, double score, ContextRule context,
        Validator validator, Guard guard, Relabel relabel, Prefilter prefilter, String trimTrailing, List<String> keywords,
        int digitReach) {

    /** The name of the regex group holding the PHI value when the match also covers a label. */
    public static final String VALUE_GROUP = "v";

    public PatternDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("pattern name must not be blank");
        }
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(pattern, "pattern");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score of pattern " + name + " must be in (0,1], was " + score);
        }
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(prefilter, "prefilter");
        Objects.requireNonNull(trimTrailing, "trimTrailing");
        keywords = List.copyOf(keywords);
        if (digitReach < -1) {
            throw new IllegalArgumentException("digitReach of pattern " + name + " must be >= -1, was " + digitReach);
        }
        if (relabel != null && relabel.subtype().type() != subtype.type()) {
            throw new IllegalArgumentException("relabel of pattern " + name + " changes the type");
        }
    }

    /** Returns true when the lower-cased text contains one of the keywords, or there are none. */
    boolean keywordsPresent(String lowerText) {
        if (keywords.isEmpty()) {
            return true;
        }
        for (String k : keywords) {
            if (lowerText.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Returns true when the regex has a group named {@value #VALUE_GROUP}. */
    public boolean hasValueGroup() {
        return pattern.pattern().contains("(?<" + VALUE_GROUP + ">");
    }

    /**
     * Starts a definition with score 0.5, no context, no validator and the {@link Prefilter#DIGIT} prefilter.
     *
     * @param regex compiled once, with {@link Pattern#CASE_INSENSITIVE} when {@code caseInsensitive} is set on the
     *     builder (the default is case-sensitive; use inline {@code (?i:...)} for parts)
     */
    public static Builder builder(String name, PhiSubtype subtype, String regex) {
        return new Builder(name, subtype, regex);
    }

    /** Collects a definition's optional parts. Not thread-safe; use it once, then discard it. */
    public static final class Builder {
        private final String name;
        private final PhiSubtype subtype;
        private final String regex;
        private int flags;
        private double score = 0.5;
        private ContextRule context = ContextRule.NONE;
        private Validator validator = Validator.ANY;
        private Guard guard = Guard.NONE;
        private Relabel relabel;
        private Prefilter prefilter = Prefilter.DIGIT;
        private String trimTrailing = "";
        private List<String> keywords = List.of();
        private int digitReach = -1;

        private Builder(String name, PhiSubtype subtype, String regex) {
            this.name = name;
            this.subtype = subtype;
            this.regex = Objects.requireNonNull(regex, "regex");
        }

        /** Makes the whole regex case-insensitive (ASCII). */
        public Builder caseInsensitive() {
            flags |= Pattern.CASE_INSENSITIVE;
            return this;
        }

        /** Sets the base score. */
        public Builder score(double value) {
            this.score = value;
            return this;
        }

        /** Sets the context words. */
        public Builder context(ContextRule value) {
            this.context = value;
            return this;
        }

        /** Sets the validator. */
        public Builder validator(Validator value) {
            this.validator = value;
            return this;
        }

        /** Sets the guard. */
        public Builder guard(Guard value) {
            this.guard = value;
            return this;
        }

        /** Sets the relabel. */
        public Builder relabel(Relabel value) {
            this.relabel = value;
            return this;
        }

        /** Sets the prefilter. */
        public Builder prefilter(Prefilter value) {
            this.prefilter = value;
            return this;
        }

        /** Sets the characters trimmed from the end of a match. */
        public Builder trimTrailing(String chars) {
            this.trimTrailing = chars;
            return this;
        }

        /**
         * Declares that every match holds a digit at most {@code chars} after its start (0: it starts with the digit),
         * so only starts near digit runs are tried. A test compares the result with a full scan.
         */
        public Builder digitReach(int chars) {
            this.digitReach = chars;
            return this;
        }

        /** Sets the keywords of which the lower-cased text must contain one (lower-case them yourself). */
        public Builder keywords(String... values) {
            this.keywords = List.of(values);
            return this;
        }

        /** Compiles the regex and returns the definition. */
        public PatternDefinition build() {
            return new PatternDefinition(name, subtype, Pattern.compile(regex, flags), score, context, validator, guard,
                    relabel, prefilter, trimTrailing, keywords, digitReach);
        }
    }
}
