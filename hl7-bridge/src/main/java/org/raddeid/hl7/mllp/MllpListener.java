package org.raddeid.hl7.mllp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.raddeid.core.io.StrictUtf8;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.MessageSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MLLP server that de-identifies each message it receives, hands the result to a {@link Sink} (a folder, or the
 * next MLLP system), and answers the sender: {@code AA} once the de-identified message is delivered, {@code AE} with
 * the place and reason when it could not be de-identified or delivered (the sender keeps it and may resend), {@code AR}
 * for a frame that is not one UTF-8 HL7 message. Nothing of a message is logged. Thread-safe; {@link #close()} stops
 * it.
 */
public final class MllpListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MllpListener.class);

    /** Where de-identified messages go. Implementations must be thread-safe. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Delivers one de-identified message (segments ended by CR).
         *
         * @throws IOException when it could not be delivered (the sender then gets AE)
         */
        void deliver(String message) throws IOException;
    }

    private final ServerSocket server;
    private final Hl7Deidentifier engine;
    private final Sink sink;
    private final int maxBytes;
    private final ExecutorService workers;
    private final Thread acceptor;

    private MllpListener(ServerSocket server, Hl7Deidentifier engine, Sink sink, int maxBytes, int connections) {
        this.server = server;
        this.engine = engine;
        this.sink = sink;
        this.maxBytes = maxBytes;
        this.workers = Executors.newFixedThreadPool(connections, r -> {
            Thread t = new Thread(r, "hl7-mllp-connection");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "hl7-mllp-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Starts listening on {@code host}:{@code port} (0: a free port).
     *
     * @param maxBytes the longest frame accepted
     * @param connections connections served at once (more wait)
     * @throws IOException when the port cannot be bound
     */
    public static MllpListener start(InetAddress host, int port, Hl7Deidentifier engine, Sink sink, int maxBytes,
            int connections) throws IOException {
        ServerSocket s = new ServerSocket(port, 50, host);
        MllpListener l = new MllpListener(s, Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(sink,
                "sink"), maxBytes, connections);
        l.acceptor.start();
        LOG.info("MLLP listener on {}:{}", host.getHostAddress(), s.getLocalPort());
        return l;
    }

    /** Returns the port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                workers.submit(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("MLLP accept failed ({})", e.getClass().getSimpleName());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
                OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
            byte[] frame;
            while ((frame = MllpFrames.read(in, maxBytes)) != null) {
                MllpFrames.write(out, answer(frame).getBytes(StandardCharsets.UTF_8));
            }
        } catch (MllpFrames.FrameException e) {
            LOG.warn("MLLP connection closed: {}", e.getMessage());
        } catch (SocketException e) {
            // the peer went away or the listener is closing
        } catch (IOException e) {
            LOG.warn("MLLP connection failed ({})", e.getClass().getSimpleName());
        }
    }

    /** De-identifies and delivers one frame; returns the acknowledgement. */
    String answer(byte[] frame) {
        String text;
        try {
            text = StrictUtf8.decode(frame, 0, frame.length);
        } catch (StrictUtf8.MalformedException e) {
            return Acks.ack("", Acks.Code.AR, "the message is not UTF-8 (byte " + e.byteOffset() + ")");
        }
        if (!text.replace("\uFEFF", "").stripLeading().startsWith("MSH")) {
            return Acks.ack("", Acks.Code.AR, "not an HL7 message: it does not start with MSH");
        }
        List<MessageSplitter.RawMessage> messages = MessageSplitter.split(text).messages();
        if (messages.size() != 1) {
            return Acks.ack(text, Acks.Code.AR, "a frame must hold one message, it holds " + messages.size());
        }
        Hl7Deidentifier.Outcome o = engine.process(messages.get(0));
        if (!o.ok()) {
            LOG.warn("MLLP message rejected: {}", o.rejection().describe());
            return Acks.ack(text, Acks.Code.AE, "not de-identified: " + o.rejection().describe());
        }
        try {
            sink.deliver(o.text());
        } catch (IOException e) {
            LOG.warn("MLLP delivery failed ({})", e.getClass().getSimpleName());
            return Acks.ack(text, Acks.Code.AE, "de-identified but not delivered (" + e.getClass().getSimpleName()
                    + "); resend");
        }
        return Acks.ack(text, Acks.Code.AA, null);
    }

    /** Stops accepting, closes the listening socket and waits briefly for open connections. */
    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
