package org.hubmap.cli;

import org.hubmap.store.DatabaseAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --db URL}, libpq's URI; a URI it cannot read is a usage error saying what is wrong with it. */
final class DatabaseUri implements ITypeConverter<DatabaseAddress> {
    @Override
    public DatabaseAddress convert(String uri) {
        try {
            return DatabaseAddress.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
