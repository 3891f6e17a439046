package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bookmark made on a real full disk (a small tmpfs, mounted when running as root, as CI does):
 * the first quit is held and says why, the second quits, and after the terminal is restored one
 * line on stderr says what was lost, with exit status 2.
 */
@Needs({"tmux", "java", "mount", "umount"})
class UnsavedOnQuitInTmuxIT {

    @TempDir
    Path temp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallFullDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs for a full disk needs root");
        disk = Files.createDirectory(temp.resolve("disk"));
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "skipped: this machine does not allow mounting a tmpfs");
        Files.createDirectory(disk.resolve("data"));
        fill(disk.resolve("filler"));
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            sh("umount", disk.toString());
        }
    }

    private static int sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Writes until the disk refuses: it is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1024; i++) { // at most 4 MiB: far more than the disk holds
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return;
        }
        throw new AssertionError("the disk never filled up");
    }

    @Test
    void quittingWithABookmarkNotSavedIsHeldOnceThenSaysWhatWasLostAndExitsTwo() throws Exception {
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "PILCROW_DATA_DIR='" + disk.resolve("data") + "' java -Dpilcrow.seeds='"
                        + ReaderInTmuxIT.ROOT.resolve("seeds") + "' -jar '" + ReaderInTmuxIT.JAR + "' 2> '"
                        + temp.resolve("err") + "'",
                "echo $? > '" + temp.resolve("status.tmp") + "'",
                "mv '" + temp.resolve("status.tmp") + "' '" + temp.resolve("status") + "'",
                ""), StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start("exec sh '" + script + "'", 100, 30)) {
            tmux.waitFor("US passes itself off as victim of cyberattacks to smear China");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.keys("m");
            tmux.type("kept?");
            tmux.keys("Enter");
            tmux.waitFor("Not saved");

            tmux.keys("Q");
            String held = tmux.waitFor("quit again to discard");
            assertThat(Tmux.statusLine(held)).contains("1 bookmark change");
            assertThat(temp.resolve("status")).as("still running after the first Q").doesNotExist();

            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("status"));
        }
        assertThat(Files.readString(temp.resolve("status")).strip()).isEqualTo("2");
        assertThat(Files.readString(temp.resolve("err")).lines().toList()).singleElement().asString()
                .startsWith("pilcrow: 1 bookmark change")
                .endsWith("not saved: no space left on device");
    }
}
