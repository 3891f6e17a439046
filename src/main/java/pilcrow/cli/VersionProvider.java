package pilcrow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the version Maven wrote into the jar, and the Java it runs on. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"pilcrow " + version(), "Java ${java.version} (${java.vendor})"};
    }

    /** What picocli prints for {@code --version}, its {@code ${...}} resolved: for a run without picocli. */
    static String[] lines() throws IOException {
        return new String[] {"pilcrow " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    private static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/pilcrow/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "(unknown version)");
    }
}
