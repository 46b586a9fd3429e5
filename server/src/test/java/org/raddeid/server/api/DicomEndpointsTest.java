package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/** {@code POST /api/v1/dicom} on loopback: a sample SR, a non-DICOM body, burned-in images, limits and bad options. */
class DicomEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("raddeid.shared.data"), "dicom-samples", name));
    }

    private static HttpResponse<byte[]> post(TestServer s, String query, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/dicom" + query))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void whenASampleSrIsPosted_thenTheDeidentifiedFileComesBackWithASummaryHeader() throws Exception {
        byte[] in = sample("pydicom__test-SR.dcm");
        HttpResponse<byte[]> r = post(server, "?ensemble=fast", "application/dicom", in);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/dicom");
        assertThat(new String(r.body(), 128, 4, StandardCharsets.US_ASCII)).isEqualTo("DICM");
        DicomFile out = DicomReader.read(r.body());
        assertThat(new String(out.dataSet().get(new Tag(0x0012, 0x0062)).bytes(), StandardCharsets.US_ASCII).strip())
                .isEqualTo("YES");
        JsonNode report = JSON.readTree(r.headers().firstValue(DicomEndpoints.REPORT_HEADER).orElseThrow());
        assertThat(report.get("ensemble").asText()).isEqualTo("fast");
        assertThat(report.get("policy").asText()).isEqualTo("surrogate");
        assertThat(report.get("profileOptions").toString()).contains("clean-structured-content");
        assertThat(report.has("textSpansReplaced")).isTrue();
        assertThat(report.get("leftovers").isIntegralNumber()).isTrue();
        assertThat(Arrays.equals(r.body(), in)).isFalse();
    }

    @Test
    void whenTheSameFileIsPostedTwice_thenTheSameUidsComeBack() throws Exception {
        byte[] in = sample("pydicom__CT_small.dcm");
        DicomFile a = DicomReader.read(post(server, "", "application/dicom", in).body());
        DicomFile b = DicomReader.read(post(server, "", "application/dicom", in).body());
        Tag sop = new Tag(0x0008, 0x0018);
        assertThat(a.dataSet().get(sop).bytes()).isEqualTo(b.dataSet().get(sop).bytes());
    }

    @Test
    void whenTheBodyIsNotDicom_then422WithAReasonAndNothingElse() throws Exception {
        HttpResponse<byte[]> r = post(server, "", "application/dicom",
                "PATIENT: GOMEZ, RAFAEL is not a DICOM file".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = json(r);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("reason").asText()).contains("not readable as DICOM");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("GOMEZ");
        assertThat(r.headers().firstValue(DicomEndpoints.REPORT_HEADER)).isEmpty();
    }

    @Test
    void whenBurnedInAnnotationIsYes_then422UnlessFlagIsAsked() throws Exception {
        byte[] in = sample("dicognito__burned_in_yes.dcm");
        HttpResponse<byte[]> refused = post(server, "", "application/dicom", in);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("reason").asText()).contains("Burned In Annotation");
        HttpResponse<byte[]> flagged = post(server, "?burned-in=flag", "application/dicom", in);
        assertThat(flagged.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(flagged.headers().firstValue(DicomEndpoints.REPORT_HEADER).orElseThrow());
        assertThat(report.get("flags").toString()).contains("burned-in-annotation");
    }

    @Test
    void whenTheContentTypeIsNotDicom_then415() throws Exception {
        HttpResponse<byte[]> r = post(server, "", "application/json", sample("pydicom__test-SR.dcm"));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(json(r).get("error").asText()).contains("application/dicom");
    }

    @Test
    void whenAQueryParameterIsBad_then400NamingIt() throws Exception {
        byte[] in = sample("pydicom__test-SR.dcm");
        HttpResponse<byte[]> options = post(server, "?options=clean-everything", "application/dicom", in);
        assertThat(options.statusCode()).isEqualTo(400);
        assertThat(json(options).get("field").asText()).isEqualTo("options");
        assertThat(json(post(server, "?policy=mine.yaml", "application/dicom", in)).get("field").asText())
                .isEqualTo("policy");
        assertThat(json(post(server, "?ensemble=huge", "application/dicom", in)).get("field").asText())
                .isEqualTo("ensemble");
        assertThat(json(post(server, "?burned-in=keep", "application/dicom", in)).get("field").asText())
                .isEqualTo("burned-in");
    }

    @Test
    void whenTheFileIsOverTheLimit_then413() throws Exception {
        ServerConfig small = ServerConfig.defaults().withLimits(new ServerConfig.Limits(4096, 1000));
        try (TestServer s = TestServer.start(small)) {
            HttpResponse<byte[]> r = post(s, "", "application/dicom", sample("pydicom__CT_small.dcm"));
            assertThat(r.statusCode()).isEqualTo(413);
        }
    }
}
