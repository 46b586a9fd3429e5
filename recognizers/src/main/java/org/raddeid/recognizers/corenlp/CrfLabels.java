package org.raddeid.recognizers.corenlp;

/**
 * The CRF's answer for one sentence: a label per token and the model's marginal probability of that label. Arrays are
 * owned by this value and not changed after construction.
 *
 * @param labels one label per token ({@code O} outside entities)
 * @param probabilities the marginal probability of each token's label, in [0, 1]
 */
record CrfLabels(String[] labels, double[] probabilities) {
}
