package org.raddeid.recognizers.pattern;

/**
 * Decides whether a regex match is plausible PHI (a real calendar date, a valid SSN, a correct check digit...).
 * Implementations are pure functions: thread-safe, and they never change or log the value.
 */
@FunctionalInterface
public interface Validator {

    /** Accepts every value. */
    Validator ANY = value -> true;

    /** Returns true when {@code value}, the matched text, is acceptable. */
    boolean isValid(String value);
}
