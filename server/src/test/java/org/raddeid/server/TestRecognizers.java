package org.raddeid.server;

import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;

/** Recognizers that misbehave, each loaded as a one-recognizer ensemble of its own name. */
public final class TestRecognizers {

    private TestRecognizers() {
    }

    /** A recognizer that fails with the text in its message, as careless libraries do. */
    public static final Recognizer BROKEN = new Recognizer() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            throw new IllegalStateException("cannot handle " + text.text());
        }
    };

    /** A recognizer that takes two seconds. */
    public static final Recognizer SLOW = new Recognizer() {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    };

}
