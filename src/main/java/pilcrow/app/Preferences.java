package pilcrow.app;

/**
 * How the reader lays text out, kept from one document to the next.
 *
 * @param numbers paragraph numbers in the margin
 * @param measure the widest the text may be, in columns
 */
public record Preferences(boolean numbers,
                          int measure) {

    Preferences withNumbers(boolean value) {
        return new Preferences(value, measure);
    }

    Preferences withMeasure(int value) {
        return new Preferences(numbers, value);
    }
}
