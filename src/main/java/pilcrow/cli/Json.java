package pilcrow.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one JSON configuration of the command line: readable, with non-ASCII text kept as it is. */
final class Json {

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private Json() {
    }
}
