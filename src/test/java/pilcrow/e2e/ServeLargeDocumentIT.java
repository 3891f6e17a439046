package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pilcrow serve} on a document over the large-file threshold, reached with OpenSSH in tmux:
 * the first screen shows, G reaches the end, the index is built in the background (and a second
 * user gets it at once), and SIGTERM stops the server with sessions open.
 */
@Needs({"tmux", "java", "ssh", "ssh-keygen"})
class ServeLargeDocumentIT {

    static final int PARAGRAPHS = 240_000;

    @TempDir
    Path dir;

    private Path document() throws IOException {
        Path file = dir.resolve("large.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Large Served Document\n\n");
            for (int i = 1; i <= PARAGRAPHS; i++) {
                out.write("Paragraph " + i + " of the large served document, written to fill some bytes.\n\n");
            }
            out.write("The last paragraph names the ZEBRAFINCH.\n");
        }
        assertThat(Files.size(file)).isGreaterThan(16L << 20);
        return file;
    }


    @Test
    void aLargeDocumentOpensAtOnceOverSshIsIndexedOnceAndTheServerStops() throws Exception {
        Path file = document();
        Path alice = ServedReader.key(dir, "alice");
        Path bob = ServedReader.key(dir, "bob");
        String total = String.format(Locale.ROOT, "%,d", PARAGRAPHS + 1);
        try (ServedReader server = ServedReader.start(dir, List.of(alice, bob), file.toString());
             Tmux first = ServeIT.connect(server, alice, 100, 30)) {
            server.waitForLog("serving 1 document");
            first.waitFor("A Large Served Document");
            first.keys("Enter");
            first.waitFor("Paragraph 3 of the large");
            first.keys("G");
            String end = first.waitFor("ZEBRAFINCH");
            assertThat(end).contains("Paragraph " + PARAGRAPHS + " of the large");
            first.waitFor("the index built", s -> Tmux.statusLine(s).contains("/" + total) && !Tmux.statusLine(s).contains("~"));

            try (Tmux second = ServeIT.connect(server, bob, 100, 30)) {
                second.waitFor("A Large Served Document");
                second.keys("Enter");
                // The index built for alice's session is bob's at once: exact numbers from the start.
                String opened = second.waitFor("the shared index",
                        s -> Tmux.statusLine(s).contains("/" + total) && !Tmux.statusLine(s).contains("~"));
                assertThat(opened).contains("Paragraph 3 of the large");
                second.type(":200000");
                second.keys("Enter");
                second.waitFor("¶200,000/" + total);

                assertThat(server.terminate()).isEqualTo(143);
                first.waitFor("SSH-EXIT=");
                second.waitFor("SSH-EXIT=");
                assertThat(server.log()).contains("stopped");
            }
        }
    }
}
