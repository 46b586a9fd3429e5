package org.raddeid.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.raddeid.corpora.generator.WritingStyle;
import picocli.CommandLine.Option;

/** The {@code --styles} option of the commands that generate reports: which {@link WritingStyle}s to write. */
final class StyleOptions {

    @Option(names = "--styles", paramLabel = "STYLE[,STYLE…]", split = ",",
            description = "Writing styles to generate: standard, legacy-ris, dictated, shorthand, question "
                    + "(default: all, by weight; 'standard' alone gives the structured reports of earlier versions).")
    List<String> styles;

    /** Returns the chosen styles, every style when none was given; an unknown name is a user error. */
    Set<WritingStyle> resolve() {
        if (styles == null || styles.isEmpty()) {
            return EnumSet.allOf(WritingStyle.class);
        }
        try {
            return WritingStyle.parseAll(styles);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Returns {@code all} or the chosen styles' names, comma-separated, for headers and summaries. */
    String label() {
        Set<WritingStyle> s = resolve();
        return s.size() == WritingStyle.values().length ? "all"
                : s.stream().map(WritingStyle::label).collect(Collectors.joining(","));
    }
}
