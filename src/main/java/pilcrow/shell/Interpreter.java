package pilcrow.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import pilcrow.core.doc.Anchors;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.model.DocumentText;
import pilcrow.core.doc.Link;
import pilcrow.core.doc.LinkTarget;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;
import pilcrow.library.BookmarkPlacer;
import pilcrow.library.TextCandidate;
import pilcrow.library.DocumentChooser;
import pilcrow.library.OutlineLines;
import pilcrow.library.ParagraphWalk;
import pilcrow.library.DocumentChooser.Choice;
import pilcrow.library.Stepper;
import pilcrow.shell.Commands.Command;
import pilcrow.store.Bookmark;
import pilcrow.store.Position;

/**
 * The line mode's commands: a line in, a {@link Reply} out. It keeps where the reader is (the open
 * document, the paragraph last printed, the last search) and keeps bookmarks, positions and search
 * history through a {@link ShellStore}. No terminal here: the JLine adapter and the script runner
 * only print what it returns, so tests drive it with lines and compare text.
 */
public final class Interpreter {

    /**
     * Where the reader is: the open document (-1: none), the paragraph last printed (0: none yet)
     * and its place in the text (-1: none), from which next and prev walk without a numbering.
     */
    private record Session(int document, int paragraph, long place, Search search) {
        static final Session START = new Session(-1, 0, -1, null);

        Session at(int paragraph, long place) {
            return new Session(document, paragraph, place, search);
        }

        Session with(Search search) {
            return new Session(document, paragraph, place, search);
        }
    }

    /** The last search: its pattern, the document searched, its matches, and the one shown (-1: none yet). */
    private record Search(String pattern, int document, List<Match> matches, int shown) {
    }

    /** A bookmark and where it is in this library now. */
    record Place(Bookmark bookmark, int document, int paragraph, String status) {
        boolean found() {
            return document >= 0;
        }
    }

    private final List<ShellDocument> documents;
    private final ShellStore store;
    private final Text text;
    /** Places bookmarks in this library; made the first time a bookmark is looked at. */
    private BookmarkPlacer<TextCandidate> placer;
    private Session session = Session.START;

    public Interpreter(List<ShellDocument> documents, ShellStore store, TextMeasure measure) {
        this.documents = List.copyOf(documents);
        this.store = store;
        this.text = new Text(measure);
    }

    /**
     * Runs one line.
     *
     * @param width the width to wrap to, or 0 not to wrap
     */
    public Reply execute(String line, int width) {
        String input = line.strip();
        if (input.isEmpty()) {
            return next(width);
        }
        if (input.startsWith("#")) {
            return Reply.of("");
        }
        if (input.startsWith("/") && input.length() > 1) {
            return find(input.substring(1).strip(), width);
        }
        String[] parts = input.split("\\s+", 2);
        String argument = parts.length > 1 ? unquote(parts[1].strip()) : "";
        Optional<Command> named = Commands.named(parts[0]);
        if (named.isEmpty()) {
            return Reply.failure("unknown command '" + Sanitizer.line(parts[0]) + "': help lists the commands");
        }
        Command command = named.get();
        if (command.arg() == Commands.Arg.NONE && !argument.isEmpty()) {
            return Reply.failure(command.name() + " takes nothing after it (got '" + Sanitizer.line(argument) + "')");
        }
        if (command == Commands.LIST) {
            return list(width);
        } else if (command == Commands.OPEN) {
            return open(argument, width);
        } else if (command == Commands.NEXT) {
            return next(width);
        } else if (command == Commands.PREV) {
            return previous(width);
        } else if (command == Commands.PRINT) {
            return print(argument, width);
        } else if (command == Commands.WHERE) {
            return where(width);
        } else if (command == Commands.OUTLINE) {
            return outline(width);
        } else if (command == Commands.SECTION) {
            return section(argument, width);
        } else if (command == Commands.LINKS) {
            return links(width);
        } else if (command == Commands.FOLLOW) {
            return follow(argument, width);
        } else if (command == Commands.FIND) {
            return find(argument, width);
        } else if (command == Commands.FIND_NEXT || command == Commands.FIND_PREV) {
            return step(command == Commands.FIND_NEXT, width);
        } else if (command == Commands.BOOKMARK) {
            return bookmark(argument, width);
        } else if (command == Commands.BOOKMARKS) {
            return bookmarks(width);
        } else if (command == Commands.JUMP) {
            return jump(argument, width);
        } else if (command == Commands.HELP) {
            return help(argument, width);
        }
        return Reply.quitting();
    }

