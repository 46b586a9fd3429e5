package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.dicom.codec.InflationBudget;
import org.raddeid.dicom.synth.HostileDicom;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/**
 * Work past its deadline stops, and HL7 and DICOM requests have the size limits the JSON routes have (issue 17,
 * findings 2 and 7).
 */
class DeadlineAndLimitsTest {

    static final AtomicInteger CALLS = new AtomicInteger();

    /** CPU-bound work that ignores interrupts, as a recognizer in the middle of a long text does: 150 ms a call. */
    static final Recognizer BUSY = new Recognizer() {
        public String name() {
            return "busy";
        }

        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        public List<PhiSpan> recognize(AnalyzedText text) {
            CALLS.incrementAndGet();
            long until = System.nanoTime() + 150_000_000L;
            long spin = 0;
            while (System.nanoTime() < until) {
                spin++;
            }
            return spin < 0 ? null : List.of();
        }
    };

    static TestServer server;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start(ServerConfig.defaults().withRequestTimeout(Duration.ofMillis(400))
                .withLimits(new ServerConfig.Limits(2L << 20, 100_000)), BUSY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String message(int n) {
        return "MSH|^~\\&|RIS|Hosp|PACS|Hosp|20240310120000||ORU^R01|C" + n + "|P|2.5.1\r"
                + "PID|1||MRN" + n + "^^^HOSP^MR||Quartermaine^Zebulon||19610415|F\r"
                + "OBX|1|TX|IMP^Impression||Zebulon Quartermaine was seen.||||||F\r";
    }

    private HttpResponse<String> hl7(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/hl7?ensemble=busy"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenAnHl7RequestPassesItsDeadline_thenItsWorkStopsInsteadOfRunningOnForEveryMessage() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            batch.append(message(i));
        }
        int before = CALLS.get();
        HttpResponse<String> r = hl7(batch.toString());
        assertThat(r.statusCode()).isEqualTo(503);
        Thread.sleep(1500);
        int made = CALLS.get() - before;
        assertThat(made).as("30 messages of 150 ms each would run 4.5 s past a 400 ms deadline").isLessThan(8);
        Thread.sleep(500);
        assertThat(CALLS.get() - before).as("and nothing runs later").isEqualTo(made);
    }

    @Test
    void whenAnHl7BodyIsLongerThanTheTextLimit_then413BeforeAnyWork() throws Exception {
        int before = CALLS.get();
        String big = message(1).replace("was seen.", "was seen. " + "x".repeat(100_001));
        HttpResponse<String> r = hl7(big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).doesNotContain("Zebulon");
        assertThat(CALLS.get()).isEqualTo(before);
    }

    @Test
    void whenAnHl7BodyHasMoreSegmentsThanTheLimit_then413() throws Exception {
        String many = message(1) + "NTE|1||x\r".repeat(Hl7Endpoint.MAX_SEGMENTS);
        try (TestServer roomy = TestServer.start(ServerConfig.defaults().withLimits(
                new ServerConfig.Limits(2L << 20, 1_000_000)))) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(roomy.url() + "/api/v1/hl7"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(many)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("segments");
        }
    }

    @Test
    void whenADeflatedDicomInflatesPastItsShareOfTheHeap_then422WithAReasonNotA500() throws Exception {
        byte[] bomb = HostileDicom.deflateBomb(InflationBudget.shared().perFile() + 4096);
        try (TestServer plain = TestServer.start()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(plain.url() + "/api/v1/dicom"))
                    .header("Content-Type", "application/dicom").POST(HttpRequest.BodyPublishers.ofByteArray(bomb))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(r.body()).contains("memory budget");
        }
    }
}
