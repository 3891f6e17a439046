package pilcrow.view;

import java.util.ArrayList;
import java.util.List;
import pilcrow.app.Action;
import pilcrow.app.AppState;
import pilcrow.app.BookmarkList;
import pilcrow.app.Mark;
import pilcrow.app.Binding;
import pilcrow.app.LibraryMeasures;
import pilcrow.app.Geometry;
import pilcrow.app.Hit;
import pilcrow.app.KeyInput;
import pilcrow.app.KeyMap;
import pilcrow.app.KeyTables;
import pilcrow.app.LibrarySearch;
import pilcrow.app.LinkSpot;
import pilcrow.app.OutlineScreen;
import pilcrow.app.Prompt;
import pilcrow.app.ReaderState;
import pilcrow.app.Search;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.LinkTarget;
import pilcrow.core.doc.StyledSpan;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;
import pilcrow.core.model.Heading;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;
import pilcrow.library.LibraryDocument;
import pilcrow.view.Theme.Role;

/**
 * Renders an {@link AppState} into a {@link Frame}. Reads the state, never changes it, and does no
 * I/O. Every string that came from outside (titles, paths, messages, typed text) is passed through
 * {@link Sanitizer#line} here, whatever was done before.
 */
public final class View {

    static final String CURRENT_MARK = "\u258c";
    static final String SELECTED_MARK = "\u25b8";
    static final String BOOKMARK_MARK = "*";
    static final String SECTION_MARK = "\u00a7";
    static final String OUTLINE_FOOTER = "Enter go \u00b7 / filter \u00b7 j/k move \u00b7 q back";
    static final String LIST_FOOTER = "Enter open \u00b7 j/k move \u00b7 ? help \u00b7 q quit";

    private final TextMeasure measure;
    private final Theme theme;
    /**
     * The widest title of the entries last listed, kept while the entries are the same list: every
     * key in a list of 10,000 documents would otherwise measure 10,000 titles again.
     */
    private List<LibraryDocument> titlesMeasured;
    private int widestTitle;

    public View(TextMeasure measure, Theme theme) {
        this.measure = measure;
        this.theme = theme;
    }

    /** With the dark theme's colours, or none. */
    public View(TextMeasure measure, boolean colors) {
        this(measure, colors ? Theme.DARK : Theme.MONOCHROME);
    }

    public Frame render(AppState state) {
        Frame frame = new Frame(state.size().columns(), state.size().rows(), measure);
        if (frame.columns() == 0 || frame.rows() == 0) {
            return frame;
        }
        if (state.help() != null) {
            help(state, frame);
        } else if (state.screen() == AppState.Screen.LIST) {
            list(state, frame);
        } else if (state.screen() == AppState.Screen.RESULTS) {
            results(state, frame);
        } else if (state.screen() == AppState.Screen.BOOKMARKS) {
            bookmarks(state, frame);
        } else if (state.screen() == AppState.Screen.OUTLINE) {
            outline(state, frame);
        } else {
            reader(state, frame);
        }
        if (state.prompt() != null && state.screen() != AppState.Screen.READER) {
            prompt(state, frame);
        }
        return frame;
    }

    private Style color(Style style, Role role) {
        return theme.paint(style, role);
    }

    // ---- the document list ----

