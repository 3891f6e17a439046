package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;

/** A formatted page (as groff and mandoc print it at 80 columns) becomes headings, prose, items and code. */
class ManPageLayoutTest {

    private static final String HEADER = "LS(1)                             User Commands                            LS(1)";

    private static List<Block> blocks(String... lines) {
        return ManPageLayout.blocks(String.join("\n", lines) + "\n");
    }

    @Test
    void sectionsAreHeadingsAndTheRunningHeaderAndFooterAreDropped() {
        List<Block> blocks = blocks(HEADER, "", "NAME", "       ls - list directory contents", "",
                "  Exit status:", "       0      if OK,", "",
                "GNU coreutils 9.1          September 2022                            LS(1)");

        assertThat(blocks).extracting(Block::kind, Block::level, Block::marker, Block::text).containsExactly(
                tuple(BlockKind.HEADING, 1, "", "NAME"),
                tuple(BlockKind.PARAGRAPH, 0, "", "ls - list directory contents"),
                tuple(BlockKind.HEADING, 2, "", "Exit status:"),
                tuple(BlockKind.LIST_ITEM, 1, "", "0\nif OK,"));
    }

    @Test
    void groffsFooterOfTheTitleAloneIsDroppedToo() {
        List<Block> blocks = blocks(HEADER, "", "NAME", "       x", "", "", "                                    X(1)");

        assertThat(blocks).extracting(Block::text).containsExactly("NAME", "x");
    }

    @Test
    void filledProseIsReflowedItsJustificationUndone() {
        List<Block> blocks = blocks(HEADER, "", "DESCRIPTION",
                "       List  information  about  the  FILEs  (the current directory by default).",
                "       Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.");

        assertThat(blocks.get(1).kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(blocks.get(1).text()).isEqualTo("List information about the FILEs (the current directory by default). "
                + "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.");
    }

    @Test
    void aTaggedParagraphHangsFromItsTag() {
        List<Block> blocks = blocks(HEADER, "", "OPTIONS",
                "       --block-size=SIZE",
                "              with  -l,  scale  sizes  by  SIZE  when   printing   them;   e.g.,",
                "              '--block-size=M'; see SIZE format below", "",
                "       -c     with  -lt:  sort by, and show, ctime (time of last modification of",
                "              file status information)");

        assertThat(blocks).extracting(Block::kind, Block::level, Block::marker, Block::text).containsExactly(
                tuple(BlockKind.HEADING, 1, "", "OPTIONS"),
                tuple(BlockKind.LIST_ITEM, 1, "",
                        "--block-size=SIZE\nwith -l, scale sizes by SIZE when printing them; e.g., '--block-size=M'; see SIZE format below"),
                tuple(BlockKind.LIST_ITEM, 1, "",
                        "-c\nwith -lt: sort by, and show, ctime (time of last modification of file status information)"));
    }

    @Test
    void itemsWithoutBlankLinesBetweenAreCutAtEachTag() {
        List<Block> blocks = blocks(HEADER, "", "EXIT STATUS",
                "       0      if OK,", "       1      if minor problems,", "       2      if serious trouble.");

        assertThat(blocks).extracting(Block::text).containsExactly("EXIT STATUS", "0\nif OK,", "1\nif minor problems,",
                "2\nif serious trouble.");
    }

    @Test
    void linesSetInColumnsOrAtSeveralIndentsStayCode() {
        List<Block> blocks = blocks(HEADER, "", "EXAMPLES",
                "       Name     Size   Kind",
                "       ls.1     12K    page",
                "", "       for f in *.1; do", "           man -l \"$f\"", "       done");

        assertThat(blocks).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.HEADING, "EXAMPLES"),
                tuple(BlockKind.CODE, "Name     Size   Kind\nls.1     12K    page"),
                tuple(BlockKind.CODE, "for f in *.1; do\n    man -l \"$f\"\ndone"));
    }

    @Test
    void linesBrokenOnPurposeKeepTheirBreaksButWrapAsWords() {
        List<Block> blocks = blocks(HEADER, "", "COPYRIGHT",
                "       Copyright © 2022 Free Software Foundation, Inc.",
                "       This is free software.");

        assertThat(blocks.get(1).kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(blocks.get(1).text()).isEqualTo("Copyright © 2022 Free Software Foundation, Inc.\nThis is free software.");
    }

    @Test
    void deeperProseIsAnItemWithoutMarkerOneLevelIn() {
        List<Block> blocks = blocks(HEADER, "", "DESCRIPTION", "       Body.", "",
                "              A second paragraph of an option, indented under it.");

        assertThat(blocks.get(2)).extracting(Block::kind, Block::level, Block::marker)
                .containsExactly(BlockKind.LIST_ITEM, 2, "");
    }
}
