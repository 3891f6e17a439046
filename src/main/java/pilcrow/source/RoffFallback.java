package pilcrow.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;

/**
 * A man page shown from its roff source when no formatter is installed: readable, not typeset.
 * {@code .SH}/{@code .Sh} are headings, {@code .SS}/{@code .Ss} subheadings; {@code .PP},
 * {@code .TP}, {@code .IP} and friends start paragraphs (a tag as the item's first line); {@code .nf}
 * and {@code .EX} (mdoc's {@code .Bd}) keep lines; font macros keep their words; comments, macro
 * definitions and other requests are dropped; escapes become plain text ({@link RoffText}).
 */
final class RoffFallback {

    private static final Set<String> PARAGRAPH = Set.of("PP", "LP", "P", "Pp", "Lp", "sp", "br", "HP", "Bl", "El");
    private static final Set<String> JOINED_FONTS = Set.of("BR", "RB", "BI", "IB", "IR", "RI");
    private static final Set<String> SPACED_FONTS = Set.of("B", "I", "SM", "SB", "UR", "MT", "OP");
    private static final Set<String> UNTIL_END = Set.of("de", "de1", "am", "ig", "ds1");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private String marker = "";
    private int level = 1;
    private boolean item;
    private boolean noFill;
    /** After .TP: the next text line is the tag. */
    private boolean tagNext;

    private RoffFallback() {
    }

    static List<Block> blocks(String roff) {
        RoffFallback fallback = new RoffFallback();
        fallback.read(roff.split("\n", -1));
        return fallback.blocks;
    }

    private void read(String[] lines) {
        String skipUntil = null;
        for (String line : lines) {
            if (skipUntil != null) {
                if (line.trim().equals(skipUntil)) {
                    skipUntil = null;
                }
                continue;
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                List<String> words = ManPages.arguments(line.substring(1).trim());
                String request = words.isEmpty() ? "" : words.get(0);
                if (UNTIL_END.contains(request)) {
                    skipUntil = "..";
                    continue;
                }
                request(request, words.subList(Math.min(1, words.size()), words.size()));
            } else {
                text(RoffText.plain(line));
            }
        }
        endParagraph();
    }

    private void request(String request, List<String> args) {
        switch (request) {
            case "SH", "Sh" -> heading(1, args);
            case "SS", "Ss" -> heading(2, args);
            case "TP" -> {
                endParagraph();
                item = true;
                tagNext = true;
            }
            case "IP", "It" -> {
                endParagraph();
                item = true;
                marker = args.isEmpty() ? "" : plainWords(args, request.equals("It"));
            }
            case "RS" -> {
                endParagraph();
                level++;
            }
            case "RE" -> {
                endParagraph();
                level = Math.max(1, level - 1);
            }
            case "nf", "EX", "Bd" -> {
                endParagraph();
                noFill = true;
            }
            case "fi", "EE", "Ed" -> {
                endParagraph();
                noFill = false;
            }
            default -> {
                if (PARAGRAPH.contains(request)) {
                    endParagraph();
                } else if (JOINED_FONTS.contains(request)) {
                    text(RoffText.plain(String.join("", args)));
                } else if (SPACED_FONTS.contains(request) || isMdocMacro(request)) {
                    text(plainWords(prepend(request, args), true));
                }
                // any other request (.TH, .if, .ds, .nr, .ad, .hy, .ft ...) shows nothing
            }
        }
    }

    private static List<String> prepend(String request, List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(request);
        all.addAll(args);
        return all;
    }

    /** mdoc's macros are two letters, a capital then a small one (.Nm, .Fl, .Ar, .Xr). */
    private static boolean isMdocMacro(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    /** Words of a line, mdoc's macro names among them dropped ({@code Fl} a flag's dash, {@code Xr} a page). */
    private static String plainWords(List<String> words, boolean mdoc) {
        StringBuilder out = new StringBuilder();
        boolean flag = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (mdoc && isMdocMacro(word)) {
                flag = word.equals("Fl");
                if (word.equals("Xr") && i + 2 < words.size()) {
                    append(out, RoffText.plain(words.get(i + 1)) + "(" + RoffText.plain(words.get(i + 2)) + ")");
                    i += 2;
                }
                continue;
            }
            if (SPACED_FONTS.contains(word) && out.length() == 0) {
                continue;
            }
            append(out, (flag ? "-" : "") + RoffText.plain(word));
            flag = false;
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }

    private void heading(int headingLevel, List<String> args) {
        endParagraph();
        level = 1;
        String text = plainWords(args, true).trim();
        if (!text.isEmpty()) {
            blocks.add(new Block(blocks.size() + 1, BlockKind.HEADING, headingLevel, "", text));
        }
    }

    private void text(String line) {
        if (tagNext) {
            marker = line.trim();
            tagNext = false;
            return;
        }
        if (noFill) {
            if (code.length() > 0) {
                code.append('\n');
            }
            code.append(line);
            return;
        }
        if (line.isBlank()) {
            endParagraph();
            return;
        }
        if (paragraph.length() > 0) {
            paragraph.append(' ');
        }
        paragraph.append(line.trim());
    }

    private void endParagraph() {
        if (code.length() > 0) {
            blocks.add(new Block(blocks.size() + 1, BlockKind.CODE, 0, "", code.toString()));
            code.setLength(0);
        }
        if (paragraph.length() > 0 || !marker.isEmpty()) {
            String text = paragraph.toString();
            if (item || level > 1) {
                // The tag as the item's first line, as ManPageLayout makes it: text find can see.
                String withTag = marker.isEmpty() ? text : text.isEmpty() ? marker : marker + "\n" + text;
                blocks.add(new Block(blocks.size() + 1, BlockKind.LIST_ITEM, level, "", withTag));
            } else {
                blocks.add(Block.paragraph(blocks.size() + 1, text));
            }
        }
        paragraph.setLength(0);
        marker = "";
        item = false;
        tagNext = false;
    }
}
