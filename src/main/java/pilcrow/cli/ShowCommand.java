package pilcrow.cli;

import java.util.ArrayList;
import java.util.List;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
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

    @Override
    public Integer call() {
        Console console = root.console();
        DocumentChoice choice = DocumentChoice.resolve(doc, paths, console);
        if (choice.document() == null) {
            return ExitCode.TROUBLE;
        }
        Document document = choice.document();
        ParagraphRange range;
        try {
            range = paragraphs == null
                    ? new ParagraphRange(1, document.paragraphCount())
                    : ParagraphRange.parse(paragraphs, document.paragraphCount());
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return ExitCode.TROUBLE;
        }
        if (width != null && width < 1) {
            console.error("--width must be at least 1");
            return ExitCode.TROUBLE;
        }
        int columns = width != null ? width : console.width();
        if (json) {
            console.out().println(Json.pretty(toJson(choice.source(), document, range)));
        } else if (paragraphs == null) {
            new PlainPrinter(console.out(), console.measure()).printDocument(document, columns, true);
        } else if (range.from() <= range.to()) {
            new PlainPrinter(console.out(), console.measure()).printParagraphs(document, range.from(), range.to(), columns);
        }
        console.out().flush();
        return ExitCode.OK;
    }

    private static JsonObject toJson(DocumentSource file, Document document, ParagraphRange range) {
        JsonObject object = new JsonObject();
        Json.addPath(object, file);
        object.addProperty("title", document.title());
        document.source().ifPresent(source -> object.addProperty("source", source));
        object.addProperty("paragraphCount", document.paragraphCount());
        JsonArray blocks = new JsonArray();
        for (int number = range.from(); number <= range.to(); number++) {
            Block block = document.paragraph(number);
            JsonObject row = new JsonObject();
            row.addProperty("number", block.number());
            row.addProperty("kind", block.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (block.level() > 0) {
                row.addProperty("level", block.level());
            }
            row.addProperty("text", block.text());
            blocks.add(row);
        }
        object.add("paragraphs", blocks);
        return object;
    }
}
