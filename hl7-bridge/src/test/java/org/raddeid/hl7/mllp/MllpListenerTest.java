package org.raddeid.hl7.mllp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.hl7.FieldMap;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.PatientKeyField;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;

/** The MLLP listener on loopback: ACK after delivery, AE with the place for a bad message, forwarding downstream. */
class MllpListenerTest {

    private static final String GOOD = "MSH|^~\\&|RIS|General Hospital|PACS|Imaging|20240310120000||ORU^R01|CTRL0001|P"
            + "|2.5.1\rPID|1||MRN4471234^^^HOSP^MR||Hartmann^Lucinda||19610415|F\r"
            + "OBX|1|TX|IMP^Impression||Lucinda Hartmann was examined on 03/07/2024.||||||F\r";
    private static final String BAD = "MSH|^~\\&|RIS|General Hospital|PACS|Imaging|2024||ORU^R01|CTRL0002|P|9.9\r"
            + "PID|||Quartermaine\r";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;

    private static Hl7Deidentifier engine() {
        return new Hl7Deidentifier(new Deidentifier(Ensembles.create(Ensembles.PATTERNS)),
                new Hl7Deidentifier.Settings(Policies.named("surrogate"), Secret.of(new byte[32]), FieldMap.shipped(),
                        PatientKeyField.DEFAULT));
    }

    private static String exchange(Socket s, String message) throws IOException {
        OutputStream out = s.getOutputStream();
        MllpFrames.write(out, message.getBytes(StandardCharsets.UTF_8));
        InputStream in = s.getInputStream();
        return new String(MllpFrames.read(in, 1 << 20), StandardCharsets.UTF_8);
    }

    @Test
    void aGoodMessage_isWrittenToTheFolder_thenAcknowledged_andABadOneGetsAeWithThePlace() throws Exception {
        Path out = dir.resolve("out");
        try (MllpListener l = MllpListener.start(LOOPBACK, 0, engine(), Sinks.folder(out), 1 << 20, 4);
                Socket s = new Socket(LOOPBACK, l.port())) {
            String ack = exchange(s, GOOD);
            assertThat(Acks.code(ack)).isEqualTo("AA");
            assertThat(ack).contains("MSA|AA|CTRL0001").contains("|RIS|General Hospital|");
            String nak = exchange(s, BAD);
            assertThat(Acks.code(nak)).isEqualTo("AE");
            assertThat(nak).contains("MSA|AE|CTRL0002|not de-identified: segment 1 (MSH) field 12: version 9.9 is not "
                    + "supported (2.3 to 2.8 are)").doesNotContain("Quartermaine");
            assertThat(Acks.code(exchange(s, "not hl7"))).isEqualTo("AR");
        }
        List<Path> files;
        try (Stream<Path> f = Files.list(out)) {
            files = f.toList();
        }
        assertThat(files).singleElement().satisfies(p -> assertThat(Files.readString(p)).startsWith("MSH|")
                .doesNotContain("Hartmann", "Lucinda", "MRN4471234"));
    }

    @Test
    void forwarding_waitsForTheDownstreamAck_andADownstreamErrorBecomesAe() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        boolean[] refuse = {false};
        try (MllpListener downstream = MllpListener.start(LOOPBACK, 0, engine(), m -> {
                    if (refuse[0]) {
                        throw new IOException("full");
                    }
                    received.add(m);
                }, 1 << 20, 2);
                MllpListener l = MllpListener.start(LOOPBACK, 0, engine(), Sinks.forward("127.0.0.1",
                        downstream.port(), 5000), 1 << 20, 2);
                Socket s = new Socket(LOOPBACK, l.port())) {
            assertThat(Acks.code(exchange(s, GOOD))).isEqualTo("AA");
            assertThat(received).singleElement().satisfies(m -> assertThat(m).doesNotContain("Hartmann"));
            refuse[0] = true;
            String nak = exchange(s, GOOD);
            assertThat(Acks.code(nak)).isEqualTo("AE");
            assertThat(nak).contains("de-identified but not delivered (IOException); resend");
        }
    }

    @Test
    void aBrokenFrame_closesTheConnection() throws Exception {
        try (MllpListener l = MllpListener.start(LOOPBACK, 0, engine(), m -> { }, 64, 1);
                Socket s = new Socket(LOOPBACK, l.port())) {
            s.getOutputStream().write("no start byte".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
    }
}
