package pilcrow.view;

import java.util.List;
import pilcrow.app.Place;
import pilcrow.core.find.FuzzyFilter;
import pilcrow.core.text.Clip;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;
import pilcrow.library.LibraryDocument;

/**
 * The document list's columns for a screen width: title, paragraphs, words, reading progress,
 * path. Narrow screens drop the path, then the numbers, never the title.
 */
record ListColumns(int titleX, int titleWidth, int parasX, int wordsX, int readX, int pathX, int width,
                   TextMeasure measure) {

    static final int NUMBER_WIDTH = 5;
    static final int WORDS_WIDTH = 6;
    static final int READ_WIDTH = 4;
    static final int MIN_PATH = 12;
    static final int MIN_TITLE = 20;
    static final String TITLE_HEADER = "TITLE";
    /** PARAS and WORDS of a row not measured yet. */
    static final String PENDING = "\u2026";

    /** The widest title as shown, in cells (10 for an empty list). */
    static int widestTitle(List<LibraryDocument> entries, TextMeasure measure) {
        return entries.stream().mapToInt(e -> measure.width(Sanitizer.line(e.title()))).max().orElse(10);
    }

    /** @param longest the widest title, from {@link #widestTitle} */
    static ListColumns of(int width, int widestTitle, TextMeasure measure) {
        // The column is never narrower than its header, which the next column would cut ("TIPARAS").
        int longest = Math.max(widestTitle, TITLE_HEADER.length());
        int numbers = 1 + NUMBER_WIDTH + 1 + WORDS_WIDTH + 1 + READ_WIDTH;
        boolean showNumbers = width >= 2 + 12 + numbers;
        int rest = width - 2 - (showNumbers ? numbers : 0);
        int pathRoom = 2 + MIN_PATH;
        int titleWidth;
        int titleShare = Math.max(MIN_TITLE, rest * 3 / 5);
        if (rest >= longest + pathRoom) {
            titleWidth = longest;
        } else if (rest >= titleShare + pathRoom) {
            titleWidth = titleShare;
        } else if (rest >= MIN_TITLE + pathRoom) {
            titleWidth = rest - pathRoom;
        } else {
            titleWidth = Math.max(1, rest);
        }
        int x = 2 + titleWidth;
        int parasX = showNumbers ? x + 1 : -1;
        int wordsX = showNumbers ? parasX + NUMBER_WIDTH + 1 : -1;
        int readX = showNumbers ? wordsX + WORDS_WIDTH + 1 : -1;
        int end = showNumbers ? readX + READ_WIDTH : x;
        int pathX = width - end - 2 >= MIN_PATH ? end + 2 : -1;
        return new ListColumns(2, titleWidth, parasX, wordsX, readX, pathX, width, measure);
    }

    void header(Frame frame, int y, Style style) {
        frame.putClipped(titleX, y, TITLE_HEADER, style, titleX + Math.max(titleWidth, TITLE_HEADER.length()));
        if (parasX >= 0) {
            rightAligned(frame, parasX, NUMBER_WIDTH, y, "PARAS", style);
            rightAligned(frame, wordsX, WORDS_WIDTH, y, "WORDS", style);
            rightAligned(frame, readX, READ_WIDTH, y, "READ", style);
        }
        if (pathX >= 0) {
            frame.put(pathX, y, "PATH", style);
        }
    }

    /** How far through {@code count} paragraphs the place is; {@code ~} while the count is an estimate. */
    private static String readOf(Place place, int count, boolean exact) {
        String percent = place.percentOf(count) + "%";
        return exact || percent.length() >= READ_WIDTH ? percent : "~" + percent;
    }

    /** @param place where the document was left, or null when it has not been read */
    void row(Frame frame, int y, LibraryDocument entry, Place place, Style style, Style pathStyle) {
        String title = Sanitizer.line(entry.title());
        frame.putClipped(titleX, y, title, style, titleX + titleWidth);
        if (parasX >= 0) {
            if (entry.readable() && !entry.measured()) {
                // A large library's row before the background pass has measured it.
                rightAligned(frame, parasX, NUMBER_WIDTH, y, PENDING, style);
                rightAligned(frame, wordsX, WORDS_WIDTH, y, PENDING, style);
            } else if (entry.readable()) {
                // A large document is numbered as it is indexed (~ until done); its words are not counted.
                int count = entry.paragraphCount();
                boolean exact = entry.countExact();
                int words = entry.wordCount();
                rightAligned(frame, parasX, NUMBER_WIDTH, y, compact(exact ? "" : "~", count, NUMBER_WIDTH), style);
                rightAligned(frame, wordsX, WORDS_WIDTH, y,
                        words < 0 ? "-" : compact("", words, WORDS_WIDTH), style);
                if (place != null) {
                    rightAligned(frame, readX, READ_WIDTH, y, readOf(place, count, exact), style);
                }
            } else {
                frame.putClipped(parasX + 1, y, "(" + Sanitizer.line(entry.problem()) + ")", style, width);
            }
        }
        if (pathX >= 0 && entry.readable()) {
            // Cut in the middle, at folders: the file name and where the path starts stay whole.
            int end = Math.min(width, frame.columns());
            frame.put(pathX, y, Clip.middle(Sanitizer.line(entry.path()), end - pathX, measure), pathStyle, end);
        }
    }

    /** Underlines the letters of the title (or else the path) that the list filter matched. */
    void highlightFilter(Frame frame, int y, LibraryDocument entry, String filter, Style style) {
        if (filter.isEmpty()) {
            return;
        }
        String title = Sanitizer.line(entry.title());
        int[] positions = FuzzyFilter.match(filter, title);
        int x = titleX;
        String text = title;
        int limit = titleX + titleWidth;
        if (positions == null && pathX >= 0) {
            text = Sanitizer.line(entry.path());
            positions = FuzzyFilter.match(filter, text);
            x = pathX;
            limit = width;
        }
        if (positions == null) {
            return;
        }
        for (int position : positions) {
            int column = x + measureBefore(text, position);
            if (column < limit - 1) {
                frame.restyle(column, y, style);
            }
        }
    }

    private int measureBefore(String text, int index) {
        return measure.width(text.substring(0, index));
    }

    /**
     * A count that fits {@code width} cells: as it is when it fits, else in thousands or millions
     * ({@code 2.0M}, {@code 340k}), so a large document's 2,031,441 paragraphs never lose digits.
     */
    static String compact(String prefix, long count, int width) {
        String plain = prefix + count;
        if (plain.length() <= width) {
            return plain;
        }
        for (String[] unit : new String[][] {{"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}}) {
            double scaled = count / Double.parseDouble(unit[1]);
            String oneDecimal = prefix + String.format(java.util.Locale.ROOT, "%.1f", scaled) + unit[0];
            if (scaled < 10 && oneDecimal.length() <= width) {
                return oneDecimal;
            }
            String whole = prefix + Math.round(scaled) + unit[0];
            if (whole.length() <= width) {
                return whole;
            }
        }
        return plain;
    }

    private static void rightAligned(Frame frame, int x, int width, int y, String text, Style style) {
        frame.put(x + Math.max(0, width - text.length()), y, text, style, x + width);
    }
}
