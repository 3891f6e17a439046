package pilcrow.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The places jumps left, oldest first, as vim's jumplist: a jump adds where it left at the end;
 * Ctrl-O and Ctrl-I walk the list by {@code index}, which is {@code jumps.size()} until they do.
 * {@code previous} is where the last move of any kind from it left (a jump, a step through the
 * list), for {@code ''}.
 *
 * @param jumps    at most {@link #LIMIT}, one a paragraph (a place left again moves to the end)
 * @param index    the entry Ctrl-O and Ctrl-I last went to; {@code jumps.size()} when none
 * @param previous the place before the last jump, or null before the first one
 */
public record JumpList(List<Jump> jumps, int index, Jump previous) {

    /** As many places as vim's jumplist keeps. */
    static final int LIMIT = 100;

    static final JumpList EMPTY = new JumpList(List.of(), 0, null);

    public JumpList {
        jumps = List.copyOf(jumps);
    }

    /** A jump left {@code from}: it is the newest place, and the walk starts again from the end. */
    JumpList recorded(Jump from) {
        List<Jump> kept = new ArrayList<>(jumps);
        kept.removeIf(from::sameSpot);
        kept.add(from);
        while (kept.size() > LIMIT) {
            kept.remove(0);
        }
        return new JumpList(kept, kept.size(), from);
    }

    /**
     * Before the first step back: the place the walk starts from is kept at the end, so that
     * Ctrl-I can come back to it. Once walking, the list is as it was.
     */
    JumpList walkingFrom(Jump here) {
        if (index < jumps.size()) {
            return this;
        }
        JumpList kept = recorded(here);
        return new JumpList(kept.jumps, kept.jumps.size() - 1, previous);
    }

    /** Having gone to entry {@code target} from {@code here}. */
    JumpList at(int target, Jump here) {
        return new JumpList(jumps, target, here);
    }

    /** Without entry {@code gone} (its document went away), the walk's place kept. */
    JumpList without(int gone) {
        List<Jump> kept = new ArrayList<>(jumps);
        kept.remove(gone);
        return new JumpList(kept, gone < index ? index - 1 : index, previous);
    }
}
