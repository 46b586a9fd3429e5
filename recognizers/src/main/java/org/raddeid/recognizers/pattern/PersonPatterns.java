package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Person identifiers that have a fixed shape after a cue: user names ({@code by user jdoe7}), patient initials
 * ({@code initials VG}) and dictation/transcription initials ({@code Transcribed by: DI/pp}, in capitals or lower case
 * too: {@code TRANSCRIBED BY: DI/PP}).
 */
public final class PersonPatterns {

    private PersonPatterns() {
    }

    /** Two- and three-letter words that follow "initials" in a sentence and are no initials. */
    private static final String SHORT_WORDS = "(?i:and|are|the|for|was|were|of|on|in|at|to|by|or|is|as|an|am|be|do"
            + "|if|it|no|so|up|we|me|my|he|she|his|her|not|all|per|via|ok)";

    /** Returns the definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                PatternDefinition.builder("username", PhiSubtype.USERNAME,
                                "(?<![a-z0-9])(?:user(?:\\s*name|\\s*id)?|login|userid)\\s*[:=]?\\s*"
                                        + "(?<v>[a-z][a-z0-9._-]{1,30}[a-z0-9])(?![a-z0-9])")
                        .caseInsensitive().score(0.8).prefilter(Prefilter.NONE).keywords("user", "login").validator(PersonPatterns::notWord)
                        .build(),
                PatternDefinition.builder("initials", PhiSubtype.PATIENT,
                                "(?<![A-Za-z])(?:[Ii]nitials|INITIALS)\\s*[:(]?\\s*(?<v>[A-Z]\\.?[A-Z]\\.?(?:[A-Z]\\.?)?"
                                        // after the label, initials in one case too (patient initials rn), but no
                                        // short word (initials and date of birth)
                                        + "|(?!" + SHORT_WORDS + "(?![A-Za-z]))(?i:[a-z]\\.?[a-z]\\.?(?:[a-z]\\.?)?))"
                                        + "(?![A-Za-z])")
                        .score(0.85).prefilter(Prefilter.NONE).keywords("initials").build(),
                PatternDefinition.builder("transcription-initials", PhiSubtype.DOCTOR,
                                "(?<![A-Za-z])(?i:transcribed|typed|dictated|tr|dt)\\s*(?i:by)?\\s*[:]?\\s*"
                                        // KM/sb, KM/SB, km/sb: after the label, the case of the letters says nothing
                                        + "(?<v>(?i:[a-z]{2,3}/[a-z]{2,3}))(?![A-Za-z0-9/])")
                        .score(0.85).prefilter(Prefilter.NONE).keywords("transcri", "typed", "dictated", "tr", "dt").build());
    }

    /** A user name is not one of the words that follow "user" in prose (user error, user interface). */
    private static boolean notWord(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return !List.of("error", "interface", "friendly", "manual", "guide", "the", "a", "an", "was", "is", "and",
                "of", "request", "requested", "input").contains(v);
    }
}
