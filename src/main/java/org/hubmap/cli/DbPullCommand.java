package org.hubmap.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.hubmap.io.LayoutFormat;
import org.hubmap.io.SafeFileWriter;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db pull --db URL --layout NAME --out FILE}: writes a shared layout to a GeoJSON file. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {"Write the layout NAME from the database to a GeoJSON file, as of one moment: every feature"
                + " as its text was pushed or saved (a feature another program such as QGIS changed is written"
                + " from its columns).",
            "FILE is replaced safely: written beside it first and renamed into place, the old FILE kept as"
                + " FILE.bak, so a pull that fails leaves FILE as it was. Says on standard error how many features"
                + " it wrote."},
        footer = {"", "Examples:",
            "  hubmap db pull --db postgresql://alice@dbhost/hubmap --layout plan \\",
            "      --out plan.geojson",
            "  hubmap db pull --db postgresql://alice@dbhost/hubmap --layout plan \\",
            "      --out - | hubmap stats -"})
public final class DbPullCommand extends StoreCommand {
    /** How messages name standard output. */
    private static final String STANDARD_OUTPUT = "<stdout>";

    @Option(names = "--layout", required = true, paramLabel = "NAME", description = "The layout to pull"
            + " (hubmap db list shows them).")
    private String layout;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The GeoJSON file to write (.geojson or .json); - for standard output.")
    private Path out;

    @Override
    void checkUsage() {
        if (!StandardStreams.isStandard(out)) {
            LayoutFormat.ofExtension(out).filter(format -> format != LayoutFormat.GEOJSON).ifPresent(format -> {
                throw usage("db pull writes GeoJSON, not " + format.label() + ": name the file .geojson, then"
                        + " hubmap convert it to " + out);
            });
        }
    }

    @Override
    int run(SharedStore store) throws StoreException {
        boolean toStandardOutput = StandardStreams.isStandard(out);
        String outName = toStandardOutput ? STANDARD_OUTPUT : out.toString();
        long[] features = new long[1];
        CountingStream standardOutput = null;
        try {
            if (toStandardOutput) {
                TextOutputStream text = new TextOutputStream(streams.out());
                standardOutput = new CountingStream(text);
                features[0] = store.pull(layout, standardOutput);
                text.close();
            } else {
                SafeFileWriter.write(out, true, stream -> features[0] = store.pull(layout, stream));
            }
        } catch (StoreException e) {
            streams.err().println(spec.qualifiedName() + ": " + e.getMessage());
            String fate = standardOutput == null ? "not written"
                    : standardOutput.count > 0 ? "left incomplete" : "nothing written";
            streams.err().println(outName + ": " + fate);
            return ExitCodes.BAD_DATA;
        } catch (IOException e) {
            streams.err().println(outName + ": cannot be written: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        }
        streams.note(outName + ": " + features[0] + " feature" + (features[0] == 1 ? "" : "s")
                + " written from layout '" + layout + "'");
        return ExitCodes.OK;
    }

    /** Counts the bytes that pass, to tell a pull that failed at once from one that failed part way. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
