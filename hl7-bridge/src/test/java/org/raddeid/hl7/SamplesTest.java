package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public sample gives a clean message that HAPI parses again, in which no original value of a structured PHI
 * field survives (the originals are collected from the input with HAPI and the field map, and looked for in every
 * value of the output and in its whole text).
 */
class SamplesTest {

    /** Address words a street surrogate keeps on purpose ({@code 9774&COLLEGE&STREET} keeps STREET, {@code Highway} stays). */
    private static final Set<String> GENERIC_WORDS = Set.of("STREET", "Street", "Lane", "WAY", "Highway");

    static Stream<Arguments> samples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path p : Samples.all()) {
            for (String policy : List.of("surrogate", "safe-harbor")) {
                out.add(Arguments.of(p.getFileName().toString(), policy));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samples")
    void eachSample_givesAMessageHapiParsesAgain_withoutTheOriginalStructuredPhi(String file, String policy)
            throws Exception {
        MessageSplitter.Split split = MessageSplitter.split(Samples.read(file));
        assertThat(split.messages()).hasSize(1);
        MessageSplitter.RawMessage raw = split.messages().get(0);
        Hl7Deidentifier.Outcome o = Samples.bridge(policy).process(raw);
        assertThat(o.rejection()).as(file).isNull();
        Message out = Hl7Deidentifier.parser().parse(o.text());
        assertThat(out.getName()).isNotBlank();

        Set<String> originals = structuredPhi(Hl7Deidentifier.parser().parse(raw.text()));
        assertThat(originals).as("PHI values collected from " + file).isNotEmpty();
        Set<String> values = new LinkedHashSet<>();
        for (Segment s : segments(out)) {
            for (int f = 1; f <= s.numFields(); f++) {
                for (Type rep : s.getField(f)) {
                    Leaves.visit(rep, (p, c, sub) -> values.add(p.getValue()));
                }
            }
        }
        for (String v : originals) {
            assertThat(values).as("an output value of " + file).doesNotContain(v);
            if (v.length() >= 5 && v.chars().anyMatch(Character::isDigit)) {
                // identifiers, phones and dates must not survive anywhere, inside text included; words may recur by
                // chance (a surrogate hospital called after a saint who shares a doctor's given name)
                assertThat(o.text()).as("the output of " + file).doesNotContain(v);
            }
        }
    }

    @Test
    void thePdfSample_withARawLineBreakInItsBase64_losesTheDocumentAndKeepsTheRest() throws Exception {
        String in = Samples.read("dcm4che__ORU_R01-PDF.hl7");
        MessageSplitter.Split split = MessageSplitter.split(in);
        assertThat(split.joinedLines()).isEqualTo(1);
        Hl7Deidentifier.Outcome o = Samples.bridge("surrogate").process(split.messages().get(0));
        assertThat(o.ok()).isTrue();
        assertThat(o.stats().embeddedRemoved()).isEqualTo(1);
        assertThat(o.text()).doesNotContain("JVBERi0", "Base64", "A0KJSVFT0YNCg==").contains("OBX|4|ED|");
    }

    @Test
    void theMultilineReport_keepsItsLinesAndPlaceholders() throws Exception {
        Hl7Deidentifier.Outcome o = Samples.bridge("surrogate").process(
                MessageSplitter.split(Samples.read("linuxforhealth__ORU-multiline.hl7")).messages().get(0));
        assertThat(o.ok()).isTrue();
        assertThat(o.text().split("\r")).filteredOn(s -> s.startsWith("OBX")).hasSize(529);
    }

    /**
     * Values of the input that the field map says are PHI (not kept) or removes, three characters or longer, except
     * those that also stand where the map keeps them (a code such as {@code ISO} removed in one place and kept as an
     * OID type in another).
     */
    static Set<String> structuredPhi(Message m) throws HL7Exception {
        FieldMap map = FieldMap.shipped();
        Set<String> out = new LinkedHashSet<>();
        Set<String> keptElsewhere = new LinkedHashSet<>();
        for (Segment s : segments(m)) {
            String name = s.getName();
            for (int f = 1; f <= s.numFields(); f++) {
                int field = f;
                for (Type rep : s.getField(f)) {
                    Leaves.visit(rep, (p, c, sub) -> {
                        String v = p.getValue();
                        if (v == null || v.strip().length() < 3) {
                            return;
                        }
                        FieldMap.Rule r = map.rule(name, field, c, sub);
                        if (!map.covers(name)) {
                            out.add(v);
                            return;
                        }
                        if (r == null || r.layout() == Layout.OBSERVATION) {
                            keptElsewhere.add(v);
                            return;
                        }
                        Leaf leaf = r.component() == 0 ? r.layout().leaf(c, sub, r.subtype())
                                : r.subcomponent() > 0 ? r.layout().leaf(1, 1, r.subtype())
                                : r.layout().leaf(sub, 1, r.subtype());
                        boolean kept = leaf.own() && r.operator() == FieldMap.FieldOperator.KEEP;
                        if ((leaf.kind() == Leaf.Kind.PHI || leaf.kind() == Leaf.Kind.CLEAR
                                || leaf.kind() == Leaf.Kind.UID) && !kept) {
                            out.add(v);
                        } else if (leaf.kind() == Leaf.Kind.KEEP || leaf.kind() == Leaf.Kind.TEXT || kept) {
                            keptElsewhere.add(v);
                        }
                    });
                }
            }
        }
        out.removeAll(keptElsewhere);
        out.removeAll(GENERIC_WORDS);
        return out;
    }

    static List<Segment> segments(Group g) throws HL7Exception {
        List<Segment> out = new ArrayList<>();
        for (String n : g.getNames()) {
            for (Structure s : g.getAll(n)) {
                if (s instanceof Group gg) {
                    out.addAll(segments(gg));
                } else {
                    out.add((Segment) s);
                }
            }
        }
        return out;
    }

    @Test
    void everySampleFile_isReadable() throws Exception {
        assertThat(Samples.all()).as("the samples that are not held out").hasSize(5);
        for (Path p : Samples.all()) {
            assertThat(Files.size(p)).isPositive();
        }
    }
}
