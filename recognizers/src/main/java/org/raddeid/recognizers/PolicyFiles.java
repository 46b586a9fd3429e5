package org.raddeid.recognizers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.DateShift;
import org.raddeid.core.rewrite.Operator;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.SafeHarbor;
import org.raddeid.core.rewrite.Surrogates;
import org.raddeid.recognizers.SettingsTree.Node;
import org.raddeid.recognizers.dictionary.DictionarySurrogates;

/**
 * Reads policy files (YAML or JSON): a preset to start from and per-type or per-subtype operators over it. Every
 * mistake is reported with the file, the line and the setting:
 *
 * <pre>{@code
 * name: research-export          # optional; the file name otherwise
 * base: surrogate                # safe-harbor (default), surrogate or limited-data-set
 * date-shift: {min-days: 30, max-days: 730}
 * age-wording: "90 or older"
 * years: keep                    # keep (default): a year alone stays; as-dates: years get the date operator
 * types:    {ID: hash:12, CONTACT: redact}
 * subtypes: {DOCTOR: keep, ZIP: generalize}
 * fallback: redact               # for PHI no rule names
 * }</pre>
 *
 * Operators: {@code redact} (type tag), {@code redact:C} (each character becomes C), {@code mask}, {@code hash} or
 * {@code hash:N} (N hex digits, 8-64), {@code remove}, {@code surrogate}, {@code shift} (dates only),
 * {@code generalize} (ZIP to three digits, ages over 89 to the wording, dates to their year), {@code keep}. A subtype's
 * rule beats its type's, so {@code types: {LOCATION: surrogate}} over {@code safe-harbor} still generalises ZIP codes.
 */
final class PolicyFiles {

    /** The largest policy file read. */
    static final int MAX_BYTES = 1 << 20;

    private static final Set<String> KEYS = Set.of("name", "base", "description", "date-shift", "age-wording",
            "years", "types", "subtypes", "fallback");
    private static final List<String> OPERATORS = List.of("redact", "redact:C", "mask", "hash", "hash:N", "remove",
            "surrogate", "shift", "generalize", "keep");

    private PolicyFiles() {
    }

