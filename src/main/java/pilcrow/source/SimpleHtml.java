package pilcrow.source;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import pilcrow.core.doc.Document;

/**
 * A simple HTML page read into blocks straight from its ASCII bytes, without jsoup's tokenizer and
 * tree: for {@code pilcrow find} across folders of pages, where jsoup's parse of the pages that
 * hold the word was two fifths of the time (bench/html-find.sh). The elements are handed to
 * {@link HtmlParser.Walker} as jsoup's tree would hand them, so the blocks are made by the same
 * code; what this reader must get right is only the tree, and it reads a page only where the
 * tree is plain from the bytes: every element closed by its own end tag, in order, nothing the
 * HTML parser would move, close early or read otherwise.
 *
 * <p>So it declines (null: "let jsoup read it") a page with an element outside a short list
 * (no tables, forms, {@code pre}, frames, foreign content, unknown tags), an end tag that is not
 * the innermost open element's, a block start inside a {@code p}, a heading started inside a
 * heading, a link inside a link, a list item outside a list, an entity it does not decode, a
 * script holding a comment start, a head element in the body, text after the body, nesting past
 * {@link #MAX_DEPTH}, or markup cut short by the end of the page. Its bytes must be printable
 * ASCII, tabs and line breaks ({@link Prefilter.Verdict#plainAscii()}): text is not checked for
 * others. {@code SimpleHtmlTest} checks every page it reads against jsoup's reading.
 */
final class SimpleHtml {

    /** Deeper pages are left to jsoup, which keeps at most 512 elements open. */
    static final int MAX_DEPTH = 200;

    /** Elements allowed inside a {@code p}: none of them ends it. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code",
            "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    /** Blocks read here; each one's start ends an open {@code p}, so none may start inside one. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "div", "dl", "dt", "figcaption", "figure", "footer", "header", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
            "li", "main", "nav", "ol", "p", "section", "ul");
    private static final Set<String> VOID = Set.of("br", "img", "wbr", "hr");
    private static final Set<String> HEAD_VOID = Set.of("meta", "link", "base");
    private static final Attributes NO_ATTRIBUTES = new Attributes();

    /** Thrown where jsoup must read the page. */
    private static final class NotSimple extends Exception {
        NotSimple() {
            super(null, null, false, false);
        }
    }

    /** Where the reader is in the page, as the HTML parser's insertion modes go (the few used here). */
    private enum Phase { BEFORE_HEAD, IN_HEAD, AFTER_HEAD, IN_BODY, AFTER_BODY }

    private final byte[] in;
    /** The same page as a string, which text is appended from in one copy. */
    private final String page;
    private final int length;
    private int at;
    private Phase phase = Phase.BEFORE_HEAD;
    private boolean sawHtml;
    private boolean sawDoctypeOrTag;
    /** The first {@code <title>}'s text, entities decoded; null before one. */
    private String title;
    /** Told only printable ASCII, no-break spaces and white space (see the class comment): clean text. */
    private final HtmlParser.Walker walker = new HtmlParser.Walker(true);
    /** The body's open elements, innermost last, with their attributes and whether each starts a dropped part. */
    private final String[] open = new String[MAX_DEPTH];
    private final Attributes[] attributes = new Attributes[MAX_DEPTH];
    private final boolean[] drops = new boolean[MAX_DEPTH];
    private int depth;
    /** Open elements that drop what is in them: while there are any, the walker is told nothing. */
    private int dropping;
    private int paragraphs;
    private int anchors;

