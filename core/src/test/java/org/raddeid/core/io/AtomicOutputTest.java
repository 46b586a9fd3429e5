package org.raddeid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void whenNotCommitted_thenNothingIsLeftBehind() throws IOException {
        Path target = dir.resolve("out.jsonl");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.writer().write("half a result");
        }
        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void whenCommitted_thenTheTargetIsReplacedWhole() throws IOException {
        Path target = dir.resolve("out.jsonl");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.writer().write("new");
            assertThat(Files.readString(target)).isEqualTo("old");
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void writeStringCreatesParentsAndRejectsUnencodableTextWithoutWriting() throws IOException {
        Path target = dir.resolve("a/b/report.json");
        AtomicOutput.writeString(target, "😀 ok");
        assertThat(Files.readString(target)).isEqualTo("😀 ok");
        assertThatThrownBy(() -> AtomicOutput.writeString(target, "bad \uD800 surrogate"))
                .isInstanceOf(CharacterCodingException.class);
        assertThat(Files.readString(target)).isEqualTo("😀 ok");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }
}
