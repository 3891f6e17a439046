package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.testing.SmallDisk;

/**
 * A bookmark made on a real full disk (a small tmpfs, mounted when running as root, as CI does):
 * the first quit is held and says why, the second quits, and after the terminal is restored one
 * line on stderr says what was lost, with exit status 2.
 */
@Needs({"tmux", "java", "mount", "umount"})
class UnsavedOnQuitInTmuxIT {

    @TempDir
    Path temp;

    private SmallDisk small;
    private Path disk;

    @BeforeEach
    void mountASmallFullDisk() throws Exception {
        small = SmallDisk.mount(temp);
        disk = small.path();
        Files.createDirectory(disk.resolve("data"));
        small.fill();
    }

    @AfterEach
    void unmount() throws Exception {
        if (small != null) {
            small.close();
        }
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
