package org.raddeid.hl7;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.residual.Evidence;
import org.raddeid.core.residual.Residual;
import org.raddeid.core.residual.ResidualCheck;
import org.raddeid.core.rewrite.DeidResult;

/**
 * The residual check of a message's narrative ({@code hl7 --recheck}): the second opinion of {@link ResidualCheck} on
 * the rewritten text, with the patient's identifiers and every PHI value of the message searched again. Leftovers are
 * given with the segment, field and code points of the value they stand in, never their text. Stateless.
 */
final class NarrativeCheck {

    /**
     * Where one narrative value stands in the message.
     *
     * @param segment the segment's position, from 1
     * @param field the field, such as {@code OBX-5}
     */
    record Place(int segment, String field) {
    }

    /**
     * The values of the narrative, in order.
     *
     * @param places where each stands
     * @param starts where each starts in the narrative before rewriting (chars)
     */
    record Pieces(List<Place> places, int[] starts) {
    }

    private NarrativeCheck() {
    }

    /** Returns the leftovers of the rewritten narrative {@code result}, placed in its values. */
    static List<MessageStats.Leftover> leftovers(ResidualCheck check, Evidence evidence, DeidResult result,
            Pieces pieces) {
        String out = result.text();
        List<MessageStats.Leftover> found = new ArrayList<>();
        for (Residual r : check.check(out, ResidualCheck.regions(result), evidence, check.opinion(out))) {
            if (!r.leftover()) {
                continue;
            }
            int piece = 0;
            int pieceStart = 0;
            for (int i = 0; i < pieces.places().size(); i++) {
                int at = outOffset(result, pieces.starts()[i]);
                if (at <= r.start()) {
                    piece = i;
                    pieceStart = at;
                }
            }
            Place p = pieces.places().get(piece);
            found.add(new MessageStats.Leftover(p.segment(), p.field(), r.type(),
                    out.codePointCount(pieceStart, r.start()), out.codePointCount(pieceStart, r.end())));
        }
        return found;
    }

    /** Where {@code in}, an offset of the narrative before rewriting, lies in the rewritten text. */
    private static int outOffset(DeidResult result, int in) {
        int shift = 0;
        for (DeidResult.Replacement r : result.replacements()) {
            if (r.span().end() <= in) {
                shift += (r.outEnd() - r.outStart()) - (r.span().end() - r.span().start());
            }
        }
        return in + shift;
    }
}
