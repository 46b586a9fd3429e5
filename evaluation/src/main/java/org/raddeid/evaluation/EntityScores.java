package org.raddeid.evaluation;

/**
 * The two entity-level views. Immutable.
 *
 * @param strict a gold annotation and a found span match when they have the same start, end and type (type-aware)
 * @param overlap a gold annotation and a found span match when they share at least one char, whatever their types
 */
public record EntityScores(EntityScore strict, EntityScore overlap) {
}
