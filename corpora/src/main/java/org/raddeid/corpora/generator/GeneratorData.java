package org.raddeid.corpora.generator;

/**
 * The bundled tables every generator shares, loaded once on first use. Immutable and thread-safe.
 *
 * @param names the per-origin name pools
 * @param places hospitals, ZIP rows and streets
 * @param phrases the per-modality phrase banks
 */
record GeneratorData(NamePools names, Places places, PhraseBank phrases) {

    private static final class Holder {
        static final GeneratorData SHARED = new GeneratorData(NamePools.load(), Places.load(), PhraseBank.load());
    }

    /** Returns the shared instance, loading it on first call. */
    static GeneratorData shared() {
        return Holder.SHARED;
    }
}
