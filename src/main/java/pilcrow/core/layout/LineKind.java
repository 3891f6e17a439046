package pilcrow.core.layout;

/** What a laid-out line shows, so a view can style it. */
public enum LineKind {
    TITLE,
    BLANK,
    BODY,
    SOURCE
}
