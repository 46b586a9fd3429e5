package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.server.TestServer;

/** {@code POST /api/v1/hl7} on a real loopback server: the message out, a precise 422, nothing echoed. */
class Hl7EndpointTest {

    private static final String MESSAGE = "MSH|^~\\&|RIS|General Hospital|PACS|General Hospital|20240310120000||"
            + "ORU^R01|CTRL0001|P|2.5.1\rPID|1||MRN4471234^^^HOSP^MR||Hartmann^Lucinda||19610415|F\r"
            + "OBR|1|ORD1234|ACC56789|71020^CXR^CPT|||20240307093000\r"
            + "OBX|1|TX|IMP^Impression||Lucinda Hartmann was examined on 03/07/2024.||||||F\r";

    private static TestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> post(String query, String type, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/hl7" + query))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMessage_comesBackDeidentified_inTheTypeItWasSent() throws Exception {
        HttpResponse<String> r = post("?policy=surrogate", "x-application/hl7-v2+er7", MESSAGE.replace('\r', '\n'));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("x-application/hl7-v2+er7");
        assertThat(r.body()).startsWith("MSH|^~\\&|").doesNotContain("Hartmann", "Lucinda", "MRN4471234", "ACC56789",
                "03/07/2024", "20240307");
        Secret secret = Secret.of("0123456789abcdef0123456789abcdef".getBytes());
        assertThat(r.body()).contains("|" + Pseudonyms.patientId(secret, "MRN4471234") + "^");
        assertThat(r.body().split("\r")).hasSize(4);
    }

    @Test
    void aMessageThatCannotBeParsed_isA422NamingThePlace_andEchoesNothing() throws Exception {
        String bad = MESSAGE + "MSH|^~\\&|A|B|C|D|2024||ORU^R01|9|P|9.9\rPID|||Quartermaine\r";
        HttpResponse<String> r = post("", "text/plain; charset=utf-8", bad);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("message 2 not de-identified: segment 1 (MSH) field 12: version 9.9 is not "
                + "supported").doesNotContain("Quartermaine", "Hartmann");
    }

    @Test
    void aJsonBody_anUnknownPolicy_andAnEmptyBody_areRefused() throws Exception {
        assertThat(post("", "application/json", "{}").statusCode()).isEqualTo(415);
        HttpResponse<String> p = post("?policy=none", "text/plain", MESSAGE);
        assertThat(p.statusCode()).isEqualTo(400);
        assertThat(p.body()).contains("\"field\":\"policy\"");
        assertThat(post("", "text/plain", "\n\n").statusCode()).isEqualTo(400);
    }
}
