package org.raddeid.hl7.mllp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * MLLP framing: a message travels as {@code 0x0B} + bytes + {@code 0x1C 0x0D}. Stateless and thread-safe.
 */
public final class MllpFrames {

    /** Start of a block. */
    public static final int START = 0x0B;
    /** End of a block (followed by CR). */
    public static final int END = 0x1C;

    private MllpFrames() {
    }

    /** A frame that breaks the protocol or is longer than allowed; the message gives lengths only. */
    public static final class FrameException extends IOException {
        private static final long serialVersionUID = 1L;

        FrameException(String message) {
            super(message);
        }
    }

    /**
     * Reads the next frame's bytes, or returns null at the end of the stream between frames. Bytes between frames
     * other than white space are refused.
     *
     * @throws FrameException when the stream ends inside a frame, the end marker lacks its CR, or the frame is longer
     *     than {@code maxBytes}
     */
    public static byte[] read(InputStream in, int maxBytes) throws IOException {
        int b;
        do {
            b = in.read();
            if (b == -1) {
                return null;
            }
        } while (b == '\r' || b == '\n' || b == ' ');
        if (b != START) {
            throw new FrameException("a frame does not start with the MLLP start byte 0x0B");
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        while (true) {
            b = in.read();
            if (b == -1) {
                throw new FrameException("the stream ended inside a frame after " + buf.size() + " bytes");
            }
            if (b == END) {
                int cr = in.read();
                if (cr != '\r') {
                    throw new FrameException("the MLLP end byte 0x1C is not followed by CR");
                }
                return buf.toByteArray();
            }
            if (buf.size() >= maxBytes) {
                throw new FrameException("a frame is longer than " + maxBytes + " bytes");
            }
            buf.write(b);
        }
    }

    /** Writes {@code message} as one frame and flushes. */
    public static void write(OutputStream out, byte[] message) throws IOException {
        out.write(START);
        out.write(message);
        out.write(END);
        out.write('\r');
        out.flush();
    }
}
