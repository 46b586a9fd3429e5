package org.raddeid.core.rewrite;

import org.raddeid.core.PhiSpan;

/**
 * Turns one piece of PHI into its replacement text. Implementations are small, stateless and thread-safe, and never
 * log or throw with the original text.
 */
public interface Operator {

    /** Returns a short, stable name used in policies and audit records ({@code redact}, {@code mask}, ...). */
    String name();

    /**
     * Returns the name of what this operator does to {@code original} (the text of {@code span}), for the audit: its
     * {@link #name()}, unless it hands some PHI to other operators (surrogates shift dates and generalise ages; a year
     * alone is kept), which then name themselves.
     */
    default String nameFor(String original, PhiSpan span) {
        return name();
    }

    /**
     * Returns the text that replaces {@code original}, the covered text of {@code span}.
     *
     * @param context the secret and scope, for keyed operators
     */
    String apply(String original, PhiSpan span, RewriteContext context);
}
