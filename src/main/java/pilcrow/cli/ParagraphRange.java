package pilcrow.cli;

/** A range of paragraph numbers given as {@code N} or {@code N..M}, checked against a document. */
record ParagraphRange(int from, int to) {

    /** @throws IllegalArgumentException with a one-line message fit for the user */
    static ParagraphRange parse(String text, int count) {
        String[] parts = text.strip().split("\\.\\.", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("bad paragraph range '" + text + "': use N or N..M");
        }
        int from = number(parts[0], text);
        int to = parts.length == 2 ? number(parts[1], text) : from;
        if (from > to) {
            throw new IllegalArgumentException("bad paragraph range '" + text + "': " + from + " is after " + to);
        }
        if (to > count) {
            throw new IllegalArgumentException("no paragraph " + to + ": the document has " + count);
        }
        return new ParagraphRange(from, to);
    }

    private static int number(String part, String whole) {
        try {
            int n = Integer.parseInt(part.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bad paragraph range '" + whole + "': paragraphs are numbered from 1");
    }
}
