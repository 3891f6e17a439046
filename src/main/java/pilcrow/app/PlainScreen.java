package pilcrow.app;

/**
 * The screens with no state of their own: what they show outlives them in {@link AppState} (the
 * list's filter and selection; the open document and its find, which the list shows over; a
 * library search, which may still run after a hit is opened). Each is a constant with its update.
 */
enum PlainScreen implements ScreenState {
    /** The document list ({@link ListScreen}). */
    LIST(AppState.Screen.LIST, ListScreen::act) {
        @Override
        public ListState rows(AppState state) {
            return state.list();
        }

        @Override
        public AppState withRows(AppState state, ListState rows) {
            return state.withList(rows);
        }
    },
    /** The open document ({@link ReaderScreen}); Enter on the list goes back to it. */
    READER(AppState.Screen.READER, ReaderScreen::act),
    /** A library search's results; the next search stops the one before. */
    RESULTS(AppState.Screen.RESULTS, Finding::resultsAction) {
        @Override
        public ListState rows(AppState state) {
            return state.librarySearch().list();
        }

        @Override
        public AppState withRows(AppState state, ListState rows) {
            return state.withLibrarySearch(state.librarySearch().withList(rows));
        }
    };

    /** A screen's update: an action one of its keys (or a global one it handles) gave. */
    @FunctionalInterface
    interface Update {
        Next act(Reading reading, AppState state, Action action);
    }

    private final AppState.Screen kind;
    private final Update update;

    PlainScreen(AppState.Screen kind, Update update) {
        this.kind = kind;
        this.update = update;
    }

    @Override
    public AppState.Screen kind() {
        return kind;
    }

    @Override
    public Next act(Reading reading, AppState state, Action action) {
        return update.act(reading, state, action);
    }
}