    /** A message as the shell prints it: sanitized, wrapped to {@code width} (0: not wrapped). */
    public String message(String message, int width) {
        return text.line(message, width);
    }

    /** The documents, for the greeting and completion. */
    public List<ShellDocument> documents() {
        return documents;
    }

    // ---- the library ----

    private Reply list(int width) {
        if (documents.isEmpty()) {
            return Reply.of(text.line("the library is empty", width));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            ShellDocument entry = documents.get(i);
            String about = entry.readable() ? paragraphs(entry) : "cannot be opened: " + entry.problem();
            String current = i == session.document() ? ", open" : "";
            out.append(text.line((i + 1) + ". " + entry.title() + " (" + about + current + ")", width));
        }
        return Reply.of(out.toString());
    }

    private Reply open(String argument, int width) {
        if (argument.isEmpty()) {
            return Reply.failure("open what? Give a number from list, or part of a title");
        }
        int index;
        try {
            index = choose(argument);
        } catch (IllegalArgumentException e) {
            return Reply.failure(e.getMessage());
        }
        ShellDocument entry = documents.get(index);
        if (!entry.readable()) {
            return Reply.failure("cannot open " + Sanitizer.line(entry.path()) + ": " + Sanitizer.line(entry.problem()));
        }
        entry.start(); // a large text is numbered from now on, in the background
        String header = entry.title() + " (" + paragraphs(entry) + ")";
        boolean empty = entry.text().first() < 0;
        int paragraph = empty ? 0 : 1;
        Optional<Position> saved = store.position(entry.path());
        if (saved.isPresent() && !empty) {
            int wanted = saved.get().paragraph();
            paragraph = wanted <= 1 ? 1 : Math.max(1, Math.min(entry.numbered(wanted).numbering().count(), wanted));
            header += ", resuming at \u00b6" + paragraph;
        }
        session = new Session(index, 0, -1, session.search());
        return Reply.of(text.line(header, width) + (paragraph == 0 ? "" : show(paragraph, width)));
    }

    /** The document {@code argument} names ({@link DocumentChooser}), in the shell's words when none. */
    private int choose(String argument) {
        Choice choice = DocumentChooser.choose(argument, documents.stream().map(ShellDocument::title).toList(),
                i -> true);
        if (choice instanceof DocumentChooser.Chosen chosen) {
            return chosen.index();
        }
        if (choice instanceof DocumentChooser.NoSuchNumber outside) {
            throw new IllegalArgumentException("no document " + outside.number() + " (the library has "
                    + outside.size() + ")");
        }
        throw new IllegalArgumentException(choice instanceof DocumentChooser.Ambiguous ambiguous
                ? "'" + Sanitizer.line(argument) + "' matches " + ambiguous.count()
                        + " documents: give more of the title, or its number"
                : "no document matches '" + Sanitizer.line(argument) + "' (list shows them)");
    }

    // ---- reading ----

    private Reply next(int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        DocumentText open = open().text();
        long after = session.paragraph() == 0 ? open.first() : ParagraphWalk.after(open, session.place());
        if (after < 0) {
            String source = open.source().map(s -> text.line("\u2014 " + s, width)).orElse("");
            return Reply.of(source + text.line("end of the document (\u00b6" + session.paragraph()
                    + " is the last)", width));
        }
        return Reply.of(show(session.paragraph() + 1, after, width));
    }

    private Reply previous(int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        if (session.paragraph() <= 1) {
            return Reply.of(text.line("beginning of the document (\u00b61 is the first)", width));
        }
        return Reply.of(show(session.paragraph() - 1, ParagraphWalk.before(open().text(), session.place()), width));
    }

