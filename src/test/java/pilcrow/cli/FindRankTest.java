package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code find --rank}: the same lines as without, best paragraph first by BM25. */
class FindRankTest {

    @TempDir
    Path temp;

    @Test
    void paragraphsDenserInTheWordComeFirstAndNothingIsLostOrAdded() throws Exception {
        Path lib = temp.resolve("lib");
        Files.createDirectories(lib);
        String filler = "other words fill this paragraph ".repeat(12);
        Files.writeString(lib.resolve("a.txt"), "Alpha\n\n" + filler + "zebra " + filler + "\n\nno match here\n",
                StandardCharsets.UTF_8);
        Files.writeString(lib.resolve("b.txt"), "Beta\n\nA zebra, a zebra and a zebra.\n", StandardCharsets.UTF_8);
        Files.writeString(lib.resolve("c.txt"), "Gamma\n\nOne zebra only, in a short paragraph.\n",
                StandardCharsets.UTF_8);

        CommandLineTest.Run plain = CommandLineTest.run("find", "zebra", lib.toString());
        CommandLineTest.Run ranked = CommandLineTest.run("find", "--rank", "zebra", lib.toString());

        assertThat(plain.outLines()).hasSize(5);
        assertThat(plain.outLines().get(0)).startsWith("Alpha");
        assertThat(ranked.outLines()).containsExactlyInAnyOrderElementsOf(plain.outLines());
        List<String> titles = ranked.outLines().stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
        assertThat(titles).containsExactly("Beta", "Beta", "Beta", "Gamma", "Alpha");
        assertThat(ranked.exit()).isEqualTo(plain.exit());
    }

    @Test
    void moreMatchesScoreHigherAndLongerParagraphsLower() {
        double average = 20;
        assertThat(Ranking.score(new Ranking.Paragraph(3, 20), average))
                .isGreaterThan(Ranking.score(new Ranking.Paragraph(1, 20), average));
        assertThat(Ranking.score(new Ranking.Paragraph(1, 10), average))
                .isGreaterThan(Ranking.score(new Ranking.Paragraph(1, 80), average));
        assertThat(Ranking.score(null, average)).isZero();
    }
}
