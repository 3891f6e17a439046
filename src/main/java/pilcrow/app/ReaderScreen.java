package pilcrow.app;

/**
 * The open document's update ({@link PlainScreen#READER}). Its {@link ReaderState} and find
 * ({@link Search}) outlive the screen: the list shows over them, and Enter there goes back to them.
 */
final class ReaderScreen {

    private ReaderScreen() {
    }

    static Next act(Reading reading, AppState state, Action action) {
        return switch (action) {
            case FIND -> Finding.openPrompt(state);
            case FIND_NEXT -> Next.of(Finding.step(reading, state, true));
            case FIND_PREVIOUS -> Next.of(Finding.step(reading, state, false));
            case BOOKMARK -> Next.of(state.entries().get(state.reader().entry()).piped()
                    ? state.withMessage(Bookmarking.NEEDS_A_FILE)
                    : state.reader().estimated()
                    ? state.withMessage(Bookmarking.notNumberedYet(state)) // said before a note is typed, not after
                    : state.reader().current() == 0 ? state.withMessage("Nothing to bookmark here")
                    : Bookmarking.markPrompt(state));
            case BOOKMARKS -> Next.of(Bookmarking.openList(state, state.reader().entry()));
            case OUTLINE -> Next.of(Outlining.open(state));
            case EDIT_DOCUMENT -> Editing.request(state);
            case NEXT_HEADING -> Next.of(Outlining.step(reading, state, true));
            case PREVIOUS_HEADING -> Next.of(Outlining.step(reading, state, false));
            case NEXT_LINK -> Next.of(Linking.step(reading, state, true));
            case PREVIOUS_LINK -> Next.of(Linking.step(reading, state, false));
            case FOLLOW_LINK -> Linking.follow(reading, state);
            case NEXT_BOOKMARK -> Next.of(Bookmarking.step(reading, state, true));
            case PREVIOUS_BOOKMARK -> Next.of(Bookmarking.step(reading, state, false));
            case JUMP_BACK -> Next.of(Jumping.back(reading, state));
            case JUMP_FORWARD -> Next.of(Jumping.forward(reading, state));
            case FOLLOW -> Next.of(Following.start(reading, state));
            case RELOAD -> Following.reload(state);
            default -> Next.of(move(reading, state, action));
        };
    }

    private static AppState move(Reading reading, AppState state, Action action) {
        ReaderState reader = state.reader();
        int rows = state.geometry().bodyRows();
        int page = Math.max(1, rows - 1);
        return switch (action) {
            case LINE_DOWN -> reading.scroll(state, reader.top() + 1);
            case LINE_UP -> reading.scroll(state, reader.top() - 1);
            case PAGE_DOWN -> reading.scroll(state, reader.top() + page);
            case PAGE_UP -> reading.scroll(state, reader.top() - page);
            case HALF_DOWN -> reading.scroll(state, reader.top() + Math.max(1, rows / 2));
            case HALF_UP -> reading.scroll(state, reader.top() - Math.max(1, rows / 2));
            case TOP -> reading.top(state);
            case BOTTOM -> reading.bottom(state);
            case NEXT_PARAGRAPH -> reading.step(state, true);
            case PREVIOUS_PARAGRAPH -> reading.step(state, false);
            case GOTO_PROMPT -> state.withPrompt(Prompt.of(Prompt.Kind.GOTO));
            case TOGGLE_NUMBERS -> reading.relayout(state.withNumbers(!state.numbers()));
            case NARROWER -> remeasure(reading, state, -Geometry.MEASURE_STEP);
            case WIDER -> remeasure(reading, state, Geometry.MEASURE_STEP);
            case BACK -> state.librarySearch() != null && state.librarySearch().visited(reader.entry())
                    ? state.withShown(PlainScreen.RESULTS) : state.withShown(PlainScreen.LIST);
            default -> state;
        };
    }

    /**
     * {@code <} and {@code >}: narrower or wider by a step from the width shown now, never wider
     * than the terminal leaves room for, so every press changes what is seen.
     */
    private static AppState remeasure(Reading reading, AppState state, int step) {
        int fits = Geometry.reader(state.size(), state.numbers(), Integer.MAX_VALUE,
                state.reader().paragraphCount()).textWidth();
        int widest = Math.max(Geometry.MIN_MEASURE, Math.min(Geometry.MAX_MEASURE, fits));
        int shown = Math.min(state.measure(), widest);
        int wanted = shown + step;
        int measure = ListState.clamp(wanted, Geometry.MIN_MEASURE, widest);
        String note = wanted > widest ? " (the widest that fits)" : wanted < Geometry.MIN_MEASURE ? " (the narrowest)" : "";
        return reading.relayout(state.withMeasure(measure).withMessage("Text width " + measure + note));
    }
}
