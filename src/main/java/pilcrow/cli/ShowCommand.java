package pilcrow.cli;

import java.util.ArrayList;
import java.util.List;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Link;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;
import pilcrow.library.OutlineLines;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.ParagraphWalk;
import pilcrow.source.DocumentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pilcrow show DOC}: a document, or some of its paragraphs, as numbered plain text. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a document's paragraphs as numbered blocks.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0", paramLabel = "DOC",
            description = "The document: its number in 'pilcrow list', a path, or part of its title.")
    private String doc;

    @Parameters(index = "1..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
    private List<String> paths = new ArrayList<>();

    @Option(names = {"-p", "--paragraph"}, paramLabel = "N|N..M", description = "Only paragraph N, or N to M.")
    private String paragraphs;

    @Option(names = {"-w", "--width"}, paramLabel = "W", description = "Wrap to W columns (default: the terminal's, or 80).")
    private Integer width;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(names = "--outline", description = "Print the headings (indented by level, with paragraph numbers) instead.")
    private boolean outline;

    @Override
    public Integer call() {
        Console console = root.console();
        DocumentChoice choice = DocumentChoice.resolve(doc, paths, console);
        TextSnapshot numbered = choice.text() == null ? null : choice.numbered(console);
        if (numbered == null) {
            return ExitCode.TROUBLE;
        }
        int count = numbered.numbering().count();
        ParagraphRange range;
        try {
            range = paragraphs == null ? new ParagraphRange(1, count) : ParagraphRange.parse(paragraphs, count);
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return ExitCode.TROUBLE;
        }
        if (width != null && width < 1) {
            console.error("--width must be at least 1");
            return ExitCode.TROUBLE;
        }
        int columns = width != null ? width : console.width();
        if (outline && !json) {
            return printOutline(choice.source(), numbered, console);
        }
        return show(choice.source(), numbered, range, columns, console);
    }

    /** The paragraphs, read one at a time: a large file is never held whole. */
    private int show(DocumentSource source, TextSnapshot numbered, ParagraphRange range, int columns,
                          Console console) {
        if (json) {
            console.out().println(Json.pretty(toJson(source, numbered, range)));
        } else if (range.from() <= range.to()) {
            new PlainPrinter(console.out(), console.measure()).printText(numbered, range.from(), range.to(), columns,
                    paragraphs == null);
        } else if (paragraphs == null) {
            new PlainPrinter(console.out(), console.measure()).printText(numbered, 1, 0, columns, true);
        }
        console.out().flush();
        return ExitCode.OK;
    }

    /** The headings, one a line; none known or none there is said on standard error, once. */
    private static int printOutline(DocumentSource source, TextSnapshot numbered, Console console) {
        Outline headings = numbered.outline();
        if (!headings.known()) {
            console.error(source.name() + ": its headings are not known: a large document is read on demand");
        } else if (headings.headings().isEmpty()) {
            console.error(source.name() + ": no headings");
        }
        OutlineLines.of(headings).forEach(console.out()::println);
        console.out().flush();
        return ExitCode.OK;
    }

    private JsonObject toJson(DocumentSource file, TextSnapshot numbered, ParagraphRange range) {
        DocumentText text = numbered.text();
        JsonObject object = new JsonObject();
        Json.addPath(object, file);
        object.addProperty("title", text.title());
        text.source().ifPresent(source -> object.addProperty("source", source));
        object.addProperty("paragraphCount", numbered.numbering().count());
        object.add("outline", outlineJson(numbered.outline()));
        if (!numbered.outline().known()) {
            object.addProperty("outlineKnown", false);
        }
        if (outline) {
            return object; // the headings alone, as the text form prints them
        }
        JsonArray blocks = new JsonArray();
        long place = range.from() > range.to() ? -1 : numbered.numbering().placeOf(range.from());
        for (int number = range.from(); number <= range.to(); number++, place = ParagraphWalk.after(text, place)) {
            blocks.add(row(ParagraphWalk.block(text, number, place)));
        }
        object.add("paragraphs", blocks);
        return object;
    }

    /** Each heading as {number, level, text} (none where they are not known: "outlineKnown" says so). */
    private static JsonArray outlineJson(Outline headings) {
        JsonArray array = new JsonArray();
        for (Heading heading : headings.headings()) {
            JsonObject row = new JsonObject();
            row.addProperty("number", heading.number());
            row.addProperty("level", heading.level());
            row.addProperty("text", heading.text());
            array.add(row);
        }
        return array;
    }

    private static JsonObject row(Block block) {
        JsonObject row = new JsonObject();
        row.addProperty("number", block.number());
        row.addProperty("kind", block.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (block.level() > 0) {
            row.addProperty("level", block.level());
        }
        row.addProperty("text", block.text());
        if (!block.links().isEmpty()) {
            JsonArray links = new JsonArray();
            for (Link link : block.links()) {
                JsonObject entry = new JsonObject();
                // Code points, as find --json counts its offsets.
                entry.addProperty("start", block.text().codePointCount(0, link.start()));
                entry.addProperty("end", block.text().codePointCount(0, link.end()));
                entry.addProperty("target", link.target());
                links.add(entry);
            }
            row.add("links", links);
        }
        return row;
    }
}
