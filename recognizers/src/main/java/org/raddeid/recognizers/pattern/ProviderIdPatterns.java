package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Provider identifiers recognised by their check digits, with or without a label: US NPI (10 digits, Luhn with the
 * {@code 80840} prefix) and DEA registration numbers (two letters and 7 digits with the DEA check digit). Both are
 * reported as {@link PhiSubtype#LICENSE}. A bare NPI-valid number scores low unless an NPI word precedes it.
 */
public final class ProviderIdPatterns {

    private ProviderIdPatterns() {
    }

    /** Returns the provider identifier definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("npi", PhiSubtype.LICENSE,
                        "(?<![\\w.-])[12]\\d{3}(?<sep>[- ]?)\\d{3}\\k<sep>\\d{3}(?![\\w-]|\\.\\d)")
                        .score(0.4).validator(IdChecks.NPI)
                        .context(ContextRule.boosting("npi", "provider", "national provider")).digitReach(0).build(),
                PatternDefinition.builder("dea", PhiSubtype.LICENSE, "(?<![\\w-])[A-Z][A-Z9]\\d{7}(?![\\w-])")
                        .score(0.6).validator(IdChecks.DEA)
                        .context(ContextRule.boosting("dea", "certificate", "registration", "license", "licence"))
                        .digitReach(2).build());
    }
}
