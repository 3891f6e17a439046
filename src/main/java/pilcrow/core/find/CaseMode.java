package pilcrow.core.find;

/** How letter case counts in a search. */
public enum CaseMode {
    /** Case-insensitive unless the pattern has a capital letter, as in less -i and vim's smartcase. */
    SMART,
    SENSITIVE,
    INSENSITIVE
}