    private SimpleHtml(byte[] in, int length) {
        this.in = in;
        this.length = length;
        this.page = new String(in, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** The page's document as {@link HtmlParser#parse} makes it, or null when the page is not simple. */
    static Document parse(String name, byte[] ascii, int length, String fallbackTitle, long byteSize) {
        SimpleHtml reader = new SimpleHtml(ascii, length);
        try {
            reader.read();
        } catch (NotSimple e) {
            return null;
        }
        reader.walker.flush();
        reader.walker.idsEndHere();
        String title = reader.title == null ? "" : HtmlParser.titleText(reader.title);
        return HtmlParser.document(name, reader.walker, title, fallbackTitle, byteSize);
    }

    private void read() throws NotSimple {
        while (at < length) {
            byte b = in[at];
            if (b == '<') {
                markup();
            } else {
                text();
            }
        }
        while (depth > 0) {
            close(); // open at the end of the page: jsoup ends them there too
        }
    }

    /** Text up to the next {@code <}: runs of bytes as they are, entities decoded one by one. */
    private void text() throws NotSimple {
        while (at < length && in[at] != '<') {
            if (in[at] == '&') {
                entity();
                continue;
            }
            int from = at;
            at = HtmlText.nextMarkup(in, from, length);
            if (phase == Phase.IN_BODY ? dropping == 0 : bodyText(isSpace(from, at))) {
                walker.text(in, page, from, at);
            }
        }
    }

    private boolean isSpace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(in[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether text goes to the body's walker now: white space before the body is the head's (or
     * nothing), other text starts the body; after the body nothing but white space may come.
     */
    private boolean bodyText(boolean space) throws NotSimple {
        if (phase == Phase.IN_BODY) {
            return dropping == 0;
        }
        if (space) {
            return false; // in the head or between it and the body: never shown
        }
        if (phase == Phase.AFTER_BODY) {
            throw new NotSimple();
        }
        phase = Phase.IN_BODY;
        return true;
    }

    /** A character reference in text. */
    private void entity() throws NotSimple {
        int next = at + 1;
        if (next < length && (isAlnum(in[next]) || in[next] == '#')) {
            char c = decode(next);
            at = indexOf((byte) ';', next) + 1;
            if (bodyText(false)) {
                walker.text(String.valueOf(c));
            }
        } else {
            at++; // not a reference: the parser keeps the ampersand
            if (bodyText(false)) {
                walker.text("&");
            }
        }
    }

    /**
     * The character of the reference after {@code &} at {@code from}, ended by {@code ;}: the
     * common named ones, and numbers of printable ASCII; any other is jsoup's to decode.
     */
    private char decode(int from) throws NotSimple {
        int c = HtmlText.reference(in, from, length);
        if (c != '\u00A0' && (c < 0x20 || c >= 0x7F)) {
            throw new NotSimple();
        }
        return (char) c;
    }

    private void markup() throws NotSimple {
        int next = at + 1;
        if (next >= length) {
            throw new NotSimple();
        }
        byte b = in[next];
        if (isLetter(b)) {
            Tag tag = tag(next);
            at = tag.end;
            startTag(tag);
        } else if (b == '/') {
            if (next + 1 >= length || !isLetter(in[next + 1])) {
                throw new NotSimple(); // </> and bogus comments
            }
            Tag tag = tag(next + 1);
            at = tag.end;
            endTag(tag.name);
        } else if (b == '!') {
            declaration();
        } else if (b == '?') {
            at = indexOf((byte) '>', next) + 1; // an XML declaration, read as a comment
        } else {
            at++; // not a tag: the parser keeps the < as text
            if (bodyText(false)) {
                walker.text("<");
            }
        }
    }

    /** A comment, or a doctype before anything else; any other declaration is jsoup's. */
    private void declaration() throws NotSimple {
        int from = at + 2;
        if (startsWith(from, "--", false)) {
            int body = from + 2;
            if (startsWith(body, ">", false) || startsWith(body, "->", false)) {
                throw new NotSimple();
            }
            for (int end = body; end + 3 <= length; end++) {
                if (startsWith(end, "--!>", false)) {
                    throw new NotSimple();
                }
                if (startsWith(end, "-->", false)) {
                    at = end + 3;
                    return;
                }
            }
            throw new NotSimple();
        }
        if (startsWith(from, "doctype", true) && !sawDoctypeOrTag) {
            // Its end is the first '>', even within a quoted identifier (which the parser then cuts short).
            int end = indexOf((byte) '>', from);
            sawDoctypeOrTag = true;
            at = end + 1;
            return;
        }
        throw new NotSimple();
    }

    private void startTag(Tag tag) throws NotSimple {
        sawDoctypeOrTag = true;
        String name = tag.name;
        switch (phase) {
            case BEFORE_HEAD, IN_HEAD, AFTER_HEAD -> {
                if (name.equals("html")) {
                    if (sawHtml || phase != Phase.BEFORE_HEAD || tag.selfClosing) {
                        throw new NotSimple();
                    }
                    sawHtml = true;
                } else if (name.equals("head")) {
                    if (phase != Phase.BEFORE_HEAD) {
                        throw new NotSimple();
                    }
                    phase = Phase.IN_HEAD;
                } else if (name.equals("body")) {
                    phase = Phase.IN_BODY;
                } else if (isHeadElement(name)) {
                    if (phase == Phase.AFTER_HEAD) {
                        throw new NotSimple(); // jsoup moves it back into the head
                    }
                    phase = Phase.IN_HEAD;
                    headElement(tag);
                } else {
                    phase = Phase.IN_BODY; // the head and the body are implied
                    bodyStart(tag);
                }
            }
            case IN_BODY -> bodyStart(tag);
            case AFTER_BODY -> throw new NotSimple();
        }
    }

    private static boolean isHeadElement(String name) {
        return HEAD_VOID.contains(name) || name.equals("title") || name.equals("script") || name.equals("style");
    }

    private void headElement(Tag tag) throws NotSimple {
        switch (tag.name) {
            case "title" -> {
                String text = rawText("title", true);
                if (title == null) {
                    title = text;
                }
            }
            case "script", "style" -> rawText(tag.name, false);
            default -> {
            }
        }
    }

    private void bodyStart(Tag tag) throws NotSimple {
        String name = tag.name;
        if (name.equals("script") || name.equals("style")) {
            rawText(name, false); // dropped wherever it is
            return;
        }
        boolean phrasing = PHRASING.contains(name);
        if (!phrasing && !BLOCKS.contains(name)) {
            throw new NotSimple();
        }
        String parent = depth > 0 ? open[depth - 1] : "body";
        boolean isVoid = VOID.contains(name);
        if (tag.selfClosing && !isVoid
                || !phrasing && paragraphs > 0 // the block would end the paragraph
                || isHeading(name) && isHeading(parent) // jsoup ends the outer one
                || name.equals("a") && anchors > 0
                || name.equals("li") && !parent.equals("ul") && !parent.equals("ol")
                || (name.equals("dt") || name.equals("dd")) && !parent.equals("dl")
                || depth >= MAX_DEPTH) {
            throw new NotSimple();
        }
        boolean listItem = name.equals("li");
        boolean drops = dropping == 0 && !listItem && HtmlParser.isDropped(name, tag.attributes, this::insideContent);
        if (isVoid) {
            if (dropping == 0 && !drops) {
                walker.open(name, tag.attributes, false);
                walker.close(name, tag.attributes);
            }
            return;
        }
        open[depth] = name;
        attributes[depth] = tag.attributes;
        this.drops[depth] = drops;
        depth++;
        dropping += drops ? 1 : 0;
        paragraphs += name.equals("p") ? 1 : 0;
        anchors += name.equals("a") ? 1 : 0;
        if (dropping == 0) {
            walker.open(name, tag.attributes, listItem);
        }
    }

    /** Whether the element about to open is inside an article, an aside, main or a section. */
    private boolean insideContent() {
        for (int i = 0; i < depth; i++) {
            if (HtmlParser.isContent(open[i])) {
                return true;
            }
        }
        return false;
    }

    private void endTag(String name) throws NotSimple {
        switch (phase) {
            case BEFORE_HEAD, IN_HEAD, AFTER_HEAD -> {
                if (name.equals("body") || name.equals("html")) {
                    phase = Phase.AFTER_BODY; // an empty body is implied
                } else if (name.equals("head") && phase != Phase.AFTER_HEAD) {
                    phase = Phase.AFTER_HEAD;
                } else {
                    throw new NotSimple();
                }
            }
            case IN_BODY -> {
                if (name.equals("body") || name.equals("html")) {
                    if (depth > 0) {
                        throw new NotSimple();
                    }
                    phase = Phase.AFTER_BODY;
                } else if (depth == 0 || !open[depth - 1].equals(name)) {
                    throw new NotSimple(); // the parser would look further, or ignore it
                } else {
                    close();
                }
            }
            case AFTER_BODY -> {
                if (!name.equals("html")) {
                    throw new NotSimple();
                }
            }
        }
    }

    private void close() {
        depth--;
        String name = open[depth];
        if (dropping == 0) {
            walker.close(name, attributes[depth]);
        }
        dropping -= drops[depth] ? 1 : 0;
        paragraphs -= name.equals("p") ? 1 : 0;
        anchors -= name.equals("a") ? 1 : 0;
    }

    /**
     * The contents of a title (entities decoded), a script or a style, up to its end tag, which is
     * read too; a script holding a comment start is not read (its end is not where it looks).
     */
    private String rawText(String name, boolean entities) throws NotSimple {
        StringBuilder text = entities ? new StringBuilder() : null;
        int i = at;
        while (true) {
            int next = i;
            while (next < length && in[next] != '<' && !(entities && in[next] == '&')) {
                if (in[next] < 0x20 && !isSpace(in[next]) || in[next] >= 0x7F) {
                    throw new NotSimple();
                }
                next++;
            }
            if (text != null) {
                text.append(new String(in, i, next - i, StandardCharsets.US_ASCII));
            }
            if (next >= length) {
                throw new NotSimple(); // cut short
            }
            if (in[next] == '&') {
                if (next + 1 < length && (isAlnum(in[next + 1]) || in[next + 1] == '#')) {
                    text.append(decode(next + 1));
                    i = indexOf((byte) ';', next + 1) + 1;
                } else {
                    text.append('&');
                    i = next + 1;
                }
                continue;
            }
            if (name.equals("script") && startsWith(next, "<!--", false)) {
                throw new NotSimple();
            }
            int after = next + 2 + name.length();
            if (startsWith(next, "</", false) && startsWith(next + 2, name, true) && after < length
                    && (isSpace(in[after]) || in[after] == '/' || in[after] == '>')) {
                at = tag(next + 2).end;
                return text == null ? null : text.toString();
            }
            if (text != null) {
                text.append('<');
            }
            i = next + 1;
        }
    }

    /** A tag read from its name at {@code from} to after its {@code >}. */
    private record Tag(String name, int end, Attributes attributes, boolean selfClosing) {
    }

    /**
     * A tag's name (lower case) and attributes as the tokenizer reads them, the first of a name
     * kept; anything the tokenizer would read with an error is jsoup's.
     */
    private Tag tag(int from) throws NotSimple {
        int i = from;
        while (i < length && !isSpace(in[i]) && in[i] != '/' && in[i] != '>') {
            if (!isAlnum(in[i])) {
                throw new NotSimple();
            }
            i++;
        }
        String name = lowerCase(from, i);
        Attributes found = null;
        while (true) {
            while (i < length && isSpace(in[i])) {
                i++;
            }
            if (i >= length) {
                throw new NotSimple();
            }
            if (in[i] == '>') {
                return new Tag(name, i + 1, found == null ? NO_ATTRIBUTES : found, false);
            }
            if (in[i] == '/') {
                if (i + 1 < length && in[i + 1] == '>') {
                    return new Tag(name, i + 2, found == null ? NO_ATTRIBUTES : found, true);
                }
                throw new NotSimple();
            }
            int nameStart = i;
            while (i < length && (isAlnum(in[i]) || in[i] == '-' || in[i] == '_' || in[i] == ':' || in[i] == '.')) {
                i++;
            }
            if (i == nameStart || i >= length) {
                throw new NotSimple();
            }
            String attribute = lowerCase(nameStart, i);
            String value = "";
            if (in[i] == '=') {
                i++;
                if (i >= length) {
                    throw new NotSimple();
                }
                if (in[i] == '"' || in[i] == '\'') {
                    int close = indexOf(in[i], i + 1);
                    value = attributeValue(i + 1, close);
                    i = close + 1;
                    if (i >= length || !isSpace(in[i]) && in[i] != '/' && in[i] != '>') {
                        throw new NotSimple();
                    }
                } else {
                    int start = i;
                    while (i < length && !isSpace(in[i]) && in[i] != '>') {
                        if (in[i] == '<' || in[i] == '"' || in[i] == '\'' || in[i] == '=' || in[i] == '`') {
                            throw new NotSimple();
                        }
                        i++;
                    }
                    if (i == start) {
                        throw new NotSimple();
                    }
                    value = attributeValue(start, i);
                }
            } else if (!isSpace(in[i]) && in[i] != '/' && in[i] != '>') {
                throw new NotSimple();
            }
            if (found == null) {
                found = new Attributes();
            }
            if (!found.hasKey(attribute)) {
                found.put(attribute, value); // jsoup keeps the first of a name
            }
        }
    }

    /** An attribute's value from {@code from} to {@code to}, entities decoded. */
    private String attributeValue(int from, int to) throws NotSimple {
        if (to < 0) {
            throw new NotSimple();
        }
        int amp = indexOf((byte) '&', from, to);
        for (int i = from; i < to; i++) {
            if (in[i] < 0x20 && !isSpace(in[i]) || in[i] >= 0x7F) {
                throw new NotSimple();
            }
        }
        if (amp < 0) {
            return new String(in, from, to - from, StandardCharsets.US_ASCII);
        }
        StringBuilder value = new StringBuilder();
        int i = from;
        while (i < to) {
            if (in[i] != '&') {
                value.append((char) in[i++]);
            } else if (i + 1 < to && (isAlnum(in[i + 1]) || in[i + 1] == '#')) {
                value.append(decode(i + 1));
                i = indexOf((byte) ';', i + 1) + 1;
                if (i > to) {
                    throw new NotSimple();
                }
            } else {
                value.append('&');
                i++;
            }
        }
        return value.toString();
    }

    private String lowerCase(int from, int to) {
        return HtmlText.lowerName(in, from, to);
    }

    private boolean startsWith(int from, String prefix, boolean anyCase) {
        return HtmlText.startsWith(in, length, from, prefix, anyCase);
    }

    private int indexOf(byte b, int from) throws NotSimple {
        int found = indexOf(b, from, length);
        if (found < 0) {
            throw new NotSimple();
        }
        return found;
    }

    private int indexOf(byte b, int from, int to) {
        return HtmlText.indexOf(in, b, from, to);
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean isSpace(byte b) {
        return HtmlText.isSpace(b);
    }

    private static boolean isLetter(byte b) {
        return HtmlText.isLetter(b);
    }

    private static boolean isAlnum(byte b) {
        return HtmlText.isAlnum(b);
    }
}
