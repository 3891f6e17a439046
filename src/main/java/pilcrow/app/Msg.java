package pilcrow.app;

/** Everything that can happen to the app: keys and resizes now; loads and saves later. */
public sealed interface Msg {

    record Key(KeyInput key) implements Msg {
    }

    /** The terminal now has this many columns and rows (handled on the UI thread like a key). */
    record Resize(int columns, int rows) implements Msg {
    }
}