    private Reply print(String argument, int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        if (argument.isEmpty()) {
            return session.paragraph() == 0 ? Reply.failure("no paragraph printed yet: next prints \u00b61")
                    : Reply.of(show(session.paragraph(), session.place(), width));
        }
        String[] ends = argument.split("\\.\\.", -1);
        if (ends.length > 2 || !ends[0].strip().matches("\\d{1,9}")
                || (ends.length == 2 && !ends[1].strip().matches("\\d{1,9}"))) {
            return Reply.failure("bad paragraph number '" + Sanitizer.line(argument) + "': use p N or p N..M");
        }
        int from = Integer.parseInt(ends[0].strip());
        int to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
        // Waits for a large text's numbering to reach the paragraph, as less counts lines to one.
        Optional<Reply> stopped = numberingStopped(Math.max(from, to));
        if (stopped.isPresent()) {
            return stopped.get();
        }
        int count = open().numbered(Math.max(from, to)).numbering().count();
        for (int n : new int[] {from, to}) {
            if (n < 1 || n > count) {
                return Reply.failure("no such paragraph: " + n + " (the document has " + count + ")");
            }
        }
        if (from > to) {
            return Reply.failure("bad paragraph range '" + Sanitizer.line(argument) + "': " + from + " is after " + to);
        }
        StringBuilder out = new StringBuilder();
        long place = placeOf(from);
        for (int n = from; n <= to; n++, place = ParagraphWalk.after(open().text(), place)) {
            out.append(show(n, place, width));
        }
        return Reply.of(out.toString());
    }

    private Reply where(int width) {
        if (session.document() < 0) {
            return Reply.of(text.line("no document open; the library has " + count(documents.size(), "document")
                    + " (list shows them)", width));
        }
        ShellDocument open = open();
        String count = open.counted() ? String.valueOf(open.paragraphs()) : "about " + grouped(open.paragraphs());
        String place = session.paragraph() == 0 ? "before \u00b61" : "\u00b6" + session.paragraph();
        String found = "";
        Search search = session.search();
        if (search != null && search.document() == session.document() && search.shown() >= 0
                && search.matches().get(search.shown()).paragraph() == session.paragraph()) {
            found = "; match " + (search.shown() + 1) + " of " + search.matches().size()
                    + " for '" + search.pattern() + "'";
        }
        return Reply.of(text.line(documents.get(session.document()).title() + ": " + place + " of " + count + found,
                width));
    }

    // ---- the outline ----

    /** The open document's headings, numbered for {@code section}, as {@code show --outline} prints them. */
    private Reply outline(int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        Outline outline = open().now().outline();
        if (outline.headings().isEmpty()) {
            return Reply.of(text.line(outline.known() ? "no headings in " + open().title() : headingsNotKnown(), width));
        }
        StringBuilder out = new StringBuilder();
        List<String> lines = OutlineLines.of(outline);
        for (int i = 0; i < lines.size(); i++) {
            out.append(text.line((i + 1) + ". " + lines.get(i), width));
        }
        return Reply.of(out.toString());
    }

    /** Why a large document lists no headings. */
    private String headingsNotKnown() {
        return "the headings of " + open().title() + " are not known: a large document is read on demand";
    }

    /** {@code section N}: heading N of the outline printed, and made the current paragraph. */
    private Reply section(String argument, int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        if (argument.isEmpty()) {
            return Reply.failure("section which? Give its number from outline");
        }
        if (!argument.matches("\\d{1,9}")) {
            return Reply.failure("bad section number '" + Sanitizer.line(argument) + "': outline lists them");
        }
        Outline outline = open().now().outline();
        List<Heading> headings = outline.headings();
        int wanted = Integer.parseInt(argument);
        if (headings.isEmpty()) {
            return Reply.failure("no section " + wanted + ": "
                    + (outline.known() ? open().title() + " has no headings" : headingsNotKnown()));
        }
        if (wanted < 1 || wanted > headings.size()) {
            return Reply.failure("no section " + wanted + ": the outline has " + headings.size() + " (outline lists them)");
        }
        return Reply.of(show(headings.get(wanted - 1).number(), width));
    }

    // ---- links ----