    private void list(AppState state, Frame frame) {
        int n = state.entries().size();
        String filter = state.list().filter();
        String header = " pilcrow \u00b7 " + Sanitizer.line(state.libraryName()) + " \u00b7 " + n
                + (n == 1 ? " document" : " documents");
        String shown = filter.isEmpty() ? "" : "filter \"" + Sanitizer.line(filter) + "\": "
                + state.list().visible().size() + " shown ";
        bar(frame, 0, header, shown);
        if (state.entries() != titlesMeasured) {
            titlesMeasured = state.entries();
            widestTitle = ListColumns.widestTitle(state.entries(), measure);
        }
        ListColumns columns = ListColumns.of(frame.columns(), widestTitle, measure);
        if (frame.rows() > 2) {
            columns.header(frame, 1, Style.DIM);
        }
        int rows = Geometry.listRows(state.size());
        List<Integer> visible = state.list().visible();
        for (int row = 0; row < rows; row++) {
            int index = state.list().top() + row;
            if (index >= visible.size()) {
                break;
            }
            boolean selected = index == state.list().selected();
            LibraryDocument entry = state.entries().get(visible.get(index));
            int y = 2 + row;
            Style base = listRow(frame, y, selected);
            columns.row(frame, y, entry, state.places().get(entry.path()), base,
                    selected ? base : Style.DIM);
            columns.highlightFilter(frame, y, entry, filter, base.withUnderline());
        }
        if (n == 0 && frame.rows() > 2) {
            frame.put(2, 2, "No documents here. Give pilcrow a file or a folder.", Style.DIM);
        }
        int pending = LibraryMeasures.pending(state.entries());
        String footer = pending == 0 ? working(state, LIST_FOOTER)
                : "Measuring documents\u2026 " + (n - pending) + "/" + n + " \u00b7 " + working(state, LIST_FOOTER);
        footer(frame, state.message().isEmpty() ? footer : state.message(), !state.message().isEmpty());
    }

    // ---- reading ----

    private void reader(AppState state, Frame frame) {
        ReaderState reader = state.reader();
        Geometry geometry = state.geometry();
        int textLeft = geometry.left() + geometry.gutter();
        java.util.Set<Integer> marked = new java.util.HashSet<>();
        state.marksOfEntry(reader.entry()).forEach(m -> marked.add(m.paragraph()));
        for (int row = 0; row < geometry.bodyRows(); row++) {
            int index = reader.top() + row;
            if (index >= reader.lines().size()) {
                break;
            }
            LayoutLine line = reader.lines().get(index);
            if (line.paragraph() > 0 && line.paragraph() == reader.current()) {
                frame.put(geometry.left(), row, CURRENT_MARK, color(Style.PLAIN, Role.ACCENT));
            }
            if (line.first() && marked.contains(line.paragraph()) && !reader.estimated()) {
                frame.put(geometry.left() + 1, row, BOOKMARK_MARK, color(Style.BOLD, Role.MARK));
            }
            if (state.numbers() && line.first() && line.paragraph() > 0 && !reader.estimated()) {
                frame.put(geometry.left() + 2, row, "\u00b6" + line.paragraph(), Style.DIM);
            }
            int x = frame.put(textLeft, row, line.prefix(), prefixStyle(line));
            drawText(frame, x, row, reader, index, textStyle(line), state.search());
        }
        frame.placeCursor(textLeft, currentParagraphRow(reader, geometry.bodyRows()));
        if (reader.paragraphCount() == 0 && geometry.bodyRows() > 2) {
            frame.put(textLeft, Math.min(2, geometry.bodyRows() - 1), "(this document is empty)", Style.DIM);
        }
        if (state.prompt() != null) {
            prompt(state, frame);
        } else {
            status(state, frame, reader, geometry);
        }
    }

    /**
     * The row where the current paragraph starts, for the cursor: a screen reader reads on from
     * there. A paragraph begun above the screen starts, as far as it shows, on the top row.
     */
    private static int currentParagraphRow(ReaderState reader, int rows) {
        if (reader.current() == 0) {
            return 0;
        }
        int row = reader.firstLineOf(reader.current()) - reader.top();
        return row < 0 || row >= rows ? 0 : row;
    }

    /**
     * A line's text, its links marked, and the parts that are matches of the search highlighted
     * over them (a match inside a link keeps its own look).
     */
    private void drawText(Frame frame, int x, int row, ReaderState reader, int index, Style style, Search search) {
        LayoutLine line = reader.lines().get(index);
        String text = line.text();
        frame.put(x, row, text, style);
        for (StyledSpan span : spansOf(reader, line, index)) {
            int from = Math.max(span.start(), line.start());
            int to = Math.min(span.end(), line.end());
            if (from < to) {
                drawPart(frame, x, row, text, from - line.start(), to - line.start(), theme.paintDocument(style, span.style()));
            }
        }
        for (LinkSpot spot : LinkSpot.on(reader, index, index + 1)) {
            int[] chars = spot.charsOn(line);
            if (chars != null) {
                Style look = spot.sameLink(reader.link())
                        ? color(Style.REVERSE.withBold(), Role.ACCENT) : color(Style.PLAIN.withUnderline(), Role.ACCENT);
                drawPart(frame, x, row, text, chars[0], chars[1],
                        look.withLink(LinkTarget.hyperlink(spot.link().target()).orElse(null)));
            }
        }
        for (Highlight h : Highlights.on(line, reader.window().placeAt(index), search)) {
            drawPart(frame, x, row, text, h.from(), h.to(), h.current() ? currentMatch() : otherMatch());
        }
    }

