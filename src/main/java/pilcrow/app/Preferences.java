package pilcrow.app;

/**
 * The user's choices for the session: how the reader lays text out, kept from one document to the
 * next, and the keys in force.
 *
 * @param numbers paragraph numbers in the margin
 * @param measure the widest the text may be, in columns
 * @param keys    the key tables this session dispatches through and its help screen shows
 */
public record Preferences(boolean numbers,
                          int measure,
                          KeyTables keys) {

    /** Laid out so, with the default keys. */
    public Preferences(boolean numbers, int measure) {
        this(numbers, measure, KeyTables.DEFAULTS);
    }

    Preferences withNumbers(boolean value) {
        return new Preferences(value, measure, keys);
    }

    Preferences withMeasure(int value) {
        return new Preferences(numbers, value, keys);
    }

    /**
     * Written out rather than the record's, which is bootstrapped through invokedynamic: its first
     * call, in the reader's first update, spun eight method-handle classes before the first paint
     * (-Xlog:class+load+cause), which the AOT cache does not keep.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Preferences that && numbers == that.numbers
                && measure == that.measure && (keys == that.keys || keys.equals(that.keys));
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(numbers) * 31 + measure) * 31 + keys.hashCode();
    }
}