    /** {@code links}: the current paragraph's links, numbered for {@code follow}, each with its target. */
    private Reply links(int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        List<Link> links = currentLinks();
        if (links.isEmpty()) {
            return Reply.of(text.line("no links in \u00b6" + session.paragraph(), width));
        }
        String words = ParagraphWalk.block(open().text(), session.paragraph(), session.place()).text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            out.append(text.line((i + 1) + ". " + words.substring(link.start(), link.end()) + " \u2192 "
                    + link.target(), width));
        }
        return Reply.of(out.toString());
    }

    /** {@code follow N}: link N of the current paragraph followed as the reader follows it. */
    private Reply follow(String argument, int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        List<Link> links = currentLinks();
        if (!argument.matches("\\d{1,9}") || Integer.parseInt(argument) < 1 || Integer.parseInt(argument) > links.size()) {
            return Reply.failure(argument.isEmpty() ? "follow which? Give its number from links"
                    : "no link '" + Sanitizer.line(argument) + "' here: \u00b6" + session.paragraph() + " has "
                    + links.size() + " (links lists them)");
        }
        String written = links.get(Integer.parseInt(argument) - 1).target();
        LinkTarget target = LinkTarget.of(written);
        return switch (target.kind()) {
            case ANCHOR -> toAnchor(target.anchor(), width);
            case EXTERNAL -> Reply.of(text.line("not opened (pilcrow opens no URLs): " + written, width));
            case DOCUMENT -> toDocument(target, written, width);
        };
    }

    private List<Link> currentLinks() {
        return session.paragraph() == 0 ? List.of()
                : ParagraphWalk.block(open().text(), session.paragraph(), session.place()).links();
    }

    /** The open document's heading that {@code anchor} names, printed and made current. */
    private Reply toAnchor(String anchor, int width) {
        Outline outline = open().now().outline();
        Optional<Heading> heading = outline.anchored(anchor);
        if (heading.isEmpty()) {
            return Reply.failure(outline.known() ? "no heading #" + Sanitizer.line(anchor) + " in " + open().title()
                    : headingsNotKnown());
        }
        return Reply.of(show(heading.get().number(), width));
    }

    /** The library's document the link names beside the open one, opened at its anchor or its start. */
    private Reply toDocument(LinkTarget target, String written, int width) {
        String here = open().path();
        for (int i = 0; i < documents.size(); i++) {
            ShellDocument entry = documents.get(i);
            if (target.names(here, entry.path())) {
                if (!entry.readable()) {
                    return Reply.failure("cannot open " + Sanitizer.line(entry.path()) + ": " + Sanitizer.line(entry.problem()));
                }
                entry.start();
                session = new Session(i, 0, -1, session.search());
                String header = text.line(entry.title() + " (" + paragraphs(entry) + ")", width);
                if (!target.anchor().isEmpty()) {
                    Reply at = toAnchor(target.anchor(), width);
                    return at.failed() ? at : Reply.of(header + at.output());
                }
                return Reply.of(header + (entry.text().first() < 0 ? "" : show(1, width)));
            }
        }
        return Reply.failure("not in the library: " + Sanitizer.line(written));
    }

    /** Prints paragraph {@code number} of the open document and makes it the current one, saved as the position. */
    private String show(int number, int width) {
        return show(number, placeOf(number), width);
    }

    /** As {@link #show(int, int)}, the paragraph's place known. */
    private String show(int number, long place, int width) {
        session = session.at(number, place);
        store.savePosition(open().path(), number);
        return text.paragraph(ParagraphWalk.block(open().text(), number, place), width);
    }

    /** Where paragraph {@code number} (one that exists) starts; waits for a large text's numbering to reach it. */
    private long placeOf(int number) {
        if (number == 1) {
            return open().text().first(); // the first body paragraph is ¶1: no numbering needed
        }
        return open().numbered(number).numbering().placeOf(number);
    }

    private ShellDocument open() {
        return documents.get(session.document());
    }

    /**
     * Why paragraph {@code number} of a large text cannot be reached: its numbering stopped short
     * of it (the file was cut or went away). Empty when it is numbered, or there is no such paragraph.
     */
    private Optional<Reply> numberingStopped(int number) {
        ShellDocument open = open();
        TextSnapshot numbered = open.numbered(number);
        if (numbered.numbering().complete() || numbered.numbering().count() >= number || open.failure() == null) {
            return Optional.empty();
        }
        return Optional.of(Reply.failure("cannot number " + Sanitizer.line(open.title()) + " past \u00b6"
                + numbered.numbering().count() + ": " + Sanitizer.line(open.failure())));
    }

    private Optional<Reply> needDocument() {
        if (session.document() >= 0) {
            return Optional.empty();
        }
        return Optional.of(Reply.failure(documents.isEmpty() ? "no document open, and the library is empty"
                : "no document open: open N first (list shows them)"));
    }

    // ---- find ----

    private Reply find(String pattern, int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        if (pattern.isEmpty()) {
            List<String> history = store.history();
            if (history.isEmpty()) {
                return Reply.failure("find what? find PATTERN (no earlier search to repeat)");
            }
            pattern = history.get(history.size() - 1);
        }
        Pattern compiled;
        try {
            compiled = SearchQuery.literal(pattern).compile();
        } catch (InvalidPatternException e) {
            return Reply.failure(e.getMessage());
        }
        store.addHistory(pattern);
        // The title is printed when the document is opened, not as a paragraph: its matches are left out.
        List<Match> matches = new ArrayList<>();
        SearchQuery query = SearchQuery.literal(pattern);
        try {
            open().text().findEach(compiled, query.literalToken(), query.caseSensitive(), () -> false, done -> { },
                    found -> {
                        if (!found.match().inTitle()) {
                            matches.add(found.match());
                        }
                    });
        } catch (IOException e) {
            return Reply.failure("cannot search " + Sanitizer.line(open().path()) + ": " + e.getMessage());
        }
        session = session.with(new Search(pattern, session.document(), List.copyOf(matches), -1));
        if (matches.isEmpty()) {
            return Reply.of(text.line("no match for '" + pattern + "'", width));
        }
        int from = Math.max(1, session.paragraph());
        return showMatch(Stepper.step(matches.size(), -1, i -> matches.get(i).paragraph() >= from ? 1 : -1, true), width);
    }

    /** {@code n} / {@code N}: the next or previous match, from the match shown or from where the reader moved to. */
    private Reply step(boolean forward, int width) {
        Search search = session.search();
        if (search == null) {
            return Reply.failure("no search yet: find PATTERN first");
        }
        if (search.document() != session.document()) {
            return find(search.pattern(), width);
        }
        List<Match> matches = search.matches();
        if (matches.isEmpty()) {
            return Reply.of(text.line("no match for '" + search.pattern() + "'", width));
        }
        int current = session.paragraph();
        boolean onShown = search.shown() >= 0 && paragraphOf(matches.get(search.shown())) == current;
        return showMatch(Stepper.step(matches.size(), onShown ? search.shown() : -1,
                i -> Integer.compare(matches.get(i).paragraph(), current), forward), width);
    }

    private Reply showMatch(Stepper.Step step, int width) {
        String note = switch (step.wrap()) {
            case TO_TOP -> " (wrapped to the top)";
            case TO_BOTTOM -> " (wrapped to the bottom)";
            case NONE -> "";
        };
        return showMatch(step.index(), note, width);
    }

    private Reply showMatch(int index, String note, int width) {
        Search search = session.search();
        Match match = search.matches().get(index);
        session = session.with(new Search(search.pattern(), search.document(), search.matches(), index));
        String counted = "match " + (index + 1) + " of " + search.matches().size() + ", ";
        if (match.inSource()) {
            // As next prints it past the last paragraph, where it leaves the reader.
            DocumentText open = open().text();
            session = session.at(lastParagraph(), ParagraphWalk.startOf(open, open.last()));
            return Reply.of(text.line(counted + "source" + note, width)
                    + text.line(DocumentLayout.SOURCE_DASH + open.source().orElseThrow(), width));
        }
        Optional<Reply> stopped = numberingStopped(match.paragraph());
        if (stopped.isPresent()) {
            return stopped.get();
        }
        return Reply.of(text.line(counted + "\u00b6" + match.paragraph() + note, width) + show(match.paragraph(), width));
    }

    /** The paragraph a match leaves the reader on: the source line's is the last one. */
    private int paragraphOf(Match match) {
        return match.inSource() ? lastParagraph() : match.paragraph();
    }

    /** The open document's last paragraph number; waits for a large text to be numbered. */
    private int lastParagraph() {
        return open().whole().numbering().count();
    }

    // ---- bookmarks ----

    private Reply bookmark(String note, int width) {
        Optional<Reply> none = needDocument();
        if (none.isPresent()) {
            return none.get();
        }
        int paragraph = session.paragraph();
        if (paragraph == 0) {
            return Reply.failure("no paragraph printed yet to bookmark: next prints \u00b61");
        }
        // As the reader's m does (Bookmarking.add): the path it lists, the fingerprint (a large
        // file's: its size and ends), the quote from the paragraph's text.
        DocumentText open = open().text();
        Bookmark added = store.add(open().path(), open.fingerprint(), paragraph, Anchors.quote(open.text(session.place())),
                note.strip());
        return Reply.of(text.line("bookmarked \u00b6" + paragraph + " of " + open.title()
                + " (id " + added.id() + ")", width));
    }

    private Reply bookmarks(int width) {
        List<Bookmark> all = store.bookmarks();
        if (all.isEmpty()) {
            return Reply.of(text.line("no bookmarks yet: bookmark [note] makes one", width));
        }
        StringBuilder out = new StringBuilder();
        for (Bookmark b : all) {
            Place place = place(b);
            String title = place.found() ? documents.get(place.document()).title() : b.documentPath();
            String status = place.status().isEmpty() ? "" : "  (" + place.status() + ")";
            out.append(text.line(b.id() + "  \u00b6" + place.paragraph() + "  " + title
                    + (b.note().isEmpty() ? "" : "  \u2014 " + b.note()) + status, width));
        }
        return Reply.of(out.toString());
    }

    private Reply jump(String id, int width) {
        if (id.isEmpty()) {
            return Reply.failure("jump where? jump ID (bookmarks lists the ids)");
        }
        String wanted = id.toLowerCase(Locale.ROOT);
        List<Bookmark> all = store.bookmarks();
        List<Bookmark> found = all.stream().filter(b -> b.id().equals(wanted)).toList();
        if (found.isEmpty()) {
            found = all.stream().filter(b -> b.id().startsWith(wanted)).toList();
        }
        if (found.size() != 1) {
            return Reply.failure(found.isEmpty() ? "no bookmark '" + Sanitizer.line(id) + "' (bookmarks lists them)"
                    : "'" + Sanitizer.line(id) + "' starts " + found.size() + " bookmark ids: give more of it");
        }
        Bookmark b = found.get(0);
        Place place = place(b);
        if (!place.found()) {
            return Reply.failure("the document of bookmark " + b.id() + " is not in this library: "
                    + Sanitizer.line(b.documentPath()));
        }
        ShellDocument target = documents.get(place.document());
        if (target.text().first() < 0) {
            return Reply.failure("the document of bookmark " + b.id() + " has no paragraphs now");
        }
        int count = target.numbered(place.paragraph()).numbering().count();
        session = new Session(place.document(), 0, -1, session.search());
        int paragraph = Math.max(1, Math.min(count, place.paragraph()));
        String header = "bookmark " + b.id() + ": " + documents.get(place.document()).title() + ", \u00b6" + paragraph
                + (b.note().isEmpty() ? "" : " \u2014 " + b.note())
                + (place.status().isEmpty() ? "" : " (" + place.status() + ")");
        return Reply.of(text.line(header, width) + show(paragraph, width));
    }

    /** Where a bookmark is in this library ({@link BookmarkPlacer}), in the shell's words. */
    Place place(Bookmark b) {
        BookmarkPlacer.Placed<TextCandidate> placed = placer().place(
                new BookmarkPlacer.Saved(b.documentPath(), b.fingerprint(), b.paragraph(), b.quote()));
        if (!placed.found()) {
            return new Place(b, -1, b.paragraph(), "not in this library");
        }
        String moved = placed.moved() ? "moved to " + placed.document().path() : "";
        String changed = switch (placed.change()) {
            case REWRITTEN -> "paragraph changed";
            case RENUMBERED -> "now \u00b6" + placed.paragraph();
            case SAME -> "";
        };
        String status = String.join("; ", List.of(moved, changed).stream().filter(s -> !s.isEmpty()).toList());
        return new Place(b, indexOf(placed.document().path()), placed.paragraph(), status);
    }

    /** The document listed under {@code path}: paths are the library's keys, one a document. */
    private int indexOf(String path) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in this library: " + path);
    }

    /** The placer, made once: it keeps the library's fingerprints for the session. */
    private BookmarkPlacer<TextCandidate> placer() {
        if (placer == null) {
            placer = new BookmarkPlacer<>(documents.stream().filter(ShellDocument::readable).map(ShellDocument::candidate).toList());
        }
        return placer;
    }

    // ---- help and completion ----

    private Reply help(String argument, int width) {
        if (argument.isEmpty()) {
            return Reply.of(text.table(Commands.helpRows(), width));
        }
        return Commands.named(argument).map(c -> Reply.of(text.table(List.<String[]>of(Commands.helpRow(c)), width)))
                .orElseGet(() -> Reply.failure("no command '" + Sanitizer.line(argument) + "': help lists them"));
    }

    /**
     * What Tab offers for the line up to the cursor: command names for the first word; then, by the
     * command's argument, document titles, bookmark ids (described by place and note), patterns
     * searched before, or command names. Matched by prefix, ignoring case.
     */
    public List<Suggestion> suggestions(String beforeCursor) {
        String line = beforeCursor.stripLeading();
        int space = indexOfSpace(line);
        if (space < 0) {
            return filter(Commands.ALL.stream().map(c -> new Suggestion(c.name(), c.help(), true)).toList(), line);
        }
        String prefix = line.substring(space).stripLeading();
        Optional<Command> command = Commands.named(line.substring(0, space));
        if (command.isEmpty()) {
            return List.of();
        }
        List<Suggestion> all = switch (command.get().arg()) {
            case DOCUMENT -> documents.stream().filter(ShellDocument::readable)
                    .map(d -> new Suggestion(Sanitizer.line(d.title()), paragraphs(d), true))
                    .distinct().toList();
            case BOOKMARK -> store.bookmarks().stream().map(b -> {
                Place place = place(b);
                String title = place.found() ? documents.get(place.document()).title() : b.documentPath();
                return new Suggestion(b.id(), Sanitizer.line("\u00b6" + place.paragraph() + " " + title
                        + (b.note().isEmpty() ? "" : " \u2014 " + b.note())), true);
            }).toList();
            case PATTERN -> {
                List<String> history = new ArrayList<>(store.history());
                java.util.Collections.reverse(history);
                yield history.stream().map(p -> new Suggestion(Sanitizer.line(p), "searched before", false)).toList();
            }
            case SECTION -> session.document() < 0 ? List.<Suggestion>of() : sections();
            case COMMAND -> Commands.ALL.stream().map(c -> new Suggestion(c.name(), c.help(), true)).toList();
            default -> List.<Suggestion>of();
        };
        return filter(all, prefix);
    }

    private static List<Suggestion> filter(List<Suggestion> all, String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return all.stream().filter(s -> s.value().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    }

    /** The index of the first white space, or -1. */
    public static int indexOfSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** An argument given in quotes (as a title may be) without them. */
    private static String unquote(String argument) {
        if (argument.length() >= 2 && (argument.startsWith("\"") && argument.endsWith("\"")
                || argument.startsWith("'") && argument.endsWith("'"))) {
            return argument.substring(1, argument.length() - 1).strip();
        }
        return argument;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * A document's paragraphs: counted, or, for a large text still being numbered (or not yet),
     * about how many there will be, grouped as the reader's status line groups them.
     */
    /** The open document's headings as section numbers to complete, each described by its text. */
    private List<Suggestion> sections() {
        List<Heading> headings = open().now().outline().headings();
        List<Suggestion> all = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            all.add(new Suggestion(String.valueOf(i + 1), Sanitizer.line(headings.get(i).text()), true));
        }
        return all;
    }

    private static String paragraphs(ShellDocument document) {
        return document.counted() ? count(document.paragraphs(), "paragraph")
                : "about " + grouped(document.paragraphs()) + " paragraphs";
    }

    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