    /**
     * The colour spans of the paragraph a body line is in (a table is laid out in columns: none):
     * of a document laid out whole, or of the block at the line's place in a large file read on
     * demand, which its layout has just read (a piece of a huge paragraph has none).
     */
    private static List<StyledSpan> spansOf(ReaderState reader, LayoutLine line, int index) {
        if (line.kind() != LineKind.BODY || line.paragraph() <= 0 || line.blockKind() == BlockKind.TABLE) {
            return List.of();
        }
        if (reader.window().laidOutWhole()) {
            return reader.document().paragraph(line.paragraph()).spans();
        }
        long place = reader.window().placeAt(index);
        return place < 0 ? List.of() : reader.window().text().block(place).spans();
    }

    /** Chars {@code from} to {@code to} of a line's text drawn again, in {@code style}. */
    private void drawPart(Frame frame, int x, int row, String text, int from, int to, Style style) {
        frame.put(x + measure.width(text.substring(0, from)), row, text.substring(from, to), style);
    }

    /** The current match: reverse video, so it shows without colour too. */
    private Style currentMatch() {
        return color(Style.REVERSE.withBold(), Role.MARK);
    }

    /** Other matches: underlined (and coloured when colour is on). */
    private Style otherMatch() {
        return color(Style.PLAIN.withUnderline().withBold(), Role.MARK);
    }

    private Style prefixStyle(LayoutLine line) {
        return switch (line.blockKind()) {
            case LIST_ITEM -> color(Style.BOLD, Role.ACCENT);
            case HEADING -> color(Style.DIM, Role.HEADING);
            case QUOTE -> Style.DIM;
            default -> Style.PLAIN;
        };
    }

    private Style textStyle(LayoutLine line) {
        return switch (line.kind()) {
            case TITLE -> color(Style.BOLD, Role.HEADING);
            case SOURCE -> Style.DIM;
            case BLANK -> Style.PLAIN;
            case BODY -> switch (line.blockKind()) {
                case HEADING -> color(Style.BOLD, Role.HEADING);
                case CODE -> color(Style.PLAIN, Role.CODE);
                case QUOTE -> Style.DIM;
                default -> Style.PLAIN;
            };
        };
    }

    private void status(AppState state, Frame frame, ReaderState reader, Geometry geometry) {
        int total = reader.paragraphCount();
        String counter = matchCounter(state.search());
        String paragraphs = counter(reader);
        String where = (state.following() ? "following  " : "") + (counter.isEmpty() ? "" : counter + "  ")
                + "\u00b6" + paragraphs + "  " + reader.percent() + "% ";
        String left = state.message().isEmpty()
                ? " " + Sanitizer.line(reader.document().title()) + section(reader)
                : " " + Sanitizer.line(state.message());
        bar(frame, frame.rows() - 1, left, where);
    }

    /** A footer with the background work under way before it ("indexing 4,210/10,000 · ..."), if any. */
    private static String working(AppState state, String footer) {
        return state.working().isEmpty() ? footer : state.working() + " \u00b7 " + footer;
    }

    /** " § Installing": the heading of the section the reader is in, or "" before the first (or none known). */
    private static String section(ReaderState reader) {
        return reader.window().snapshot().outline().sectionOf(reader.current())
                .map(heading -> " " + SECTION_MARK + " " + Sanitizer.line(heading.text())).orElse("");
    }

