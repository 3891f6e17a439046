package pilcrow.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pilcrow.search.IndexedRoots;
import pilcrow.store.DataDir;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import pilcrow.core.doc.Document;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.LiteralCheck;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.find.Snippet;
import pilcrow.core.text.Sanitizer;
import java.io.IOException;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;
import pilcrow.work.Workers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pilcrow find PATTERN}: every match in the library, as {@code title ¶N: …snippet…}. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Find a word or phrase in every document.",
            "Smart case: a capital letter in PATTERN makes the search case-sensitive.",
            "Exit status: 0 if something matched, 1 if nothing did, 2 on errors."})
final class FindCommand implements Callable<Integer> {

    static final int SNIPPET_CONTEXT = 30;

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0", paramLabel = "PATTERN", description = "What to find (a phrase, or a regular expression with --regex).")
    private String pattern;

    @Parameters(index = "1..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
    private List<String> paths = new ArrayList<>();

    @Option(names = {"-E", "--regex"}, description = "PATTERN is a Java regular expression.")
    private boolean regex;

    @Option(names = "--json", description = "Print one JSON object a match, one a line "
            + "(path, title, paragraph, offsets in code points, snippet).")
    private boolean json;

    @Option(names = "--verbose", description = LibraryOptions.VERBOSE_HELP)
    private boolean verbose;

    @Option(names = "--rank", description = "Order matches by their paragraph's relevance (BM25: matches in it "
            + "against its length), best first, instead of library order.")
    private boolean rank;

    @Option(names = {"-l", "--files-with-matches"}, description = "Print only the path of each document with a "
            + "match, once, in library order (as grep -l); with --json, one object with its path.")
    private boolean files;

    @Option(names = "--no-index", description = "Read every document, even in a folder with an up-to-date index "
            + "(pilcrow index).")
    private boolean noIndex;

    /** Read every document whole, as before the byte prefilter: for comparing the two. */
    @Option(names = "--no-prefilter", hidden = true)
    private boolean noPrefilter;

    @ArgGroup(exclusive = true)
    private CaseOption caseOption = new CaseOption();

    static final class CaseOption {
        @Option(names = {"-s", "--case-sensitive"}, description = "Match case exactly.")
        boolean sensitive;

        @Option(names = {"-i", "--ignore-case"}, description = "Ignore case, even with capitals in PATTERN.")
        boolean insensitive;

        CaseMode mode() {
            return sensitive ? CaseMode.SENSITIVE : insensitive ? CaseMode.INSENSITIVE : CaseMode.SMART;
        }
    }

    @Override
    public Integer call() {
        Console console = root.console();
        if (files && rank) {
            console.error("--rank orders matches, and -l lists documents: use one of them");
            return ExitCode.TROUBLE;
        }
        MatchLine format = json ? JSON : textLines(new Styles(console.color()));
        return find(console, new SearchQuery(pattern, regex, caseOption.mode()), paths, !noPrefilter, format, verbose,
                noIndex ? null : root.dataDir(), rank ? new Ranking() : null, files);
    }

    /** How one match is printed: a line of text, or a JSON object. */
    @FunctionalInterface
    interface MatchLine {
        /**
         * @param title the document's title (sanitized when it was read)
         * @param text  the text the match's offsets count in: the paragraph's, the title's, or a piece's
         */
        String format(DocumentSource source, String title, Match match, String text);

        /** A document with a match, for {@code -l}: its path. */
        default String document(DocumentSource source) {
            return Sanitizer.line(source.name());
        }
    }

    /**
     * Whether {@code args} is {@code find [-i|-s] [-E] [-l] PATTERN [PATH...]} with nothing picocli would
     * read differently: only those options (long or short, each once, not clustered), no {@code -}
     * (standard input), no {@code @file}. Such a run can skip building the command line, which
     * reflects over every command and costs about 0.3 s of start-up (0.5 s of CPU), a third of a
     * search in a 1 GiB file (bench/find-big.sh) or of a library's (bench/library.sh).
     */
    static boolean isPlain(String[] args) {
        return plain(args) != null;
    }

    /** A plain run (see {@link #isPlain}): the same search as through picocli. */
    static int runPlain(String[] args, Console console) {
        Plain plain = plain(args);
        return find(console, plain.query(), plain.paths(), true, textLines(new Styles(console.color())), false,
                DataDir.resolve(null, console.env()), null, plain.files());
    }

    /** What a plain command line asks: the query, the paths, and whether only documents are listed ({@code -l}). */
    private record Plain(SearchQuery query, List<String> paths, boolean files) {
    }

    /** The plain command line's query and paths, or null when picocli must read it. */
    private static Plain plain(String[] args) {
        if (args.length < 2 || !"find".equals(args[0])) {
            return null;
        }
        boolean regex = false;
        boolean files = false;
        CaseMode mode = CaseMode.SMART;
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-E", "--regex" -> {
                    if (regex) {
                        return null; // picocli says an option is given twice
                    }
                    regex = true;
                }
                case "-l", "--files-with-matches" -> {
                    if (files) {
                        return null;
                    }
                    files = true;
                }
                case "-i", "--ignore-case", "-s", "--case-sensitive" -> {
                    if (mode != CaseMode.SMART) {
                        return null; // twice, or both: picocli's error
                    }
                    mode = arg.equals("-i") || arg.equals("--ignore-case") ? CaseMode.INSENSITIVE : CaseMode.SENSITIVE;
                }
                default -> {
                    if (arg.startsWith("-") || arg.startsWith("@")) {
                        return null;
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.isEmpty()) {
            return null; // picocli's one line for a missing PATTERN
        }
        return new Plain(new SearchQuery(positional.get(0), regex, mode), positional.subList(1, positional.size()),
                files);
    }

    /**
     * @param prefilter skip documents whose bytes cannot hold a literal pattern (see LibraryFind)
     * @param verbose   list each file a folder scan left out, not only how many
     * @param dataDir   where the folders' indexes are (pilcrow index); null: read every document
     * @param ranking   collects the matches to print them best first ({@code --rank}); null: in library order
     * @param files     print each document with a match once ({@code -l}), not its matches
     */
    private static int find(Console console, SearchQuery query, List<String> paths, boolean prefilter,
                            MatchLine format, boolean verbose, java.nio.file.Path dataDir, Ranking ranking,
                            boolean files) {
        Listing listing = files ? Listing.DOCUMENTS : ranking != null ? Listing.RANKED : Listing.MATCHES;
        Pattern compiled;
        try {
            compiled = query.compile();
        } catch (InvalidPatternException e) {
            console.error(e.getMessage());
            return ExitCode.TROUBLE;
        }
        Outcome outcome = new Outcome();
        // Once the expression has run away in one document the others are not searched with it:
        // their guards see the flag, and the search ends with the one line that says why.
        AtomicBoolean tooSlow = new AtomicBoolean();
        Guard guard = Guard.of(tooSlow::get);
        if (paths.isEmpty()) {
            Library library = LibraryOptions.load(paths, console);
            outcome.trouble |= library.hasErrors();
            library.entries().forEach(entry -> searchLoaded(entry, compiled, guard, tooSlow, console, format, outcome,
                    ranking, listing));
        } else {
            // One document at a time, so a library of any size, or one huge file, fits in memory.
            // The folders are scanned on their own thread while the first documents are searched.
            LibraryFind.Feed feed = new LibraryFind.Feed();
            java.util.concurrent.atomic.AtomicReference<List<LibraryScanner.Skipped>> skipped =
                    new java.util.concurrent.atomic.AtomicReference<>(List.of());
            Workers.thread("pilcrow-find-folders", () -> scan(paths, console, feed, skipped));
            // Read and searched on every core, printed in library order (see LibraryFind); with the
            // prefilter, the expression runs only over paragraphs that may hold the word.
            LiteralCheck check = prefilter ? LiteralCheck.of(query) : null;
            // A folder with an index: only the documents it cannot rule out are read (IndexedRoots).
            Optional<IndexedRoots> indexed = dataDir == null ? Optional.empty()
                    : IndexedRoots.open(dataDir, paths, query);
            LibraryFind.Printed printed;
            try {
                printed = LibraryFind.run(feed, query,
                        (source, loaded) -> searchLoaded(source, loaded, compiled, check, guard, tooSlow, format,
                                listing),
                        source -> searchMapped(source, query, compiled, guard, tooSlow, format, listing), prefilter,
                        indexed.isPresent() ? settled(indexed.get(), format, listing) : source -> null, ranking,
                        console);
            } finally {
                indexed.ifPresent(IndexedRoots::close);
            }
            outcome.found += printed.found();
            outcome.trouble |= printed.trouble();
            console.out().flush();
            LibraryOptions.reportSkipped(skipped.get(), verbose, console); // set before the feed finished
        }
        if (ranking != null) {
            ranking.ordered().forEach(console.out()::println);
        }
        console.out().flush();
        if (outcome.trouble) {
            return ExitCode.TROUBLE;
        }
        return outcome.found > 0 ? ExitCode.OK : ExitCode.NO_MATCH;
    }

    /** What a search lists of each document. */
    enum Listing {
        /** Every match, in library order. */
        MATCHES,
        /** Every match, each with its paragraph's figures for {@code --rank}. */
        RANKED,
        /** Each document with a match, once ({@code -l}). */
        DOCUMENTS
    }

    /**
     * What the index settles without reading a file: nothing for one it rules out, its one line
     * for one it knows holds a match when only documents are listed; null for every other (read
     * it). Standard input is always read.
     */
    private static java.util.function.Function<DocumentSource, LibraryFind.Printed> settled(
            IndexedRoots indexed, MatchLine format, Listing listing) {
        return source -> {
            if (!(source instanceof FileSource file)) {
                return null;
            }
            return switch (indexed.verdict(file)) {
                case SKIP -> LibraryFind.Printed.NOTHING;
                case HOLDS -> listing == Listing.DOCUMENTS ? listed(source, format) : null;
                case READ -> null;
            };
        };
    }

    /** The one line of a document with a match under {@code -l}. */
    private static LibraryFind.Printed listed(DocumentSource source, MatchLine format) {
        return new LibraryFind.Printed(List.of(new LibraryFind.Line(format.document(source), false)), 1, false);
    }

    /**
     * Scans the paths into {@code feed}, telling it of each document and problem as it is found.
     * The feed is told the scan is over however it ends, so the printing thread never waits for
     * ever: an Error (out of memory, say) leaves the failure made beforehand, as making one then
     * may fail. What the scan left out is put in {@code skipped} before the feed is told.
     */
    private static void scan(List<String> paths, Console console, LibraryFind.Feed feed,
                             java.util.concurrent.atomic.AtomicReference<List<LibraryScanner.Skipped>> skipped) {
        RuntimeException failure = new IllegalStateException("the scan of the folders failed");
        boolean scanned = false;
        try {
            skipped.set(LibraryScanner.scan(paths, console.in(), feed).skipped());
            scanned = true;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            feed.finish(scanned ? null : failure);
        }
    }

    /** Matches printed and whether anything went wrong, across documents. */
    private static final class Outcome {
        int found;
        boolean trouble;
    }

    /** A large plain-text file, scanned where it lies; read whole if it is not plain UTF-8 text. */
    private static LibraryFind.Printed searchMapped(DocumentSource source, SearchQuery query, Pattern compiled,
                                                    Guard guard, AtomicBoolean tooSlow, MatchLine format,
                                                    Listing listing) {
        try {
            var result = new MappedSearch(((FileSource) source).path())
                    .search(compiled, query.literalToken(), query.caseSensitive(), tooSlow::get, perMille -> { });
            if (result.isPresent()) {
                String title = result.get().title();
                if (listing == Listing.DOCUMENTS) {
                    return result.get().found().isEmpty() ? LibraryFind.Printed.NOTHING : listed(source, format);
                }
                List<LibraryFind.Line> lines = new ArrayList<>();
                for (MappedSearch.Found found : result.get().found()) {
                    lines.add(new LibraryFind.Line(format.format(source, title, found.match(), found.text()), false));
                }
                return new LibraryFind.Printed(lines, lines.size(), false);
            }
        } catch (IOException e) {
            return trouble("cannot open " + source.name() + ": " + DocumentReader.reasonFor(e));
        } catch (StackOverflowError e) {
            return trouble(tooComplex(source));
        } catch (Guard.Stopped | java.util.concurrent.CancellationException e) {
            return stopped(source, tooSlow); // cancelled: the expression ran away in another document
        }
        return searchLoaded(source, DocumentReader.read(source), compiled, null, guard, tooSlow, format,
                listing == Listing.DOCUMENTS ? listing : Listing.MATCHES);
    }

    /**
     * The expression ran away in this document (the first line), or had already elsewhere: then
     * the document is left unsearched without a line of its own.
     */
    private static LibraryFind.Printed stopped(DocumentSource source, AtomicBoolean tooSlow) {
        if (tooSlow.getAndSet(true)) {
            return new LibraryFind.Printed(List.of(), 0, true);
        }
        return trouble("cannot search " + source.name() + ": pattern too slow: stopped after "
                + Guard.BUDGET_SECONDS + " s");
    }

    private static LibraryFind.Printed trouble(String message) {
        return new LibraryFind.Printed(List.of(new LibraryFind.Line(message, true)), 0, true);
    }

    private static String tooComplex(DocumentSource source) {
        // A regular expression can recurse too deep on a long paragraph.
        return "cannot search " + source.name() + ": the pattern is too complex for its text";
    }

    /** One document read whole: its matches as lines, or the one line why it was not searched. */
    static LibraryFind.Printed searchLoaded(DocumentSource source, LoadResult entry, Pattern compiled,
                                            LiteralCheck check, Guard guard, AtomicBoolean tooSlow, MatchLine format,
                                            Listing listing) {
        if (entry instanceof LoadResult.Loaded doc) {
            try {
                Document document = doc.document();
                List<Match> matches = Finder.find(document, compiled, check, guard);
                if (listing == Listing.DOCUMENTS) {
                    return matches.isEmpty() ? LibraryFind.Printed.NOTHING : listed(source, format);
                }
                boolean ranked = listing == Listing.RANKED;
                List<LibraryFind.Line> lines = new ArrayList<>(matches.size());
                Ranking.Paragraph paragraph = null;
                for (int m = 0; m < matches.size(); m++) {
                    Match match = matches.get(m);
                    String text = match.textIn(document);
                    if (ranked && (m == 0 || !samePlace(matches.get(m - 1), match))) {
                        int count = 1;
                        while (m + count < matches.size() && samePlace(matches.get(m + count), match)) {
                            count++;
                        }
                        paragraph = new Ranking.Paragraph(count, pilcrow.core.doc.Words.count(text));
                    }
                    lines.add(new LibraryFind.Line(format.format(source, document.title(), match, text), false,
                            paragraph));
                }
                return new LibraryFind.Printed(lines, matches.size(), false);
            } catch (StackOverflowError e) {
                return trouble(tooComplex(source));
            } catch (Guard.Stopped e) {
                return stopped(source, tooSlow);
            }
        }
        LoadResult.Failed failed = (LoadResult.Failed) entry;
        return trouble(failed.binary() ? "not searched: " + failed.source().name() + ": " + failed.reason()
                : failed.message());
    }

    /** Whether two matches lie in the same paragraph (the title and the source line have numbers of their own). */
    private static boolean samePlace(Match a, Match b) {
        return a.paragraph() == b.paragraph() && a.piece() == b.piece();
    }

    private static void searchLoaded(LoadResult entry, Pattern compiled, Guard guard, AtomicBoolean tooSlow,
                                     Console console, MatchLine format, Outcome outcome, Ranking ranking,
                                     Listing listing) {
        LibraryFind.Printed printed = searchLoaded(entry.source(), entry, compiled, null, guard, tooSlow, format,
                listing);
        for (LibraryFind.Line line : printed.lines()) {
            if (line.error()) {
                console.error(line.text());
            } else if (ranking != null) {
                ranking.add(line);
            } else {
                console.out().println(line.text());
            }
        }
        outcome.found += printed.found();
        outcome.trouble |= printed.trouble();
    }

    /** Each match as {@code title ¶N: …snippet…}, the match highlighted when styles allow. */
    private static MatchLine textLines(Styles styles) {
        return (source, title, match, text) -> {
            Snippet snippet = Snippet.around(text, match.start(), match.end(), SNIPPET_CONTEXT);
            String where = match.inTitle() ? "(title)" : match.inSource() ? "(source)" : "\u00b6" + match.paragraph();
            return Sanitizer.line(title) + " " + where + ": " + oneLine(snippet.before())
                    + styles.highlight(oneLine(snippet.match())) + oneLine(snippet.after());
        };
    }

    /** {@code --json}: each match as {@link #jsonLine}, each document of {@code -l} as its path. */
    private static final MatchLine JSON = new MatchLine() {
        @Override
        public String format(DocumentSource source, String title, Match match, String text) {
            return jsonLine(source, title, match, text);
        }

        @Override
        public String document(DocumentSource source) {
            JsonObject object = new JsonObject();
            Json.addPath(object, source);
            return Json.line(object);
        }
    };

    /**
     * A match as one JSON object on one line. {@code paragraph} is 0 for the title, -1 for the
     * source line. The offsets
     * count code points of the paragraph's text, which is NFC (as the reader shows it), so that
     * any language's string indexing agrees; in a paragraph too long to read whole they count
     * from the piece at byte offset {@code piece} of the file.
     */
    private static String jsonLine(DocumentSource source, String title, Match match, String text) {
        JsonObject object = new JsonObject();
        Json.addPath(object, source);
        object.addProperty("title", title);
        object.addProperty("paragraph", match.inSource() ? -1 : match.paragraph());
        if (match.inPiece()) {
            object.addProperty("piece", match.piece());
        }
        int start = text.codePointCount(0, match.start());
        JsonArray offsets = new JsonArray();
        offsets.add(start);
        offsets.add(start + text.codePointCount(match.start(), match.end()));
        object.add("offsets", offsets);
        Snippet snippet = Snippet.around(text, match.start(), match.end(), SNIPPET_CONTEXT);
        object.addProperty("snippet", (snippet.before() + snippet.match() + snippet.after()).replace('\n', ' '));
        return Json.line(object);
    }

    /** Code keeps its line breaks; in a one-line snippet they read as spaces. */
    private static String oneLine(String text) {
        return Sanitizer.line(text.replace('\n', ' '));
    }
}
