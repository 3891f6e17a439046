package pilcrow.app;

/** What a key asks for. Key tables map keys to these; {@link App#update} carries them out. */
public enum Action {
    LINE_DOWN, LINE_UP, PAGE_DOWN, PAGE_UP, HALF_DOWN, HALF_UP, TOP, BOTTOM,
    NEXT_PARAGRAPH, PREVIOUS_PARAGRAPH, GOTO_PROMPT, TOGGLE_NUMBERS, NARROWER, WIDER,
    OPEN, BACK, QUIT, HELP, REPAINT,
    PROMPT_SUBMIT, PROMPT_CANCEL, PROMPT_DELETE
}
