package org.raddeid.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh directory per deid test, with {@link DeidFiles} over it. */
abstract class DeidTestBase {

    @TempDir
    Path dir;

    DeidFiles files;

    @BeforeEach
    void setUpFiles() {
        files = new DeidFiles(dir);
    }
}
