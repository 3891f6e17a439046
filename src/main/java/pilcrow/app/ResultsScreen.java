package pilcrow.app;

/**
 * A library search's results shown. The search itself ({@link LibrarySearch}) outlives the
 * screen: it may still run after a hit is opened, and the next search stops it.
 */
record ResultsScreen() implements ScreenState {

    static final ResultsScreen SHOWN = new ResultsScreen();

    @Override
    public AppState.Screen kind() {
        return AppState.Screen.RESULTS;
    }


    @Override
    public Next act(Reading reading, AppState state, Action action) {
        return Finding.resultsAction(reading, state, action);
    }
}
