package org.raddeid.batch.io;

/**
 * One line of an input file: its 1-based number and either its decoded text or the reason it could not be decoded.
 * Exactly one of {@code text} and {@code error} is non-null.
 *
 * @param number 1-based line number
 * @param text the decoded line without its line break, or null
 * @param error why the line could not be read (no line content in it), or null
 * @param badByteOffset when the line is not valid UTF-8, the offset in the file of its first bad byte; else -1
 */
public record Line(long number, String text, String error, long badByteOffset) {

    /** A line that was read, or that failed for a reason other than its encoding. */
    public Line(long number, String text, String error) {
        this(number, text, error, -1);
    }

    /** Returns true when the line could not be decoded as UTF-8. */
    public boolean notUtf8() {
        return badByteOffset >= 0;
    }
}
