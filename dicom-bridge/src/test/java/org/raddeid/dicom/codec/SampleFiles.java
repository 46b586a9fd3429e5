package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The public sample files in {@code shared/data/dicom-samples}, found through the {@code raddeid.shared.data} property. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static Path directory() {
        String shared = System.getProperty("raddeid.shared.data");
        assertThat(shared).as("system property raddeid.shared.data (set by the parent pom)").isNotNull();
        Path dir = Path.of(shared, "dicom-samples");
        assertThat(dir).as("DICOM sample folder").isDirectory();
        return dir;
    }

    public static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".dcm")).sorted().toList();
        }
    }
}
