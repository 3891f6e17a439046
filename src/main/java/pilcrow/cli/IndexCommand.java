package pilcrow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import pilcrow.core.text.Sanitizer;
import pilcrow.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pilcrow index FOLDER...}: builds or brings up to date each folder's index in the data folder. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build or update the search index of each folder (in the data folder), so that find "
                + "reads only the documents that may match.",
            "Only documents new or changed since the last run are read again; those gone are dropped.",
            "find uses an index when it has one, and reads every document changed since, so its output "
                + "is the same with or without."})
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FOLDER", description = "The library folders to index.")
    private List<String> folders = new ArrayList<>();

    @Override
    public Integer call() {
        Console console = root.console();
        Path dataDir = root.dataDir();
        int status = ExitCode.OK;
        for (String name : folders) {
            Path folder = Path.of(name);
            if (!Files.isDirectory(folder)) {
                console.error("cannot index " + Sanitizer.line(name) + ": not a folder");
                status = ExitCode.TROUBLE;
                continue;
            }
            try {
                Indexer.Outcome outcome = Indexer.update(dataDir, folder,
                        Runtime.getRuntime().availableProcessors(), note -> console.error(Sanitizer.line(note)));
                console.out().println(summary(name, outcome));
                console.out().flush();
            } catch (IOException | RuntimeException e) {
                console.error("cannot index " + Sanitizer.line(name) + ": " + Sanitizer.line(String.valueOf(e.getMessage())));
                status = ExitCode.TROUBLE;
            }
        }
        return status;
    }

    /** One line per folder: how many documents it holds, how many were read, and at what speed. */
    static String summary(String folder, Indexer.Outcome outcome) {
        double seconds = Math.max(1, outcome.millis()) / 1000.0;
        return String.format(Locale.ROOT, "%s: %d documents indexed (%d read, %d removed), %.1f MB in %.1f s",
                Sanitizer.line(folder), outcome.documents(), outcome.read(), outcome.removed(),
                outcome.bytesRead() / 1e6, seconds);
    }
}
