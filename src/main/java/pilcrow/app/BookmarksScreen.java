package pilcrow.app;

/** The bookmarks list shown, with its rows: made anew each time it opens, gone when it closes. */
record BookmarksScreen(BookmarkList list) implements ScreenState {

    @Override
    public AppState.Screen kind() {
        return AppState.Screen.BOOKMARKS;
    }


    @Override
    public Next act(Reading reading, AppState state, Action action) {
        return Bookmarking.listAction(reading, state, action);
    }

    @Override
    public ListState rows(AppState state) {
        return list.list();
    }

    @Override
    public AppState withRows(AppState state, ListState rows) {
        return state.withBookmarkList(list.with(rows));
    }

    /** The selected bookmark kept in view. */
    @Override
    public ScreenState resized(Size size) {
        return new BookmarksScreen(list.with(list.list().select(list.list().selected(), Geometry.listRows(size))));
    }
}
