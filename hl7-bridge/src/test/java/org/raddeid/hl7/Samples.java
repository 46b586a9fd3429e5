package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;

/** The public HL7 samples in {@code shared/data/hl7-samples} and the engines the tests share. */
final class Samples {

    static final Secret SECRET = Secret.of("hl7-bridge test secret, not for use".getBytes(StandardCharsets.UTF_8));

    private static Deidentifier fast;

    private Samples() {
    }

    static Path dir() {
        String shared = System.getProperty("raddeid.shared.data");
        assertThat(shared).as("system property raddeid.shared.data (set by the parent pom)").isNotNull();
        Path d = Path.of(shared, "hl7-samples");
        assertThat(d).isDirectory();
        return d;
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            // fhir-converter__* samples are held out (used only for measurements the project does not tune on)
            return s.filter(p -> p.toString().endsWith(".hl7"))
                    .filter(p -> !p.getFileName().toString().startsWith("fhir-converter__")).sorted().toList();
        }
    }

    static String read(String name) throws IOException {
        assertThat(name).as("held-out sample").doesNotStartWith("fhir-converter__");
        return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
    }

    static synchronized Deidentifier fast() {
        if (fast == null) {
            fast = new Deidentifier(Ensembles.create(Ensembles.FAST));
        }
        return fast;
    }

    static Hl7Deidentifier bridge(String policy) {
        return bridge(Policies.named(policy));
    }

    static Hl7Deidentifier bridge(Policy policy) {
        return new Hl7Deidentifier(fast(), new Hl7Deidentifier.Settings(policy, SECRET, FieldMap.shipped(),
                PatientKeyField.DEFAULT));
    }
}
