package pilcrow.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A separate process for {@link StoreProcessesTest}: {@code add DIR N} waits for a line on stdin
 * (so two children start together), then adds N bookmarks; {@code forever DIR} adds until killed.
 * Each id is printed only after {@link Store#add} returned: a printed id is an acknowledged one.
 */
public final class StoreChild {

    /** Printed before each add: a kill after it and before the id landed inside the add. */
    static final String ADDING = "+";

    private StoreChild() {}

    public static void main(String[] args) throws Exception {
        Store store = Store.open(Path.of(args[1]), Clock.systemUTC());
        int count = args[0].equals("add") ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (args[0].equals("add")) {
            System.out.println("ready");
            System.out.flush();
            in.readLine();
        }
        // If the test's JVM dies, stdin closes: end too rather than write forever as an orphan.
        Thread watchdog = new Thread(() -> {
            try {
                while (in.readLine() != null) {
                    // nothing is expected after the start line
                }
            } catch (java.io.IOException e) {
                // closed: same as the end
            }
            Runtime.getRuntime().halt(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        for (int i = 0; i < count; i++) {
            System.out.println(ADDING);
            System.out.flush();
            Bookmark b = store.add("doc-" + ProcessHandle.current().pid() + ".txt", "fp", i,
                    "quote " + i, "note " + i + "\nwith a second line");
            System.out.println(b.id());
            System.out.flush();
        }
        if (store.warning().isPresent()) {
            System.out.println("warning: " + store.warning().get());
            System.exit(1);
        }
    }
}
