package org.raddeid.hl7.mllp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.raddeid.core.io.AtomicOutput;

/** The shipped {@link MllpListener.Sink}s: a folder, and forwarding to the next MLLP system. */
public final class Sinks {

    private Sinks() {
    }

    /**
     * Writes each message to its own file in {@code dir} ({@code yyyyMMdd-HHmmss-N.hl7}), appearing only when complete.
     * Thread-safe.
     */
    public static MllpListener.Sink folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicLong n = new AtomicLong();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
        return message -> AtomicOutput.writeString(dir.resolve(LocalDateTime.now().format(f) + "-" + n.incrementAndGet()
                + ".hl7"), message);
    }

    /**
     * Sends each message to {@code host}:{@code port} over MLLP, one connection kept open (and reopened after a
     * failure), and waits for its acknowledgement: anything but AA or CA is a failure, so the original sender gets AE
     * and can resend. Thread-safe (one message at a time).
     */
    public static MllpListener.Sink forward(String host, int port, int timeoutMillis) {
        return new MllpListener.Sink() {
            private Socket socket;

            @Override
            public synchronized void deliver(String message) throws IOException {
                try {
                    if (socket == null || socket.isClosed()) {
                        socket = new Socket();
                        socket.connect(new InetSocketAddress(host, port), timeoutMillis);
                        socket.setSoTimeout(timeoutMillis);
                    }
                    OutputStream out = socket.getOutputStream();
                    MllpFrames.write(out, message.getBytes(StandardCharsets.UTF_8));
                    byte[] ack = MllpFrames.read(new BufferedInputStream(socket.getInputStream(), 1), 1 << 20);
                    String code = ack == null ? null : Acks.code(new String(ack, StandardCharsets.UTF_8));
                    if (!"AA".equals(code) && !"CA".equals(code)) {
                        throw new IOException("the receiver answered " + (code == null ? "nothing" : code));
                    }
                } catch (IOException e) {
                    if (socket != null) {
                        socket.close();
                        socket = null;
                    }
                    throw e;
                }
            }
        };
    }
}
