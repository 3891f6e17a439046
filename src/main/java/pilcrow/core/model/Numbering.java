package pilcrow.core.model;

/**
 * Which body paragraph is numbered what, as far as known: an immutable snapshot. A text in memory
 * is numbered completely from the start ({@link #complete(int)}: places are the numbers); a large
 * file's numbering grows as it is indexed in the background ({@code ParagraphIndex}).
 */
public interface Numbering {

    /** Every paragraph is numbered. */
    boolean complete();

    /** How far numbering has come, 0-100. */
    int percent();

    /** Body paragraphs numbered so far (all of them once complete). */
    int count();

    /** The body paragraphs there will be: exact once complete, else a guess ({@code fallback} before any). */
    int estimatedTotal(int fallback);

    /** The place before which every paragraph is numbered (a large file's bytes indexed so far). */
    long numberedUpTo();

    /** Where body paragraph {@code number} (from 1, at most {@link #count()}) starts. */
    long placeOf(int number);

    /** The number of the paragraph that starts at {@code place}, or -1 when not known (yet). */
    int numberAt(long place);

    /** The number of the paragraph holding {@code place} (a piece of it), or -1 when not known (yet). */
    int numberHolding(long place);

    /** The numbering of a text whose {@code count} paragraphs are numbered 1 to count, at places 1 to count. */
    static Numbering complete(int count) {
        return new Complete(count);
    }

    /** A text in memory: every paragraph's place is its number. */
    record Complete(int count) implements Numbering {

        @Override
        public boolean complete() {
            return true;
        }

        @Override
        public int percent() {
            return 100;
        }

        @Override
        public int estimatedTotal(int fallback) {
            return count;
        }

        @Override
        public long numberedUpTo() {
            return count + 1L;
        }

        @Override
        public long placeOf(int number) {
            if (number < 1 || number > count) {
                throw new IndexOutOfBoundsException("paragraph " + number + " of " + count);
            }
            return number;
        }

        @Override
        public int numberAt(long place) {
            return place >= 1 && place <= count ? (int) place : -1;
        }

        @Override
        public int numberHolding(long place) {
            return numberAt(place);
        }
    }
}