    /**
     * "1,234/2,031,441", with "~" on the numbers that are estimates while a large document's index
     * is built, and how far the index has come.
     */
    static String counter(ReaderState reader) {
        pilcrow.app.Window window = reader.window();
        boolean complete = window.numbering().complete();
        String current = (reader.estimated() ? "~" : "") + grouped(reader.current());
        String total = (complete ? "" : "~") + grouped(reader.paragraphCount());
        return current + "/" + total + (complete ? "" : "  indexing " + window.numbering().percent() + "%");
    }

    /** A paragraph number as the status line shows it in every document: digits grouped, "1,234". */
    private static String grouped(int number) {
        return String.format(java.util.Locale.ROOT, "%,d", number);
    }

    /** "match 3/12", "no match", "searching 40%"; empty when there is no search. */
    public static String matchCounter(Search search) {
        if (search == null || search.query().pattern().isEmpty()) {
            return "";
        }
        int count = search.matches().size();
        String progress = search.running() && search.total() > 0
                ? " searching " + (int) ((long) search.scanned() * 100 / search.total()) + "%" : "";
        if (count == 0) {
            return (search.running() ? "" : "no match") + progress.strip();
        }
        String current = search.current() >= 0 ? String.valueOf(search.current() + 1) : "-";
        return "match " + current + "/" + count + (search.running() ? "+" : "") + progress;
    }

    /**
     * The prompt on the bottom row: its label, the text typed and a block cursor; to the right a
     * note (the match counter, or a message such as an invalid pattern), cut to the room left.
     */
    private void prompt(AppState state, Frame frame) {
        int y = frame.rows() - 1;
        frame.clearRow(y);
        String note = state.message().isEmpty() && state.prompt().kind() == Prompt.Kind.FIND
                ? matchCounter(state.search()) : Sanitizer.line(state.message());
        int x = frame.put(1, y, state.prompt().label(), Style.BOLD);
        x = frame.put(x, y, Sanitizer.line(state.prompt().text()), Style.PLAIN);
        frame.placeCursor(x, y);
        x = frame.put(x, y, " ", Style.REVERSE);
        if (!note.isEmpty()) {
            int noteStart = Math.max(x + 2, frame.columns() - measure.width(note) - 1);
            frame.putClipped(noteStart, y, note, state.message().isEmpty() ? Style.DIM : Style.BOLD, frame.columns());
        }
    }

    // ---- bookmarks ----

    private void bookmarks(AppState state, Frame frame) {
        BookmarkList list = state.bookmarkList();
        List<Mark> shown = list.shown(state);
        String which = list.all() || list.entry() < 0 ? "all documents"
                : "this document (a: all documents)";
        bar(frame, 0, " Bookmarks \u00b7 " + shown.size() + " \u00b7 " + which, "");
        int rows = Geometry.listRows(state.size());
        for (int row = 0; row < rows; row++) {
            int index = list.list().top() + row;
            if (index >= shown.size()) {
                break;
            }
            Mark mark = shown.get(index);
            boolean selected = index == list.list().selected();
            int y = 2 + row;
            Style base = listRow(frame, y, selected);
            int titleWidth = Math.min(30, Math.max(8, frame.columns() / 4));
            frame.putClipped(2, y, Sanitizer.line(titleOf(state, mark)), selected ? base : Style.DIM,
                    2 + titleWidth);
            int x = frame.put(3 + titleWidth, y, "\u00b6" + mark.paragraph(), selected ? base : color(Style.BOLD, Role.ACCENT));
            x = Math.max(x + 1, 3 + titleWidth + 6);
            String section = sectionOf(state, mark);
            if (!section.isEmpty()) {
                int sectionEnd = Math.min(frame.columns(), x + Math.max(8, frame.columns() / 5));
                x = frame.putClipped(x, y, section, selected ? base : color(Style.PLAIN, Role.HEADING), sectionEnd) + 2;
            }
            if (!mark.note().isEmpty()) {
                x = frame.put(x, y, Sanitizer.line(mark.note()) + "  ", base.withBold());
            }
            frame.putClipped(x, y, Sanitizer.line(mark.quote()) + (quoteIsCut(state, mark) ? "\u2026" : ""),
                    selected ? base : Style.DIM, frame.columns());
        }
        if (shown.isEmpty() && frame.rows() > 2) {
            frame.put(2, 2, state.entries().stream().allMatch(LibraryDocument::piped)
                    ? "No bookmarks: piped text has no file to keep them for."
                    : "No bookmarks yet: m in a document makes one.", Style.DIM);
        }
        footer(frame, state.message().isEmpty() ? "Enter go \u00b7 d delete \u00b7 u undo \u00b7 e edit note \u00b7 q back"
                : state.message(), !state.message().isEmpty());
    }

