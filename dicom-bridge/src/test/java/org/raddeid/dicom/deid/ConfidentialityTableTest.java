package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.dicom.codec.Tag;

class ConfidentialityTableTest {

    private static final ConfidentialityTable TABLE = ConfidentialityTable.standard();

    private static Action action(int group, int element, Set<ProfileOption> options) {
        return TABLE.lookup(new Tag(group, element)).orElseThrow().actionFor(options);
    }

    @Test
    void theShippedTableIsTheSharedDataFileByteForByte() throws Exception {
        Path shared = Path.of(System.getProperty("raddeid.shared.data"), "ps3.15-e1-1.csv");
        try (InputStream in = ConfidentialityTable.class.getResourceAsStream(ConfidentialityTable.RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
        assertThat(TABLE.size()).as("621 rows, README of the data file").isEqualTo(621);
    }

    @Test
    void basicActionsAndCompoundCodesResolveToTheConformantAlternative() {
        Set<ProfileOption> none = Set.of();
        assertThat(action(0x0010, 0x0010, none)).as("PatientName Z").isEqualTo(Action.Z);
        assertThat(action(0x0010, 0x0020, none)).as("PatientID Z/D").isEqualTo(Action.D);
        assertThat(action(0x0010, 0x1040, none)).as("PatientAddress X").isEqualTo(Action.X);
        assertThat(action(0x0008, 0x0080, none)).as("InstitutionName X/Z/D").isEqualTo(Action.D);
        assertThat(action(0x0008, 0x1140, none)).as("ReferencedImageSequence X/Z/U*").isEqualTo(Action.U);
        assertThat(action(0x0020, 0x000D, none)).as("StudyInstanceUID U").isEqualTo(Action.U);
        assertThat(Action.parse("X/Z")).isEqualTo(Action.Z);
        assertThatThrownBy(() -> Action.parse("Q")).hasMessageContaining("'Q'");
    }

    @Test
    void optionsOverrideTheBasicAction() {
        assertThat(action(0x0008, 0x1030, Set.of())).isEqualTo(Action.X);
        assertThat(action(0x0008, 0x1030, Set.of(ProfileOption.CLEAN_DESCRIPTORS))).isEqualTo(Action.C);
        assertThat(action(0x0020, 0x000D, Set.of(ProfileOption.RETAIN_UIDS))).isEqualTo(Action.K);
        assertThat(action(0x0008, 0x0020, Set.of(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES))).isEqualTo(Action.K);
        assertThat(action(0x0008, 0x0020, Set.of(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES)))
                .isEqualTo(Action.C);
        assertThat(action(0x0040, 0xA730, Set.of())).isEqualTo(Action.D);
        assertThat(action(0x0040, 0xA730, Set.of(ProfileOption.CLEAN_STRUCTURED_CONTENT))).isEqualTo(Action.C);
        assertThat(action(0x0008, 0x0080, EnumSet.of(ProfileOption.RETAIN_INSTITUTION_IDENTITY))).isEqualTo(Action.K);
    }

    @Test
    void repeatingGroupAndPrivateRows() {
        assertThat(TABLE.lookup(new Tag(0x6002, 0x3000)).orElseThrow().keyword()).isEqualTo("OverlayData");
        assertThat(TABLE.lookup(new Tag(0x601E, 0x4000)).orElseThrow().keyword()).isEqualTo("OverlayComments");
        assertThat(TABLE.lookup(new Tag(0x5004, 0x0010)).orElseThrow().basic()).isEqualTo(Action.X);
        assertThat(TABLE.lookup(new Tag(0x6000, 0x0010))).as("overlay rows are not listed").isEmpty();
        assertThat(TABLE.privateAttributes().actionFor(Set.of())).isEqualTo(Action.X);
        assertThat(TABLE.privateAttributes().actionFor(Set.of(ProfileOption.RETAIN_SAFE_PRIVATE)))
                .isEqualTo(Action.C);
        assertThat(TABLE.lookup(new Tag(0x0088, 0x0200)).orElseThrow().keyword())
                .as("a row whose name spans lines in the CSV").isEqualTo("IconImageSequence");
    }

    @Test
    void optionListsParseAndConflictsAreRefused() {
        assertThat(ProfileOption.parseList("default")).isEqualTo(ProfileOption.DEFAULTS);
        assertThat(ProfileOption.parseList("none")).isEmpty();
        assertThat(ProfileOption.parseList("default, retain-uids")).contains(ProfileOption.RETAIN_UIDS,
                ProfileOption.CLEAN_DESCRIPTORS);
        assertThatThrownBy(() -> ProfileOption.parseList("clean-pixels")).hasMessageContaining("'clean-pixels'")
                .hasMessageContaining("retain-safe-private");
        assertThatThrownBy(() -> ProfileOption.parseList(
                "retain-longitudinal-full-dates,retain-longitudinal-modified-dates")).hasMessageContaining("exclude");
    }

    @Test
    void safePrivateListsReportTheirLine() {
        assertThatThrownBy(() -> SafePrivate.parse(java.util.List.of("# ok", "ACME\t0018\t01"), "site.tsv"))
                .hasMessageContaining("site.tsv line 2").hasMessageContaining("odd");
        assertThatThrownBy(() -> SafePrivate.parse(java.util.List.of("ACME 0019 01"), "site.tsv"))
                .hasMessageContaining("site.tsv line 1");
        assertThat(SafePrivate.parse(java.util.List.of("acme\t0019\t1F"), "x").isSafe("ACME", 0x19, 0x1F)).isTrue();
    }
}
