package pilcrow.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pilcrow.core.find.WordBytes;

/**
 * The text an HTML page may show, read from its raw bytes without parsing it into a tree: for the
 * {@link Prefilter}, which looks for a word in it. The text between tags is kept in order with the
 * tags removed, so that letters an inline tag splits ({@code zeb<b>ra</b>}) are joined as the reader
 * joins them; joining more than the reader does (across a paragraph's end) only lets more through.
 * Comments, the markup itself and the contents of scripts and styles are left out; {@code alt}
 * values of images are kept, decoded entities are written as their characters, and a {@code br}
 * as the {@code ^J} a title shows it as.
 *
 * <p>What is left out must be left out exactly, as text wrongly kept between two letters would hide
 * a word as surely as text wrongly dropped. So the contents of an element the reader may drop
 * (navigation, a page's header and footer, anything marked hidden or as chrome) are read as a piece
 * of their own, with the text around them joined: right whether the element is shown (it is a
 * block, which starts and ends a paragraph) or dropped. Only elements whose end is plain from the
 * bytes are read so; anything the parser could move or end elsewhere (tables, forms, templates,
 * foreign content, an entity not decoded here, an end tag that could close an outer element) makes
 * the answer null: "read the page".
 */
final class HtmlText {

    /** Blocks whose end tag alone ends them: the contents of one may be kept as a piece of their own. */
    private static final Set<String> PIECE_BLOCKS = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main",
            "nav", "section", "summary");
    /** Always pieces of their own: dropped by the reader or not, by their name or their place. */
    private static final Set<String> DROPPED_OR_CHROME = Set.of("nav", "header", "footer");
    /** Whose contents the parser reads or places otherwise than as text in order: the page is read instead. */
    private static final Set<String> UNREAD = Set.of("table", "form", "select", "template", "svg", "math",
            "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "frameset", "object",
            "applet", "marquee", "button", "canvas", "audio", "video", "isindex", "nobr", "caption", "colgroup",
            "col", "tbody", "thead", "tfoot", "tr", "td", "th", "option", "optgroup", "datalist", "keygen", "frame",
            "area"); // an area's alt text is shown, but not in a pre
    /** Elements without contents or end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "image",
            "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame",
            "menuitem");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search");
    private static final String[] CHROME_CLASSES = {"navheader", "navfooter", "headerlink", "sphinxsidebar",
            "related", "footer"};

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] in;
    private final int length;
    private int at;
    /** The word looked for, when the text is only looked through ({@link #holds}); null when it is kept. */
    private final WordBytes word;
    /** Whether the word was found in some text. */
    private boolean found;
    /** The text outside pieces. */
    private final Text main;
    /** Open pieces, the innermost last. */
    private final List<Piece> pieces = new ArrayList<>();
    /** The pieces' texts, once closed, when the text is kept. */
    private final List<byte[]> closed = new ArrayList<>();
    /** After a {@code br}: white space is not written until text comes. */
    private boolean afterBreak;
    /** {@code a} elements opened outside any piece and not closed. */
    private int openAnchors;
    /**
     * Preformatted elements open: in one the reader keeps a nested block's text joined to the text
     * around it, not as a paragraph of its own, so a piece there is not one (the page is read).
     */
    private int openPre;

    private HtmlText(byte[] in, int length, WordBytes word) {
        this.in = in;
        this.length = length;
        this.word = word;
        this.main = word == null ? new Kept(length + 4) : new LookedThrough();
    }

    /** An open piece: its element's name, the elements opened inside it, its text so far. */
    private static final class Piece {
        final String tag;
        final List<String> open = new ArrayList<>();
        final Text text;

        Piece(String tag, Text text) {
            this.tag = tag;
            this.text = text;
        }
    }

    /** The text outside pieces, or a piece's: kept whole ({@link #shown}), or looked through for the word ({@link #holds}). */
    private abstract static class Text {
        /** Appends {@code bytes[from, to)}, text shown as it is. */
        abstract void append(byte[] bytes, int from, int to);

        abstract void append(byte b);

        /** A {@code br}: "^J", the white space before it dropped. */
        abstract void lineBreak();
    }

    private static final class Kept extends Text {
        byte[] text;
        int length;

        Kept(int capacity) {
            text = new byte[capacity];
        }

        @Override
        void append(byte[] bytes, int from, int to) {
            room(to - from);
            System.arraycopy(bytes, from, text, length, to - from);
            length += to - from;
        }

        @Override
        void append(byte b) {
            room(1);
            text[length++] = b;
        }

        private void room(int more) {
            if (length + more > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
            }
        }

        @Override
        void lineBreak() {
            while (length > 0 && isSpace(text[length - 1])) {
                length--;
            }
            append((byte) '^');
            append((byte) 'J');
        }

        byte[] bytes() {
            return Arrays.copyOf(text, length);
        }
    }

    /**
     * A text looked through for the word as it is written, without keeping it: each run of bytes
     * is searched where it lies, and only the last bytes before it (one fewer than the word has)
     * are kept, to find the word where a run joins the text before it.
     */
    private final class LookedThrough extends Text {
        private final byte[] last = new byte[2 * word.length()];
        private int lastLength;
        private final byte[] one = new byte[1];

        @Override
        void append(byte[] bytes, int from, int to) {
            appendLookedThrough(bytes, from, to, word.isIn(bytes, from, to));
        }

        /**
         * As {@link #append(byte[], int, int)}, where whether the word lies wholly within the run
         * is known already ({@code inside}): the join with the text before is still looked at.
         */
        void appendLookedThrough(byte[] bytes, int from, int to, boolean inside) {
            int n = word.length();
            int joined = Math.min(to - from, n - 1);
            // The word across the join: in the kept bytes and the run's first, starting in the former.
            System.arraycopy(bytes, from, last, lastLength, joined);
            for (int start = 0; start < lastLength && !found; start++) {
                found = word.isAt(last, lastLength + joined, start);
            }
            found = found || inside;
            if (to - from >= n - 1) {
                lastLength = n - 1;
                System.arraycopy(bytes, to - lastLength, last, 0, lastLength);
            } else {
                int keep = Math.min(lastLength + joined, n - 1); // joined is the whole run here
                System.arraycopy(last, lastLength + joined - keep, last, 0, keep);
                lastLength = keep;
            }
        }

        @Override
        void append(byte b) {
            one[0] = b;
            append(one, 0, 1);
        }

        /**
         * Nothing before the "^" can be in an occurrence that reaches past it, as the word holds no
         * "^" ({@link Prefilter} keeps the text whole for one that does): the dropped white space
         * does not count.
         */
        @Override
        void lineBreak() {
            lastLength = 0;
            append(LINE_BREAK, 0, LINE_BREAK.length);
        }
    }

    private static final byte[] LINE_BREAK = {'^', 'J'};

    /** Thrown where the bytes alone cannot tell what the reader shows. */
    private static final class Unsure extends Exception {
        Unsure() {
            super(null, null, false, false);
        }
    }

    /**
     * The text the page may show, pieces after the rest, each after a line feed; null when the
     * bytes alone cannot tell. The bytes must be printable ASCII, tabs and line breaks.
     */
    static byte[] shown(byte[] bytes, int length) {
        HtmlText reader = new HtmlText(bytes, length, null);
        try {
            reader.read();
        } catch (Unsure e) {
            return null;
        }
        return reader.joined();
    }

    /**
     * Whether the text the page may show ({@link #shown}) holds the word, told without keeping
     * that text: TRUE, FALSE, or null when the bytes alone cannot tell. Once the word is found the
     * rest is not read (TRUE, where reading on might have said null: either way the page is
     * parsed). The word must hold no {@code ^}.
     */
    static Boolean holds(byte[] bytes, int length, WordBytes word) {
        HtmlText reader = new HtmlText(bytes, length, word);
        try {
            reader.read();
        } catch (Unsure e) {
            return reader.found ? Boolean.TRUE : null;
        }
        return reader.found;
    }

    private byte[] joined() {
        while (!pieces.isEmpty()) {
            closePiece(); // open at the end of the page: it runs to the end
        }
        byte[] text = ((Kept) main).bytes();
        int total = text.length;
        for (byte[] piece : closed) {
            total += piece.length + 1;
        }
        byte[] out = Arrays.copyOf(text, total);
        int i = text.length;
        for (byte[] piece : closed) {
            out[i++] = '\n';
            System.arraycopy(piece, 0, out, i, piece.length);
            i += piece.length;
        }
        return out;
    }

    private void read() throws Unsure {
        while (at < length && !found) {
            byte b = in[at];
            if (b == '<') {
                markup();
            } else if (b == '&') {
                entity();
            } else {
                textRun();
            }
        }
    }

    /** The text from here to the next {@code <} or {@code &}, written in one piece. */
    private void textRun() {
        int from = at;
        if (afterBreak) {
            while (from < length && isSpace(in[from]) && in[from] != '\f') {
                from++;
            }
        }
        Text text = current();
        if (text instanceof LookedThrough looked) {
            int to = runLookingFor(from);
            if (to > from) {
                afterBreak = false;
                looked.appendLookedThrough(in, from, to, runHolds);
            }
            at = to;
            return;
        }
        int to = nextMarkup(from);
        if (to > from) {
            afterBreak = false;
            text.append(in, from, to);
        }
        at = to;
    }

    /** Whether the word is at {@code start}, without a {@code <} or {@code &} in it: within the run it starts in. */
    private boolean isWithinRun(int start) {
        return word.isAt(in, length, start) && nextMarkup(in, start, start + word.length()) == start + word.length();
    }

    /** Set by {@link #runLookingFor}: whether the word lies wholly within the run it read. */
    private boolean runHolds;

    /**
     * The end of the text run from {@code from} (as {@link #nextMarkup}), and whether the word lies
     * wholly within it ({@link #runHolds}), in one pass: each long is tested for {@code <} and
     * {@code &} and for the word's rarest letter together. Most of a page is text, and reading it
     * twice (its end, then the word) was most of the look. An occurrence found before the run's
     * end is known counts where no {@code <} or {@code &} lies within it (a word may hold them).
     */
    private int runLookingFor(int from) {
        runHolds = false;
        byte[] in = this.in; // locals: C1, which runs find, loads a field again at every use
        int length = this.length;
        WordBytes word = this.word;
        int rare = word.rare;
        int i = from;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long w = (long) LONGS.get(in, i);
            long marks = WordBytes.zeroBytes(w ^ LESS_THANS) | WordBytes.zeroBytes(w ^ AMPERSANDS);
            long candidates = word.rareBytes(w);
            if ((marks | candidates) == 0) {
                continue; // most longs of text: one test
            }
            // zeroBytes may mark a byte above a true zero, never below the first one: the lowest mark is true.
            if (marks != 0) {
                candidates &= (marks & -marks) - 1;
            }
            for (; candidates != 0 && !runHolds; candidates &= candidates - 1) {
                int start = i + lowestByte(candidates) - rare;
                runHolds = start >= from && isWithinRun(start);
            }
            if (marks != 0) {
                return i + lowestByte(marks);
            }
        }
        for (; i < length && in[i] != '<' && in[i] != '&'; i++) {
            if (!runHolds && word.isRare(in[i]) && i - rare >= from) {
                runHolds = isWithinRun(i - rare);
            }
        }
        return i;
    }

    /**
     * The index of the lowest byte whose high bit is set in {@code highs} (which has no other bits),
     * by a multiplication: Long.numberOfTrailingZeros is a call under C1, not an instruction.
     */
    static int lowestByte(long highs) {
        return (int) ((((highs & -highs) >>> 7) * BYTE_INDEXES) >>> 56);
    }

    /** Byte k holds 7 - k: multiplied by the lowest byte's bit 8k, the top byte holds k. */
    private static final long BYTE_INDEXES = 0x0001020304050607L;

    private int nextMarkup(int from) {
        return nextMarkup(in, from, length);
    }

    /** The index of the first {@code <} or {@code &} in {@code in} from {@code from} (or {@code length}): eight bytes a step. */
    static int nextMarkup(byte[] in, int from, int length) {
        int i = from;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long w = (long) LONGS.get(in, i);
            long marks = WordBytes.zeroBytes(w ^ LESS_THANS) | WordBytes.zeroBytes(w ^ AMPERSANDS);
            if (marks != 0) {
                // zeroBytes may mark a byte above a true zero, never below the first one.
                return i + lowestByte(marks);
            }
        }
        while (i < length && in[i] != '<' && in[i] != '&') {
            i++;
        }
        return i;
    }

    private static final long LESS_THANS = WordBytes.ONES * '<';
    private static final long AMPERSANDS = WordBytes.ONES * '&';

    /** Where text goes now: the innermost open piece's, else the page's. */
    private Text current() {
        return pieces.isEmpty() ? main : pieces.get(pieces.size() - 1).text;
    }

    private void text(byte b) {
        boolean space = b == ' ' || b == '\t' || b == '\n' || b == '\r';
        if (space && afterBreak) {
            return;
        }
        afterBreak = false;
        current().append(b);
    }

    /** A character reference: the common named ones and numeric ones to printable ASCII are decoded. */
    private void entity() throws Unsure {
        int next = at + 1;
        if (next >= length || !isAlnum(in[next]) && in[next] != '#') {
            text((byte) '&'); // not a reference: the parser keeps the ampersand
            at++;
            return;
        }
        int c = decode(in, next, length);
        int end = indexOf((byte) ';', next);
        if (c < 0 || end < 0) {
            throw new Unsure();
        }
        text((byte) c);
        at = end + 1;
    }

    /**
     * The character of the reference after {@code &} at {@code from}, ended by {@code ;}: printable
     * ASCII, a space for a no-break space (which cannot be in a word), or -1 when not decoded here.
     */
    static int decode(byte[] bytes, int from, int length) {
        int c = reference(bytes, from, length);
        if (c == 0xA0) {
            return ' ';
        }
        return c >= 0x20 && c < 0x7F ? c : -1;
    }

    /**
     * The code point of the reference after {@code &} at {@code from}, ended by {@code ;} within
     * 12 bytes: {@code amp lt gt quot apos nbsp} or a number of at most 7 digits; else -1.
     */
    static int reference(byte[] bytes, int from, int length) {
        int end = from;
        while (end < length && end - from < 12 && bytes[end] != ';') {
            end++;
        }
        if (end >= length || bytes[end] != ';') {
            return -1;
        }
        String name = new String(bytes, from, end - from, java.nio.charset.StandardCharsets.US_ASCII);
        int c;
        switch (name) {
            case "amp" -> c = '&';
            case "lt" -> c = '<';
            case "gt" -> c = '>';
            case "quot" -> c = '"';
            case "apos" -> c = '\'';
            case "nbsp" -> c = 0xA0;
            default -> c = numeric(name);
        }
        return c;
    }

    private static int numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7
                || !digits.chars().allMatch(d -> hex ? Character.digit(d, 16) >= 0 && d < 0x80 : d >= '0' && d <= '9')) {
            return -1;
        }
        try {
            return Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void markup() throws Unsure {
        int next = at + 1;
        if (next >= length) {
            throw new Unsure();
        }
        byte b = in[next];
        if (isLetter(b)) {
            startTag();
        } else if (b == '/') {
            endTag();
        } else if (b == '!') {
            declaration();
        } else if (b == '?') {
            at = afterBogus(next);
        } else {
            text((byte) '<'); // not a tag: the parser keeps it as text
            at++;
        }
    }

    /** A comment, a doctype or another declaration; CDATA, which the parser may keep as text, is not read. */
    private void declaration() throws Unsure {
        int from = at + 2;
        if (startsWith(from, "--")) {
            int body = from + 2;
            if (startsWith(body, ">")) {
                at = body + 1;
            } else if (startsWith(body, "->")) {
                at = body + 2;
            } else {
                int end = body;
                while (end < length && !startsWith(end, "-->") && !startsWith(end, "--!>")) {
                    end++;
                }
                at = end >= length ? length : end + (in[end + 2] == '>' ? 3 : 4);
            }
        } else if (startsWith(from, "[")) {
            throw new Unsure();
        } else {
            at = afterBogus(from);
        }
    }

    private int afterBogus(int from) {
        int end = indexOf((byte) '>', from);
        return end < 0 ? length : end + 1;
    }

    private void startTag() throws Unsure {
        Tag tag = tag(at + 1);
        at = tag.end;
        String name = tag.name;
        if (UNREAD.contains(name)) {
            throw new Unsure();
        }
        boolean chrome = tag.hidden && !name.equals("html") && !name.equals("head") && !name.equals("body");
        if (name.equals("script") || name.equals("style")) {
            rawText(name);
            return;
        }
        if (name.equals("title")) {
            title();
            return;
        }
        if (VOID.contains(name)) {
            if (chrome) {
                return; // dropped, with its alt text
            }
            if (name.equals("br")) {
                lineBreak();
            } else if ((name.equals("img") || name.equals("image")) && tag.alt != null) {
                for (byte b : tag.alt) {
                    text(b);
                }
            }
            return;
        }
        if (!pieces.isEmpty()) {
            insidePiece(name);
        } else if (name.equals("a")) {
            openAnchors++;
        }
        if (name.equals("pre") || name.equals("listing")) {
            openPre++;
        }
        if (chrome || DROPPED_OR_CHROME.contains(name)) {
            if (!PIECE_BLOCKS.contains(name) || openPre > 0) {
                throw new Unsure();
            }
            pieces.add(new Piece(name, word == null ? new Kept(64) : new LookedThrough()));
        } else if (!pieces.isEmpty()) {
            pieces.get(pieces.size() - 1).open.add(name);
        }
    }

    /** A start tag inside a piece that could end it or move what is in it: the page is read instead. */
    private void insidePiece(String name) throws Unsure {
        Piece piece = pieces.get(pieces.size() - 1);
        if (name.equals("a") && openAnchors > 0) {
            throw new Unsure(); // closes the outer link, and may move this piece
        }
        if ((name.equals("li") || name.equals("dd") || name.equals("dt"))
                && (piece.tag.equals("div") || piece.tag.equals("address"))
                && piece.open.stream().noneMatch(o -> Set.of("ul", "ol", "menu", "dir", "dl", "li", "dd", "dt").contains(o))) {
            throw new Unsure(); // would close a list item outside the piece, and the piece with it
        }
    }

    private void endTag() throws Unsure {
        int from = at + 2;
        if (from >= length) {
            throw new Unsure();
        }
        if (in[from] == '>') {
            at = from + 1;
            return;
        }
        if (!isLetter(in[from])) {
            at = afterBogus(from);
            return;
        }
        Tag tag = tag(from);
        at = tag.end;
        String name = tag.name;
        if (name.equals("br")) {
            lineBreak(); // </br> is read as <br>
            return;
        }
        if ((name.equals("pre") || name.equals("listing")) && openPre > 0) {
            openPre--; // an end tag the parser may take otherwise only keeps the count high: read more often
        }
        if (pieces.isEmpty()) {
            if (name.equals("a") && openAnchors > 0) {
                openAnchors--;
            }
            return;
        }
        Piece piece = pieces.get(pieces.size() - 1);
        int open = piece.open.lastIndexOf(name);
        if (open >= 0) {
            piece.open.subList(open, piece.open.size()).clear();
        } else if (name.equals(piece.tag)) {
            closePiece();
        } else {
            throw new Unsure(); // may close an element outside the piece, or be ignored
        }
    }

    private void closePiece() {
        Piece piece = pieces.remove(pieces.size() - 1);
        if (piece.text instanceof Kept kept) {
            closed.add(kept.bytes());
        }
    }

    /** A line break: "^J" in a title made of a heading; white space around it is dropped there. */
    private void lineBreak() {
        current().lineBreak();
        afterBreak = true;
    }

    /** Skips a script's or style's contents, to its end tag; a script holding a comment start is not read. */
    private void rawText(String name) throws Unsure {
        int i = at;
        while (true) {
            int open = indexOf((byte) '<', i);
            if (open < 0) {
                at = length;
                return;
            }
            if (name.equals("script") && startsWith(open, "<!--")) {
                throw new Unsure(); // the script's escaped states: its end is not where it looks
            }
            int after = open + 2 + name.length();
            if (startsWith(open, "</") && after <= length && startsWith(open + 2, name, true)
                    && (after == length || isSpace(in[after]) || in[after] == '/' || in[after] == '>')) {
                at = tag(open + 2).end;
                return;
            }
            i = open + 1;
        }
    }

    /** A title's text: entities decoded, a {@code <} only text, to its end tag. */
    private void title() throws Unsure {
        while (at < length) {
            byte b = in[at];
            if (b == '<' && startsWith(at, "</") && startsWith(at + 2, "title", true)) {
                int after = at + 2 + "title".length();
                if (after == length || isSpace(in[after]) || in[after] == '/' || in[after] == '>') {
                    at = tag(at + 2).end;
                    return;
                }
            }
            if (b == '&') {
                entity();
            } else {
                text(b);
                at++;
            }
        }
    }

    /** A tag read from its name at {@code from} to after its {@code >}. */
    private record Tag(String name, int end, boolean hidden, byte[] alt) {
    }

    /**
     * A tag's name and attributes as the tokenizer reads them; a {@code <} outside a quoted value,
     * or the page ending inside the tag, is not read.
     */
    private Tag tag(int from) throws Unsure {
        int i = from;
        while (i < length && !isSpace(in[i]) && in[i] != '/' && in[i] != '>') {
            if (in[i] == '<') {
                throw new Unsure();
            }
            i++;
        }
        String name = lowerName(in, from, i);
        boolean hidden = false;
        byte[] alt = null;
        boolean seenAlt = false;
        while (true) {
            while (i < length && (isSpace(in[i]) || in[i] == '/')) {
                i++;
            }
            if (i >= length) {
                throw new Unsure();
            }
            if (in[i] == '>') {
                return new Tag(name, i + 1, hidden, alt);
            }
            int nameStart = i;
            if (in[i] == '<' || in[i] == '"' || in[i] == '\'') {
                throw new Unsure();
            }
            i++; // the first character of a name may be '='
            while (i < length && !isSpace(in[i]) && in[i] != '/' && in[i] != '>' && in[i] != '=') {
                if (in[i] == '<' || in[i] == '"' || in[i] == '\'') {
                    throw new Unsure();
                }
                i++;
            }
            String attribute = lowerName(in, nameStart, i);
            while (i < length && isSpace(in[i])) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < length && in[i] == '=') {
                i++;
                while (i < length && isSpace(in[i])) {
                    i++;
                }
                if (i >= length) {
                    throw new Unsure();
                }
                if (in[i] == '"' || in[i] == '\'') {
                    int close = indexOf(in[i], i + 1);
                    if (close < 0) {
                        throw new Unsure();
                    }
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                    if (i < length && !isSpace(in[i]) && in[i] != '/' && in[i] != '>') {
                        throw new Unsure();
                    }
                } else {
                    valueStart = i;
                    while (i < length && !isSpace(in[i]) && in[i] != '>') {
                        if (in[i] == '<' || in[i] == '"' || in[i] == '\'' || in[i] == '=' || in[i] == '`') {
                            throw new Unsure();
                        }
                        i++;
                    }
                    valueEnd = i;
                }
            }
            switch (attribute) {
                case "hidden" -> hidden = true;
                case "role", "class" -> hidden |= chromeValue(attribute, valueStart, valueEnd);
                case "alt" -> {
                    if (!seenAlt) {
                        seenAlt = true;
                        if (indexOf((byte) '&', valueStart, valueEnd) >= 0) {
                            throw new Unsure();
                        }
                        alt = java.util.Arrays.copyOfRange(in, valueStart, valueEnd);
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * The names of elements and attributes pages use most, by a hash of their lower-case bytes:
     * a tag read from bytes gets the constant, its hash already known to the sets it is looked up
     * in, instead of a new string made, lowered and hashed for every tag of every page.
     */
    private static final String[] KNOWN_NAMES = new String[1024];

    static {
        String known = "a abbr address alt area article aside b base blockquote body br button canvas caption center "
                + "class code col colgroup dd del details dfn dialog div dl dt em embed figcaption figure footer form "
                + "h1 h2 h3 h4 h5 h6 head header hgroup hidden hr href html i id img input ins kbd lang li link main "
                + "mark meta name nav noscript ol p pre q rel role s samp script section small span src strong style "
                + "sub summary sup table tbody td th thead time title tr tt type u ul var wbr";
        for (String name : known.split(" ")) {
            int slot = slot(nameHash(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, name.length()));
            if (KNOWN_NAMES[slot] == null) {
                KNOWN_NAMES[slot] = name; // on a clash the first keeps the slot (none clash today)
            }
        }
    }

    /** Where a name of this hash goes in {@link #KNOWN_NAMES}: the names above each get a slot of their own. */
    private static int slot(int hash) {
        return (hash ^ (hash >>> 10)) & (KNOWN_NAMES.length - 1);
    }

    /** The hash of {@code in[from, to)} lower-cased, as String.hashCode gives it. */
    private static int nameHash(byte[] in, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(in[i]);
        }
        return h;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    /** The name in {@code in[from, to)} (printable ASCII) in lower case: a constant for a common one. */
    static String lowerName(byte[] in, int from, int to) {
        String known = KNOWN_NAMES[slot(nameHash(in, from, to))];
        if (known != null && known.length() == to - from) {
            int i = 0;
            while (i < known.length() && known.charAt(i) == lower(in[from + i])) {
                i++;
            }
            if (i == known.length()) {
                return known;
            }
        }
        byte[] name = Arrays.copyOfRange(in, from, to);
        for (int i = 0; i < name.length; i++) {
            name[i] = (byte) lower(name[i]);
        }
        return new String(name, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Whether a role or class may mark chrome (a class by any name that holds one of the chrome classes). */
    private boolean chromeValue(String attribute, int from, int to) throws Unsure {
        if (indexOf((byte) '&', from, to) >= 0) {
            throw new Unsure();
        }
        String value = new String(in, from, to - from, java.nio.charset.StandardCharsets.US_ASCII);
        if (attribute.equals("role")) {
            return CHROME_ROLES.contains(value.strip().toLowerCase(Locale.ROOT));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String chrome : CHROME_CLASSES) {
            if (lower.contains(chrome)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(int from, String prefix) {
        return startsWith(from, prefix, false);
    }

    private boolean startsWith(int from, String prefix, boolean anyCase) {
        return startsWith(in, length, from, prefix, anyCase);
    }

    /** Whether {@code in} (of {@code length} bytes) spells {@code prefix} at {@code from}, a lower-case one in any case when {@code anyCase}. */
    static boolean startsWith(byte[] in, int length, int from, String prefix, boolean anyCase) {
        if (from + prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = (char) (in[from + i] & 0xFF);
            if ((anyCase ? Character.toLowerCase(c) : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte b, int from) {
        return indexOf(b, from, length);
    }

    private int indexOf(byte b, int from, int to) {
        return indexOf(in, b, from, to);
    }

    /** The first index of {@code b} in {@code in[from, to)}, or -1. */
    static int indexOf(byte[] in, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    static boolean isAlnum(byte b) {
        return isLetter(b) || b >= '0' && b <= '9';
    }
}
