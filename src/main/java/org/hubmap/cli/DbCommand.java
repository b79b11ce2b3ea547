package org.hubmap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code db init|push|pull|list}: layouts shared on a PostgreSQL/PostGIS server (docs/shared-store.md). */
@Command(name = "db", mixinStandardHelpOptions = true,
        subcommands = {DbInitCommand.class, DbPushCommand.class, DbPullCommand.class, DbListCommand.class},
        description = {"Share layouts on a PostgreSQL server with PostGIS, where colleagues open and edit them, and"
                + " where QGIS and GDAL read them as plain PostGIS tables (hubmap.features, and"
                + " hubmap.layout_features filtered by layout).",
            "Each command takes the database as --db URL, libpq's URI as psql takes it:"
                + " postgresql://USER@HOST:PORT/DATABASE, with ?sslmode=require for TLS. A password comes from"
                + " ~/.pgpass or PGPASSWORD, or is asked for when run at a terminal."},
        footer = {"", "Examples:",
            "  hubmap db init --db postgresql://postgres@dbhost/hubmap \\",
            "      --nation GBR,POL --member alice=GBR",
            "  hubmap db push plan.geojson --db postgresql://alice@dbhost/hubmap \\",
            "      --layout plan",
            "  hubmap db list --db postgresql://alice@dbhost/hubmap",
            "  hubmap db pull --db postgresql://alice@dbhost/hubmap --layout plan \\",
            "      --out plan.geojson",
            "", "docs/shared-store.md describes the tables, the roles and how to set up a server."})
public final class DbCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "hubmap db needs a command: init, push, pull or list"
                + " (hubmap db --help)");
    }
}
