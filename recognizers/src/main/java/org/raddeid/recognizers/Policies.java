package org.raddeid.recognizers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.recognizers.dictionary.DictionarySurrogates;

/**
 * The rewriting policies raddeid ships, by name, and policy files. Presets:
 * <ul>
 *   <li>{@code safe-harbor}: every identifier becomes a type tag ({@code [NAME]}); ZIP codes keep three digits, ages
 *       over 89 become {@code 90+}, years alone are kept;</li>
 *   <li>{@code surrogate}: hide in plain sight with realistic surrogates consistent per patient, dates shifted;</li>
 *   <li>{@code limited-data-set}: keeps dates, ages, cities, states, ZIP codes and countries; tags the rest.</li>
 * </ul>
 * Thread-safe.
 */
public final class Policies {

    /** The policy used when none is named. */
    public static final String DEFAULT = "safe-harbor";

    private static final Map<String, Supplier<Policy>> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("safe-harbor", Policy::safeHarbor);
        PRESETS.put("surrogate", () -> Policy.surrogate(DictionarySurrogates.shared()));
        PRESETS.put("limited-data-set", Policy::limitedDataSet);
    }

    private Policies() {
    }

    /** Returns the preset names, in a stable order. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(PRESETS.keySet());
    }

    /**
     * Returns the preset called {@code name}.
     *
     * @throws IllegalArgumentException naming the known presets when there is none by that name
     */
    public static Policy named(String name) {
        Supplier<Policy> p = name == null ? null : PRESETS.get(name.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown policy '" + name + "'; known: " + String.join(", ",
                    PRESETS.keySet()) + ", or a policy file (.yaml, .yml, .json)");
        }
        return p.get();
    }

    /**
     * Returns the preset called {@code nameOrFile}, or the policy in that file when it names one (ends in
     * {@code .yaml}, {@code .yml} or {@code .json}, or exists).
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws PolicyFileException for a file that cannot be read or is invalid, with the place of the error
     */
    public static Policy resolve(String nameOrFile) {
        String lower = nameOrFile.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
                || !PRESETS.containsKey(lower.strip()) && Files.isRegularFile(Path.of(nameOrFile))) {
            return PolicyFiles.load(Path.of(nameOrFile));
        }
        return named(nameOrFile);
    }
}
