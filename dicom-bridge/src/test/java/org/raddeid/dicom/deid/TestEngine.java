package org.raddeid.dicom.deid;

import java.nio.charset.StandardCharsets;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;

/** The real text engine (the fast ensemble) and a fixed test secret, built once for all DICOM tests. */
final class TestEngine {

    static final Secret SECRET = Secret.of("dicom-test-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final Deidentifier TEXT = new Deidentifier(Ensembles.create(Ensembles.FAST));
    static final Policy SURROGATE = Policies.named("surrogate");

    private TestEngine() {
    }

    static DicomDeidentifier surrogate() {
        return new DicomDeidentifier(TEXT, DicomSettings.defaults(SURROGATE, SECRET));
    }

    static DicomDeidentifier with(DicomSettings settings) {
        return new DicomDeidentifier(TEXT, settings);
    }
}
