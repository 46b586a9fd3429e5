package org.raddeid.recognizers.corenlp;

/**
 * A token as the CRF sees it: {@code [start, end)} in chars of the analysed text and the word, which may join several
 * {@link org.raddeid.core.text.Token}s ({@code Dr.}, {@code O'Brien}, {@code 3.5}). Immutable.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param word the text between start and end
 */
record CrfToken(int start, int end, String word) {
}
