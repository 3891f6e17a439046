package pilcrow.shell;

/**
 * One completion candidate.
 *
 * @param value       what Tab puts on the line
 * @param description shown beside it when there are several
 * @param complete    a whole word: a space follows it
 */
public record Suggestion(String value, String description, boolean complete) {
}
