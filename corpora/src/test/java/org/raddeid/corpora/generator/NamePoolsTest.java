package org.raddeid.corpora.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NamePoolsTest {

    private static final NamePools POOLS = NamePools.load();

    /**
     * The shared dictionaries: the {@code raddeid.shared.data} property, or else the nearest {@code shared/data}
     * above the working directory (the property's default points beside the project, which a worktree may lack).
     */
    private static Path dictionaries() {
        String prop = System.getProperty("raddeid.shared.data");
        if (prop != null && Files.isDirectory(Path.of(prop, "dictionaries"))) {
            return Path.of(prop, "dictionaries");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/dictionaries");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Set<String> lowerCased(Path dir, String... files) throws IOException {
        Set<String> out = new HashSet<>();
        for (String f : files) {
            for (String line : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Multi-word and apostrophe surnames are stored without spaces or punctuation in the Census-derived list. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[ '\\-]", "");
    }

    @ParameterizedTest
    @EnumSource(NameOrigin.class)
    void whenPoolIsLoaded_thenEveryGivenNameIsInTheSharedDictionaries(NameOrigin origin) throws IOException {
        Path dir = dictionaries();
        assumeTrue(dir != null, "shared dictionaries absent");
        Set<String> known = lowerCased(dir, "phileas-first-names.txt", "datafaker-first-names-male.txt",
                "datafaker-first-names-female.txt");
        List<String> given = POOLS.given(origin);
        assertThat(given).hasSizeGreaterThanOrEqualTo(40);
        assertThat(given).allMatch(n -> known.contains(key(n)), "every given name is in the dictionaries");
    }

    @ParameterizedTest
    @EnumSource(NameOrigin.class)
    void whenPoolIsLoaded_thenEverySurnameIsInTheSharedDictionaries(NameOrigin origin) throws IOException {
        Path dir = dictionaries();
        assumeTrue(dir != null, "shared dictionaries absent");
        Set<String> known = lowerCased(dir, "phileas-surnames.txt", "datafaker-last-names.txt");
        List<String> surnames = POOLS.surnames(origin);
        assertThat(surnames).hasSizeGreaterThanOrEqualTo(40);
        assertThat(surnames).allMatch(n -> known.contains(key(n)), "every surname is in the dictionaries");
    }

    @Test
    void whenPoolsAreLoaded_thenMultiWordAndApostropheSurnamesExist() {
        Set<String> all = new HashSet<>();
        for (NameOrigin o : NameOrigin.values()) {
            all.addAll(POOLS.surnames(o));
        }
        assertThat(all).contains("van der Berg", "De la Cruz", "O'Brien");
    }

    @Test
    void whenDrawingManyHispanicNames_thenSomeAreHyphenated() {
        SplittableRandom rnd = new SplittableRandom(3);
        long hyphenated = 0;
        for (int i = 0; i < 500; i++) {
            PersonName p = POOLS.draw(rnd, NameOrigin.HISPANIC);
            assertThat(p.origin()).isEqualTo(NameOrigin.HISPANIC);
            hyphenated += p.family().contains("-") ? 1 : 0;
        }
        assertThat(hyphenated).isBetween(30L, 200L);
    }
}
