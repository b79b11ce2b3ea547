package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.hubmap.check.CheckKind;
import org.hubmap.check.CheckViolation;
import org.hubmap.check.Severity;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutWarning;
import org.hubmap.model.JsonNumber;

/**
 * The errors and warnings of {@code validate --json} and {@code check --json}: one JSON document, {@code
 * {"files": [...]}}, written file by file as each is done rather than built in memory. The shape of each file and
 * diagnostic is documented in docs/diagnostics.md. Writing goes to a {@link PrintWriter}, which keeps its faults to
 * itself, so the methods throw none.
 */
final class DiagnosticsJson implements AutoCloseable {
    /** The code of a warning about a layout's {@code hubmap:checks} settings. */
    static final String CHECK_SETTINGS = "check-settings";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final PrintWriter out;
    private final JsonGenerator g;

    DiagnosticsJson(PrintWriter out) {
        this.out = out;
        try {
            g = JSON.createGenerator(out);
            g.writeStartObject();
            g.writeArrayFieldStart("files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the entry of {@code file}; its diagnostics follow, then {@link #endFile}.
     *
     * @param features how many features were read, or null when the file cannot be read
     */
    void startFile(Path file, boolean valid, Long features) {
        write(() -> {
            g.writeStartObject();
            g.writeStringField("file", file.toString());
            g.writeBooleanField("valid", valid);
            g.writeFieldName("features");
            if (features == null) {
                g.writeNull();
            } else {
                g.writeNumber(features);
            }
            g.writeArrayFieldStart("diagnostics");
        });
    }

    void warning(LayoutWarning w) {
        diagnostic(w.file().toString(), w.line(), w.column(), "warning", w.code().code(), w.featureId(),
                w.message());
    }

    /** Every error a read found, as {@link LayoutFormatException#errors()} lists them. */
    void errors(LayoutFormatException e) {
        for (LayoutFormatException error : e.errors()) {
            diagnostic(error.source(), error.line(), error.column(), "error", error.code().code(),
                    error.featureId(), error.problem());
        }
    }

    /**
     * A broken planning rule, placed at the feature to fix first.
     *
     * @param line the line of that feature's object, or 0 when it is not known
     */
    void violation(Path file, CheckViolation violation, long line, long column) {
        diagnostic(file.toString(), line, column, violation.severity() == Severity.ERROR ? "error" : "warning",
                violation.kind().code(), violation.features().get(0).id(), violation.message());
    }

    /** A warning about the whole of {@code file} under {@code code}. */
    void fileWarning(Path file, String code, String message) {
        diagnostic(file.toString(), 0, 0, "warning", code, null, message);
    }

    /**
     * Ends the entry of the file.
     *
     * @param notListed how many diagnostics were found beyond those listed
     * @param listingStopped the checks that found more violations than they list; empty for validate
     */
    /** A file that cannot be read: its errors, and no feature count. */
    void unreadable(Path file, LayoutFormatException e) {
        startFile(file, false, null);
        errors(e);
        endFile(e.errorsNotListed(), List.of());
    }

    void endFile(long notListed, Collection<CheckKind> listingStopped) {
        write(() -> {
            g.writeEndArray();
            g.writeNumberField("not_listed", notListed);
            if (!listingStopped.isEmpty()) {
                g.writeArrayFieldStart("listing_stopped");
                for (CheckKind kind : listingStopped) {
                    g.writeString(kind.code());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.flush();
        });
    }

    @Override
    public void close() {
        write(() -> {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        });
        out.println();
        out.flush();
    }

    private void diagnostic(String file, long line, long column, String severity, String code, Object featureId,
            String message) {
        write(() -> {
            g.writeStartObject();
            g.writeStringField("file", file);
            writePlace("line", line > 0, line);
            writePlace("column", line > 0, column);
            g.writeStringField("severity", severity);
            g.writeStringField("code", code);
            g.writeFieldName("feature_id");
            if (featureId == null) {
                g.writeNull();
            } else if (featureId instanceof JsonNumber number) {
                g.writeNumber(number.text());
            } else if (featureId instanceof Number number) {
                g.writeNumber(number.toString());
            } else {
                g.writeString(featureId.toString());
            }
            g.writeStringField("message", message);
            g.writeEndObject();
        });
    }

    private void writePlace(String name, boolean known, long value) throws IOException {
        g.writeFieldName(name);
        if (known) {
            g.writeNumber(value);
        } else {
            g.writeNull();
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
