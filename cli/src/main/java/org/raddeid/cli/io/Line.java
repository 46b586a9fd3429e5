package org.raddeid.cli.io;

/**
 * One line of an input file: its 1-based number and either its decoded text or the reason it could not be decoded.
 * Exactly one of {@code text} and {@code error} is non-null.
 *
 * @param number 1-based line number
 * @param text the decoded line without its line break, or null
 * @param error why the line could not be read (no line content in it), or null
 */
public record Line(long number, String text, String error) {
}
