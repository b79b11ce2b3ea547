package org.hubmap.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;

/**
 * The client's share of a push, apart from the server's, for bench/db.sh: {@code parse FILE} only reads the layout
 * as a push does (each feature with its text); {@code rows FILE LAYOUT_ID OUT} also builds every row as a push sends
 * it and writes the COPY text to OUT, which {@code psql -c "\copy hubmap.features (layout_id, feature_id,
 * properties, geom, json) FROM OUT"} then loads, so the server's COPY is timed without the client. Lives in the
 * store's package because the rows are built by its package-private {@link FeatureRow}.
 */
public final class PushPhases {
    private PushPhases() {
    }

    public static void main(String[] args) throws IOException {
        try {
            if (args.length == 2 && args[0].equals("parse")) {
                long[] count = new long[1];
                LayoutReader.streamWithText(Path.of(args[1]), feature -> count[0]++, ReadProgress.NONE);
                System.out.println(count[0] + " features read");
            } else if (args.length == 4 && args[0].equals("rows")) {
                System.out.println(writeRows(Path.of(args[1]), args[2], Path.of(args[3])) + " rows written");
            } else {
                System.err.println("usage: PushPhases parse FILE | rows FILE LAYOUT_ID OUT");
                System.exit(2);
            }
        } catch (LayoutFormatException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static long writeRows(Path file, String layoutId, Path out) throws IOException, LayoutFormatException {
        LayoutWriter texts = new LayoutWriter(WriteOptions.SHORTEST);
        StringBuilder line = new StringBuilder(4096);
        long[] count = new long[1];
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            LayoutReader.streamWithText(file, feature -> {
                try {
                    line.setLength(0);
                    line.append(layoutId).append('\t');
                    FeatureRow.of(feature, texts.featureText(feature)).appendCopyText(line);
                    line.append('\n');
                    writer.append(line);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, ReadProgress.NONE);
        }
        return count[0];
    }
}
