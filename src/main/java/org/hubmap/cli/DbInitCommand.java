package org.hubmap.cli;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db init --db URL [--nation CODE...] [--member LOGIN=NATION...]}: sets up a database for shared layouts. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Set up a database for shared layouts, or bring it up to date: the schema hubmap with its"
                + " tables, triggers and row-level security, and the roles that say who may change what.",
            "hubmap_reader reads every layout. hubmap_nation_xxx (one per --nation) also adds layouts, and adds,"
                + " changes and removes only features whose nation is XXX. hubmap_admin changes every feature and"
                + " removes layouts.",
            "Run it as the database's owner or a superuser (PostGIS must be installed). Running it again changes"
                + " nothing that is already so. Prints what it did, one line each."},
        footer = {"", "The login roles --member names must exist:",
            "  CREATE ROLE alice LOGIN PASSWORD '...';",
            "", "Example:",
            "  hubmap db init --db postgresql://postgres@dbhost/hubmap \\",
            "      --nation GBR,POL,UKR --member alice=GBR,piotr=POL \\",
            "      --member lead=admin --member observer=reader"})
public final class DbInitCommand extends StoreCommand {
    @Option(names = "--nation", paramLabel = "CODE", split = ",",
            description = "A nation given a role of its own, as its ISO 3166-1 alpha-3 code (GBR, POL, UKR);"
                + " repeat it or separate codes with commas.")
    private List<String> nations = new ArrayList<>();

    @Option(names = "--member", paramLabel = "LOGIN=ROLE", split = ",",
            description = "Makes the login role LOGIN a member of a nation's role (alice=GBR), of hubmap_admin"
                + " (lead=admin) or of hubmap_reader (observer=reader); repeat it or separate with commas.")
    private List<String> members = new ArrayList<>();

    @Override
    int run(SharedStore store) throws StoreException {
        List<String> done;
        try {
            done = store.initialise(nations, members);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        done.forEach(streams.out()::println);
        return ExitCodes.OK;
    }
}
