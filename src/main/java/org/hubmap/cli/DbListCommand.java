package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.store.SharedLayout;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db list --db URL [--json]}: the layouts in a shared store. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the layouts in the database: name, how many features, when it was last changed (UTC,"
                + " ISO 8601) and by which database user (- for a layout that never held a feature)."},
        footer = {"", "Example:", "  hubmap db list --db postgresql://alice@dbhost/hubmap"})
public final class DbListCommand extends StoreCommand {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String NONE = "-";

    @Option(names = "--json", description = "Print a JSON array of objects with name, features, created,"
            + " last_changed and last_changed_by (times in UTC, ISO 8601; null where never changed).")
    private boolean json;

    @Override
    int run(SharedStore store) throws StoreException {
        List<SharedLayout> layouts = store.layouts();
        PrintWriter out = streams.out();
        out.print(json ? json(layouts) : table(layouts));
        if (layouts.isEmpty()) {
            streams.note(database + " holds no layouts yet; hubmap db push FILE --db " + database
                    + " --layout NAME adds one");
        }
        return ExitCodes.OK;
    }

    /** A table of one layout a line, its columns lined up; the header alone when there are none. */
    static String table(List<SharedLayout> layouts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "FEATURES", "LAST CHANGE (UTC)", "BY"});
        for (SharedLayout layout : layouts) {
            rows.add(new String[] {layout.name(), Long.toString(layout.features()),
                layout.lastChanged().map(DbListCommand::time).orElse(NONE), layout.lastChangedBy().orElse(NONE)});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            String line = String.format("%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %s",
                    (Object[]) row);
            table.append(line.stripTrailing()).append(System.lineSeparator());
        }
        return table.toString();
    }

    /** The layouts as a JSON array, in the order of their names. */
    static String json(List<SharedLayout> layouts) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            for (SharedLayout layout : layouts) {
                g.writeStartObject();
                g.writeStringField("name", layout.name());
                g.writeNumberField("features", layout.features());
                g.writeStringField("created", time(layout.created()));
                g.writeStringField("last_changed", layout.lastChanged().map(DbListCommand::time).orElse(null));
                g.writeStringField("last_changed_by", layout.lastChangedBy().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a generator over a string writes nowhere that can fail", e);
        }
        return text + System.lineSeparator();
    }

    /** {@code 2026-12-07T22:10:05Z}: to the second, which is as much as a list needs. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