    /**
     * Whether a bookmark's quote stops short of its paragraph (it then ends in "…"): told by the
     * paragraph when its document is read; otherwise by its length (a quote as long as quotes get
     * was most likely cut).
     */
    private static boolean quoteIsCut(AppState state, Mark mark) {
        LibraryDocument entry = state.entries().stream()
                .filter(e -> e.path().equals(mark.documentPath()) && e.document() != null)
                .findFirst().orElse(null);
        // A large row's document is a stand-in without paragraphs: the length tells there.
        if (entry != null && mark.paragraph() >= 1 && mark.paragraph() <= entry.document().paragraphCount()) {
            return entry.document().paragraph(mark.paragraph()).text().length() > mark.quote().length();
        }
        return mark.quote().length() >= pilcrow.core.doc.Anchors.QUOTE_LENGTH - 1;
    }

    /**
     * "§ Install": the section a bookmark is in, from its document's outline when the document is
     * read and its headings are known (a large file read on demand does not know them); else "".
     */
    private static String sectionOf(AppState state, Mark mark) {
        return state.entries().stream().filter(e -> e.path().equals(mark.documentPath()) && e.text() != null)
                .findFirst().flatMap(e -> e.text().outline().sectionOf(mark.paragraph()))
                .map(heading -> SECTION_MARK + " " + Sanitizer.line(heading.text())).orElse("");
    }

    /** A bookmark's document title, when the document is in the library; else its path. */
    private static String titleOf(AppState state, Mark mark) {
        return state.entries().stream().filter(e -> e.path().equals(mark.documentPath())).findFirst()
                .map(LibraryDocument::title).orElse(mark.documentPath());
    }

    // ---- the outline ----

    /**
     * The headings, indented by level below the shallowest, each with its paragraph number; the
     * section the reader is in marked as the reader marks its paragraph.
     */
    private void outline(AppState state, Frame frame) {
        OutlineScreen screen = state.outlineScreen();
        List<Heading> headings = screen.outline().headings();
        String filter = screen.list().filter();
        String shown = filter.isEmpty() ? "" : "filter \"" + Sanitizer.line(filter) + "\": "
                + screen.list().visible().size() + " shown ";
        bar(frame, 0, " Outline \u00b7 " + Sanitizer.line(state.reader().document().title()) + " \u00b7 "
                + headings.size() + (headings.size() == 1 ? " heading" : " headings"), shown);
        int shallowest = headings.stream().mapToInt(Heading::level).min().orElse(1);
        int numberWidth = 1 + String.valueOf(headings.isEmpty() ? 1 : headings.get(headings.size() - 1).number()).length();
        int rows = Geometry.listRows(state.size());
        List<Integer> visible = screen.list().visible();
        for (int row = 0; row < rows && screen.list().top() + row < visible.size(); row++) {
            int index = screen.list().top() + row;
            int heading = visible.get(index);
            boolean selected = index == screen.list().selected();
            int y = 2 + row;
            Style base = listRow(frame, y, selected);
            if (heading == screen.current()) {
                frame.put(1, y, CURRENT_MARK, selected ? base : color(Style.PLAIN, Role.ACCENT));
            }
            Heading at = headings.get(heading);
            frame.put(3, y, "\u00b6" + at.number(), selected ? base : Style.DIM);
            String indent = "  ".repeat(Math.max(0, at.level() - shallowest));
            frame.putClipped(4 + numberWidth, y, indent + Sanitizer.line(at.text()), base, frame.columns());
        }
        if (visible.isEmpty() && frame.rows() > 2) {
            frame.put(2, 2, !screen.outline().known() ? OutlineScreen.NOT_KNOWN + " yet."
                    : headings.isEmpty() ? "No headings in this document." : "No heading matches the filter.", Style.DIM);
        }
        footer(frame, state.message().isEmpty() ? OUTLINE_FOOTER : state.message(), !state.message().isEmpty());
    }

