package org.hubmap.cli;

import java.io.Writer;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code coord} writes one result for each position it reads. */
enum RowFormat {
    /** One line a position: degrees, DMS, MGRS and UTM separated by tabs. */
    TEXT {
        @Override
        PositionRows open(Writer out) {
            return new TextRows(out);
        }
    },
    /** A header, then one row a position: line, lat, lon, dd, dms, mgrs, utm. */
    CSV {
        @Override
        PositionRows open(Writer out) {
            return new CsvRows(out);
        }
    },
    /** One JSON object a line: line, lat, lon, dd, dms, mgrs, utm, and error for a line that was not read. */
    JSON {
        @Override
        PositionRows open(Writer out) {
            return new JsonRows(out);
        }
    };

    abstract PositionRows open(Writer out);

    /** Reads {@code text}, {@code csv} or {@code json} in any case. */
    static final class Converter implements ITypeConverter<RowFormat> {
        @Override
        public RowFormat convert(String value) {
            for (RowFormat format : values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format; give text, csv or json");
        }
    }

    /** The name users type: {@code text}, {@code csv}, {@code json}. */
    String typedName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
