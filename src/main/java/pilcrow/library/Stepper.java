package pilcrow.library;

import java.util.function.IntUnaryOperator;

/**
 * {@code n} and {@code N} between a document's matches, in order: from the match shown to its
 * neighbour, else from a place to the first match after it (forward) or the last before it
 * (backward), wrapping around the ends. Callers compare a match with the place at their own grain
 * (a paragraph for the line mode; paragraph, piece and offset for the reader).
 */
public final class Stepper {

    /** Whether the step went round an end of the document. */
    public enum Wrap {
        NONE,
        /** Past the last match: to the first. */
        TO_TOP,
        /** Before the first match: to the last. */
        TO_BOTTOM
    }

    /** The match stepped to (from 0) and whether it wrapped. */
    public record Step(int index, Wrap wrap) {
    }

    private Stepper() {
    }

    /**
     * One step among {@code size} matches (at least one).
     *
     * @param shown the match shown, whose neighbour is the step; -1 when none is: then from the place
     * @param side  where match {@code i} lies from the place: negative before it, 0 at it, positive after
     */
    public static Step step(int size, int shown, IntUnaryOperator side, boolean forward) {
        int target;
        if (shown >= 0) {
            target = shown + (forward ? 1 : -1);
        } else if (forward) {
            target = size;
            for (int i = 0; i < size && target == size; i++) {
                target = side.applyAsInt(i) > 0 ? i : size;
            }
        } else {
            target = -1;
            for (int i = size - 1; i >= 0 && target < 0; i--) {
                target = side.applyAsInt(i) < 0 ? i : -1;
            }
        }
        if (target >= size) {
            return new Step(0, Wrap.TO_TOP);
        }
        return target < 0 ? new Step(size - 1, Wrap.TO_BOTTOM) : new Step(target, Wrap.NONE);
    }
}