    /**
     * Loads the policy in {@code file}: YAML unless the name ends in {@code .json}.
     *
     * @throws PolicyFileException when it cannot be read or is invalid
     */
    static Policy load(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String stem = source.replaceFirst("\\.(ya?ml|json)$", "");
        try {
            return parse(SettingsTree.read(file, source, "policy file", MAX_BYTES), source, stem,
                    !source.toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (SettingsTree.Invalid e) {
            throw new PolicyFileException(e.getMessage());
        }
    }

    /** Parses policy text; {@code source} names it in errors and {@code defaultName} names the policy. */
    static Policy parse(String text, String source, String defaultName, boolean yaml) {
        try {
            Node root = SettingsTree.parse(text, source, "policy file", yaml);
            if (root.value() == null) {
                throw new PolicyFileException(source + ": the policy file is empty");
            }
            return new Reader(source, defaultName).policy(root);
        } catch (SettingsTree.Invalid e) {
            throw new PolicyFileException(e.getMessage());
        }
    }

    /** Validates and builds, remembering where it is for error messages. */
    private static final class Reader {
        private final String source;
        private final String defaultName;

        Reader(String source, String defaultName) {
            this.source = source;
            this.defaultName = defaultName;
        }

        private PolicyFileException error(Node at, String what) {
            return new PolicyFileException(source + " line " + at.line() + ": " + what);
        }

        Policy policy(Node root) {
            if (!(root.value() instanceof Map)) {
                throw error(root, "a policy file holds one object with the keys " + sorted(KEYS));
            }
            Map<String, Node> top = root.map();
            for (Map.Entry<String, Node> e : top.entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    throw error(e.getValue(), "unknown setting '" + e.getKey() + "'; known: " + sorted(KEYS));
                }
            }
            String name = top.containsKey("name") ? string(top.get("name"), "name") : defaultName;
            if (name.isBlank()) {
                throw error(top.get("name"), "name must not be blank");
            }
            String base = top.containsKey("base") ? string(top.get("base"), "base").toLowerCase(Locale.ROOT)
                    : Policies.DEFAULT;
            if (!Policies.names().contains(base)) {
                throw error(top.get("base"), "base: unknown preset '" + base + "'; known: " + String.join(", ",
                        Policies.names()));
            }
            DateShift shift = shift(top.get("date-shift"));
            String wording = top.containsKey("age-wording") ? string(top.get("age-wording"), "age-wording") : "90+";
            if (wording.isBlank() || wording.length() > 40) {
                throw error(top.get("age-wording"), "age-wording must be 1 to 40 characters");
            }
            boolean keepYears = true;
            if (top.containsKey("years")) {
                String y = string(top.get("years"), "years");
                if (!y.equals("keep") && !y.equals("as-dates")) {
                    throw error(top.get("years"), "years must be 'keep' or 'as-dates', was '" + y + "'");
                }
                keepYears = y.equals("keep");
            }
            Ops ops = new Ops(shift, wording, keepYears);
            Policy start = switch (base) {
                case "surrogate" -> Policy.surrogate(name, DictionarySurrogates.shared(), ops.dates(),
                        SafeHarbor.ageOver89(wording));
                case "limited-data-set" -> Policy.limitedDataSet();
                default -> Policy.safeHarbor(name, keepYears ? SafeHarbor.keepYears(Ops.tag()) : Ops.tag(),
                        SafeHarbor.ageOver89(wording));
            };
            Map<PhiType, Operator> byType = new EnumMap<>(PhiType.class);
            byType.putAll(start.byType());
            Map<PhiSubtype, Operator> bySubtype = new EnumMap<>(PhiSubtype.class);
            bySubtype.putAll(start.bySubtype());
            if (top.containsKey("types")) {
                for (Map.Entry<String, Node> e : object(top.get("types"), "types").entrySet()) {
                    PhiType type;
                    try {
                        type = PhiType.valueOf(e.getKey().strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        throw error(e.getValue(), "types: unknown PHI type '" + e.getKey() + "'; known: "
                                + Arrays.toString(PhiType.values()));
                    }
                    byType.put(type, ops.operator(e.getValue(), "types." + type, type, null));
                }
            }
            if (top.containsKey("subtypes")) {
                for (Map.Entry<String, Node> e : object(top.get("subtypes"), "subtypes").entrySet()) {
                    PhiSubtype sub;
                    try {
                        sub = PhiSubtype.parse(e.getKey());
                    } catch (IllegalArgumentException ex) {
                        throw error(e.getValue(), "subtypes: unknown PHI subtype '" + e.getKey() + "'; known: "
                                + Arrays.toString(PhiSubtype.values()));
                    }
                    bySubtype.put(sub, ops.operator(e.getValue(), "subtypes." + sub, sub.type(), sub));
                }
            }
            Operator fallback = top.containsKey("fallback")
                    ? ops.operator(top.get("fallback"), "fallback", null, null) : start.fallback();
            return new Policy(name, byType, bySubtype, fallback);
        }

        private DateShift shift(Node node) {
            if (node == null) {
                return new DateShift(Policy.DEFAULT_MIN_SHIFT_DAYS, Policy.DEFAULT_MAX_SHIFT_DAYS);
            }
            Map<String, Node> m = object(node, "date-shift");
            for (Map.Entry<String, Node> e : m.entrySet()) {
                if (!e.getKey().equals("min-days") && !e.getKey().equals("max-days")) {
                    throw error(e.getValue(), "date-shift: unknown setting '" + e.getKey()
                            + "'; known: min-days, max-days");
                }
            }
            int min = days(m.get("min-days"), "date-shift.min-days", Policy.DEFAULT_MIN_SHIFT_DAYS);
            int max = days(m.get("max-days"), "date-shift.max-days", Math.max(min, Policy.DEFAULT_MAX_SHIFT_DAYS));
            if (min > max) {
                throw error(node, "date-shift: min-days (" + min + ") is more than max-days (" + max + ")");
            }
            return new DateShift(min, max);
        }

        private int days(Node node, String key, int otherwise) {
            if (node == null) {
                return otherwise;
            }
            if (!(node.value() instanceof Long l) || l < 1 || l > 3650) {
                throw error(node, key + " must be a whole number of days from 1 to 3650");
            }
            return l.intValue();
        }

        private String string(Node node, String key) {
            if (!(node.value() instanceof String s)) {
                throw error(node, key + " must be a string");
            }
            return s.strip();
        }

        private Map<String, Node> object(Node node, String key) {
            if (!(node.value() instanceof Map)) {
                throw error(node, key + " must be an object of NAME: operator");
            }
            return node.map();
        }

        /** Builds operators from specs, knowing the file's date shift, age wording and year rule. */
        private final class Ops {
            private final DateShift shift;
            private final String wording;
            private final boolean keepYears;
            private Surrogates surrogates;

            Ops(DateShift shift, String wording, boolean keepYears) {
                this.shift = shift;
                this.wording = wording;
                this.keepYears = keepYears;
            }

            static Operator tag() {
                return org.raddeid.core.rewrite.Operators.redactTag();
            }

            Operator dates() {
                return keepYears ? SafeHarbor.keepYears(shift) : shift;
            }

            Operator operator(Node node, String key, PhiType type, PhiSubtype sub) {
                if (!(node.value() instanceof String)) {
                    throw error(node, key + " must be an operator name; known: " + String.join(", ", OPERATORS));
                }
                String spec = ((String) node.value()).strip();
                String op = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
                String arg = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : null;
                boolean dateLike = type == PhiType.DATE;
                Operator built = switch (op.toLowerCase(Locale.ROOT)) {
                    case "redact" -> {
                        if (arg == null) {
                            yield tag();
                        }
                        if (arg.length() != 1 || Character.isWhitespace(arg.charAt(0))) {
                            throw error(node, key + ": redact:C takes one visible character, was '" + arg + "'");
                        }
                        yield org.raddeid.core.rewrite.Operators.redactWith(arg.charAt(0));
                    }
                    case "mask" -> noArg(node, key, arg, org.raddeid.core.rewrite.Operators.mask());
                    case "remove" -> noArg(node, key, arg, org.raddeid.core.rewrite.Operators.remove());
                    case "keep" -> noArg(node, key, arg, org.raddeid.core.rewrite.Operators.keep());
                    case "hash" -> {
                        int n = 16;
                        if (arg != null) {
                            try {
                                n = Integer.parseInt(arg);
                            } catch (NumberFormatException e) {
                                n = -1;
                            }
                            if (n < 8 || n > 64) {
                                throw error(node, key + ": hash:N takes a length of 8 to 64 hex digits, was '" + arg
                                        + "'");
                            }
                        }
                        yield org.raddeid.core.rewrite.Operators.hash(n);
                    }
                    case "surrogate" -> noArg(node, key, arg, surrogates());
                    case "shift" -> {
                        if (!dateLike) {
                            throw error(node, key + ": shift applies to dates only (DATE, DOB)");
                        }
                        yield noArg(node, key, arg, dates());
                    }
                    case "generalize", "generalise" -> {
                        if (sub == PhiSubtype.ZIP) {
                            yield SafeHarbor.zip();
                        }
                        if (type == PhiType.AGE) {
                            yield SafeHarbor.ageOver89(wording);
                        }
                        if (dateLike) {
                            yield SafeHarbor.yearOnly();
                        }
                        throw error(node, key + ": generalize applies to ZIP, AGE and DATE/DOB only");
                    }
                    default -> throw error(node, key + ": unknown operator '" + spec + "'; known: "
                            + String.join(", ", OPERATORS));
                };
                return built;
            }

            private Operator noArg(Node node, String key, String arg, Operator op) {
                if (arg != null) {
                    throw error(node, key + ": " + op.name() + " takes no argument");
                }
                return op;
            }

            private Surrogates surrogates() {
                if (surrogates == null) {
                    surrogates = new Surrogates(DictionarySurrogates.shared(), dates(),
                            SafeHarbor.ageOver89(wording), SafeHarbor.zip());
                }
                return surrogates;
            }
        }
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }
}
