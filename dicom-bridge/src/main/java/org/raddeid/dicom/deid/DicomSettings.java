package org.raddeid.dicom.deid;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;

/**
 * What a DICOM de-identification run does: profile options, the policy for text and names (the same one report text
 * uses), the secret that keys UIDs, pseudonyms, surrogates and date shifts, and how burned-in annotation and safe
 * private attributes are treated.
 *
 * @param options profile options beyond the Basic Profile
 * @param policy operators for PHI found in text and for names, IDs and institutions the table replaces
 * @param secret the key of every consistent replacement
 * @param burnedIn what to do with an image whose Burned In Annotation is YES, and with one at risk of burned-in text
 * @param safePrivate private attributes known to be safe (used only with {@link ProfileOption#RETAIN_SAFE_PRIVATE})
 * @param residualCheck whether to scan the output's text with the recognizers and report hits
 */
public record DicomSettings(Set<ProfileOption> options, Policy policy, Secret secret, BurnedIn burnedIn,
        SafePrivate safePrivate, boolean residualCheck) {

    /** The handling of images that declare burned-in annotation. */
    public enum BurnedIn {
        /** Quarantine the file: raddeid does not clean pixel data (the default). */
        QUARANTINE,
        /** De-identify the header and flag the file in the run report. */
        FLAG,
        /**
         * Quarantine it, and also every image of a modality that often shows text in the pixels (US, XA, RF, ES, SC,
         * OT, …; CR, DX and MG that do not declare Burned In Annotation), which the other settings only flag.
         */
        STRICT
    }

    public DicomSettings {
        options = Set.copyOf(EnumSet.copyOf(options.isEmpty() ? EnumSet.noneOf(ProfileOption.class) : options));
        ProfileOption.validate(options);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(burnedIn, "burnedIn");
        Objects.requireNonNull(safePrivate, "safePrivate");
    }

    /** Default options, burned-in images quarantined, no safe private list, residual check on. */
    public static DicomSettings defaults(Policy policy, Secret secret) {
        return new DicomSettings(ProfileOption.DEFAULTS, policy, secret, BurnedIn.QUARANTINE, SafePrivate.NONE, true);
    }

    /** Returns these settings with other options. */
    public DicomSettings withOptions(Set<ProfileOption> newOptions) {
        return new DicomSettings(newOptions, policy, secret, burnedIn, safePrivate, residualCheck);
    }

    /** Returns these settings with another burned-in handling. */
    public DicomSettings withBurnedIn(BurnedIn handling) {
        return new DicomSettings(options, policy, secret, handling, safePrivate, residualCheck);
    }

    /** Returns these settings with a safe private list. */
    public DicomSettings withSafePrivate(SafePrivate list) {
        return new DicomSettings(options, policy, secret, burnedIn, list, residualCheck);
    }

    /** Returns these settings with the residual check on or off. */
    public DicomSettings withResidualCheck(boolean on) {
        return new DicomSettings(options, policy, secret, burnedIn, safePrivate, on);
    }
}