    // ---- library search results ----

    private void results(AppState state, Frame frame) {
        LibrarySearch search = state.librarySearch();
        long documents = search.hits().stream().mapToInt(Hit::entry).distinct().count();
        String header = " Find in library: " + Sanitizer.line(search.query().pattern()) + " \u00b7 "
                + search.hits().size() + (search.hits().size() == 1 ? " match" : " matches")
                + " in " + documents + (documents == 1 ? " document" : " documents")
                + (search.ranked() ? " \u00b7 best first" : "");
        // Inside a large document the count stands still for a while: say how far into it.
        String part = search.partPerMille() > 0 ? " (" + search.partPerMille() / 10 + "% of a large one)" : "";
        String progress = search.running() ? "searching " + search.scanned() + "/" + search.total() + part + " " : "";
        bar(frame, 0, header, progress);
        int rows = Geometry.listRows(state.size());
        List<Hit> shown = search.shown();
        for (int row = 0; row < rows; row++) {
            int index = search.list().top() + row;
            if (index >= shown.size()) {
                break;
            }
            boolean selected = index == search.list().selected();
            int y = 2 + row;
            Style base = listRow(frame, y, selected);
            hitRow(state, frame, y, shown.get(index), base);
        }
        if (search.hits().isEmpty() && !search.running() && frame.rows() > 2) {
            frame.put(2, 2, "No matches.", Style.DIM);
        }
        String footer = working(state, search.running() ? "Esc stop \u00b7 Enter open \u00b7 j/k move"
                : "Enter open \u00b7 j/k move \u00b7 q back");
        footer(frame, state.message().isEmpty() ? footer : state.message(), !state.message().isEmpty());
    }

    /** One hit: the document's title, ¶N, and the snippet with the match highlighted. */
    private void hitRow(AppState state, Frame frame, int y, Hit hit, Style base) {
        LibraryDocument entry = state.entries().get(hit.entry());
        int titleWidth = Math.min(30, Math.max(8, frame.columns() / 4));
        frame.putClipped(2, y, Sanitizer.line(entry.title()), base.reverse() ? base : Style.DIM,
                2 + titleWidth);
        String where = hit.match().inTitle() ? "title" : hit.match().inSource() ? "source" : "\u00b6" + hit.match().paragraph();
        int x = frame.put(3 + titleWidth, y, where, base.reverse() ? base : color(Style.BOLD, Role.ACCENT));
        x = Math.max(x + 1, 3 + titleWidth + 7);
        x = frame.put(x, y, oneLine(hit.snippet().before()), base);
        x = frame.put(x, y, oneLine(hit.snippet().match()), base.reverse() ? Style.PLAIN.withBold() : currentMatch());
        frame.putClipped(x, y, oneLine(hit.snippet().after()), base, frame.columns());
    }

    private static String oneLine(String text) {
        return Sanitizer.line(text.replace('\n', ' '));
    }

    // ---- help ----

    private void help(AppState state, Frame frame) {
        List<HelpLine> lines = helpLines(frame.columns(), state.keys());
        int rows = frame.rows() - 1;
        int top = Math.min(state.help().top(), Math.max(0, lines.size() - rows));
        boolean more = top + rows < lines.size();
        for (int row = 0; row < rows && top + row < lines.size(); row++) {
            HelpLine line = lines.get(top + row);
            frame.put(line.keysX(), row, line.keys(), line.heading()
                    ? color(Style.BOLD, Role.HEADING) : color(Style.BOLD, Role.ACCENT));
            frame.put(line.textX(), row, line.text(), Style.PLAIN);
        }
        footer(frame, helpFooter(state.keys(), more), false);
    }

