package pilcrow.core.find;

/**
 * Where a match is: in paragraph {@code paragraph} (numbered from 1; {@link #TITLE} for the title),
 * chars {@code start} to {@code end} of that paragraph's text.
 */
public record Match(int paragraph, int start, int end) {

    public static final int TITLE = 0;

    public boolean inTitle() {
        return paragraph == TITLE;
    }
}
