package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {

    private static final Map<String, String> ALL = Map.of("PILCROW_DATA_DIR", "/own",
            "XDG_DATA_HOME", "/xdg", "HOME", "/home/ann");

    @Test
    void optionFirstThenOwnVariableThenXdgThenHome() {
        assertThat(DataDir.resolve("/opt/d", ALL)).isEqualTo(Path.of("/opt/d"));
        assertThat(DataDir.resolve(null, ALL)).isEqualTo(Path.of("/own"));
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/home/ann")))
                .isEqualTo(Path.of("/xdg/pilcrow"));
        assertThat(DataDir.resolve(null, Map.of("HOME", "/home/ann")))
                .isEqualTo(Path.of("/home/ann/.local/share/pilcrow"));
    }

    @Test
    void emptyOrRelativeValuesAreIgnored() {
        Map<String, String> env = Map.of("PILCROW_DATA_DIR", "", "XDG_DATA_HOME", "rel",
                "HOME", "/home/ann");
        assertThat(DataDir.resolve("", env)).isEqualTo(Path.of("/home/ann/.local/share/pilcrow"));
    }
}