    /** The help's footer, naming the keys in force that scroll it (the reader's line and page keys). */
    static String helpFooter(KeyTables tables, boolean more) {
        KeyMap reader = tables.of(AppState.Screen.READER);
        String down = firstKey(reader, Action.LINE_DOWN) + "/" + firstKey(reader, Action.LINE_UP);
        return more ? "more: " + down + "/" + firstKey(reader, Action.PAGE_DOWN) + " \u00b7 other keys close"
                : down + " scroll \u00b7 other keys close";
    }

    private static String firstKey(KeyMap table, Action action) {
        return table.binding(action).map(b -> b.keys().get(0).label()).orElse("?");
    }

    /** A row of the help screen: a heading, or keys and what they do. */
    record HelpLine(boolean heading, int keysX, String keys, int textX, String text) {
    }

    static final int HELP_KEYS_COLUMN = 22;
    static final int HELP_MIN_TEXT = 24;

    /**
     * The help screen's rows, from the same key tables that dispatch keys. On a narrow screen the
     * words go under their keys instead of beside them.
     */
    static List<HelpLine> helpLines(int columns, KeyTables tables) {
        boolean beside = columns >= 3 + HELP_KEYS_COLUMN + HELP_MIN_TEXT;
        List<HelpLine> lines = new ArrayList<>();
        lines.add(new HelpLine(true, 1, "pilcrow: keys", 0, ""));
        for (KeyMap map : tables.all()) {
            lines.add(new HelpLine(true, 1, "", 0, ""));
            lines.add(new HelpLine(true, 1, map.title(), 0, ""));
            for (Binding binding : map.bindings()) {
                String keys = binding.label();
                if (beside) {
                    lines.add(new HelpLine(false, 3, keys, 3 + HELP_KEYS_COLUMN, binding.help()));
                } else {
                    lines.add(new HelpLine(false, 2, keys, 0, ""));
                    lines.add(new HelpLine(false, 0, "", 5, binding.help()));
                }
            }
        }
        lines.add(new HelpLine(true, 1, "", 0, ""));
        lines.add(new HelpLine(true, 1, MOUSE_TITLE, 0, ""));
        for (String[] use : MOUSE_USES) {
            if (beside) {
                lines.add(new HelpLine(false, 3, use[0], 3 + HELP_KEYS_COLUMN, use[1]));
            } else {
                lines.add(new HelpLine(false, 2, use[0], 0, ""));
                lines.add(new HelpLine(false, 0, "", 5, use[1]));
            }
        }
        return lines;
    }

    /** The mouse is not a key table (nothing of it is rebound), so the help lists it on its own. */
    static final String MOUSE_TITLE = "Mouse (--mouse, or mouse = on in the settings)";
    static final List<String[]> MOUSE_USES = List.of(
            new String[] {"Wheel", "scroll the document 3 lines; move a list's selection"},
            new String[] {"Click", "select a list's row; follow a link in the document"},
            new String[] {"Double click", "open a list's row"},
            new String[] {"Shift+drag", "the terminal selects text (iTerm2: Option+drag)"});

    /** A list's row, the selected one marked and holding the cursor (screen readers follow it). */
    private static Style listRow(Frame frame, int y, boolean selected) {
        Style base = selected ? Style.REVERSE.withBold() : Style.PLAIN;
        frame.fill(0, y, frame.columns(), base);
        frame.put(0, y, selected ? SELECTED_MARK : " ", base);
        if (selected) {
            frame.placeCursor(0, y);
        }
        return base;
    }

    // ---- bars ----

    private void bar(Frame frame, int y, String left, String right) {
        Style style = Style.REVERSE;
        frame.fill(0, y, frame.columns(), style);
        int rightWidth = measure.width(right);
        int rightStart = Math.max(0, frame.columns() - rightWidth);
        frame.putClipped(0, y, left, style, Math.max(0, rightStart - 1));
        frame.put(rightStart, y, right, style);
    }

    private void footer(Frame frame, String text, boolean message) {
        int y = frame.rows() - 1;
        if (y < 1) {
            return;
        }
        frame.fill(0, y, frame.columns(), message ? Style.BOLD : Style.DIM);
        // A message too long for the line ends in "…", so it is seen to go on.
        frame.putClipped(1, y, Sanitizer.line(text), message ? Style.BOLD : Style.DIM, frame.columns());
    }
}
