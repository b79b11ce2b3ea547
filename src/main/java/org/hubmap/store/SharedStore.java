package org.hubmap.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hubmap.io.JsonValueText;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWarning;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.LayoutFeature;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A PostgreSQL/PostGIS database holding shared layouts, through one connection: lists its layouts, pushes a layout
 * file into it and pulls one out, and opens a layout for editing ({@link #storage}). Close it when done.
 */
public final class SharedStore implements AutoCloseable {
    /** How much COPY text gathers before it is sent. */
    private static final int COPY_CHUNK = 1 << 18;

    private final DatabaseAddress address;
    private final Connection connection;

    private SharedStore(DatabaseAddress address, Connection connection) {
        this.address = address;
        this.connection = connection;
    }

    /**
     * Connects to the database at {@code address}.
     *
     * @throws StoreException saying why it cannot, as {@link StoreException.Reason#PASSWORD_NEEDED} when the server
     *     wants a password that was not given
     */
    public static SharedStore connect(DatabaseAddress address) throws StoreException {
        return new SharedStore(address, open(address, "connecting"));
    }

    /** A new connection to {@code address}. */
    static Connection open(DatabaseAddress address, String doing) throws StoreException {
        try {
            return DriverManager.getConnection(address.jdbcUrl(), address.driverProperties());
        } catch (SQLException e) {
            throw StoreException.of(e, address, doing);
        }
    }

    public DatabaseAddress address() {
        return address;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Creates or brings up to date HubMap's schema, and the roles and grants of who may change what: {@code
     * nations} are the ISO 3166-1 alpha-3 codes given roles of their own ({@code hubmap_nation_gbr}, ...), and each
     * of {@code members} makes a login role a member of one ({@code alice=GBR}), of {@code admin} or of {@code
     * reader}. Run by the database's owner or a superuser; running it again changes nothing that is already so.
     *
     * @return what was done, a sentence each
     */
    public List<String> initialise(List<String> nations, List<String> members) throws StoreException {
        return new StoreSchema(connection, address).initialise(nations, members);
    }

    /** The layouts in the store, by name. */
    public List<SharedLayout> layouts() throws StoreException {
        String query = "SELECT l.name, l.created_at,"
                + " (SELECT count(*) FROM hubmap.features f WHERE f.layout_id = l.id),"
                + " c.changed_at, c.changed_by"
                + " FROM hubmap.layouts l LEFT JOIN LATERAL (SELECT changed_at, changed_by FROM hubmap.changes"
                + " WHERE layout_id = l.id ORDER BY revision DESC LIMIT 1) c ON true ORDER BY l.name";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            List<SharedLayout> layouts = new ArrayList<>();
            while (rows.next()) {
                layouts.add(new SharedLayout(rows.getString(1), rows.getLong(3), rows.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rows.getTimestamp(4)).map(java.sql.Timestamp::toInstant),
                        Optional.ofNullable(rows.getString(5))));
            }
            return layouts;
        } catch (SQLException e) {
            throw StoreException.of(e, address, "listing the layouts");
        }
    }

    /**
     * Puts the layout file {@code file} in the store as {@code layoutName}, in one transaction: a new layout, or, when
     * one of that name exists, its features made those of the file (features the file does not change keep their
     * versions). A feature without an id, or with one an earlier feature has, is given a new one, since a shared
     * layout names every feature.
     *
     * @throws LayoutFormatException when the file cannot be read; nothing is stored
     * @throws NotPermittedException when the file changes or leaves out features the user's role may not change
     *     (another nation's); nothing is stored
     * @throws StoreException when the store refuses it; nothing is stored
     */
    public PushReport push(Path file, String layoutName, ReadProgress progress)
            throws LayoutFormatException, StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                PushReport report = pushInTransaction(file, layoutName, progress);
                connection.commit();
                return report;
            } finally {
                rollBackQuietly();
            }
        } catch (SQLException e) {
            throw StoreException.of(e, address, "storing " + file.getFileName() + " as " + layoutName);
        } catch (CopyFailed e) {
            throw StoreException.of(e.getCause(), address, "storing " + file.getFileName() + " as " + layoutName);
        }
    }

    private PushReport pushInTransaction(Path file, String layoutName, ReadProgress progress)
            throws SQLException, LayoutFormatException, StoreException {
        Optional<Long> existing = layoutId(layoutName, true);
        long layoutId = existing.isPresent() ? existing.get() : createLayout(layoutName);
        LayoutLock.take(connection, layoutId);
        // A new layout of a role that row-level security does not bind (the store's owner, a superuser) is copied
        // straight in. Anything else goes through a table of this session's own: PostgreSQL refuses COPY into a
        // table with row-level security to every role the policies bind, and an existing layout is merged.
        boolean straightIn = existing.isEmpty() && bypassesRowSecurity();
        if (!straightIn) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE incoming (ord bigint GENERATED ALWAYS AS IDENTITY, layout_id"
                        + " bigint, feature_id text, properties jsonb, geom geometry, json text) ON COMMIT DROP");
            }
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY "
                + (straightIn ? "hubmap.features" : "incoming") + " (layout_id, feature_id, properties, geom, json)"
                + " FROM STDIN");
        FeatureCopy rows = new FeatureCopy(copy, layoutId);
        LayoutReader.LayoutStreamSummary summary;
        try {
            summary = LayoutReader.streamWithText(file, rows::add, progress);
            rows.finish();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (PreparedStatement members = connection.prepareStatement(
                "UPDATE hubmap.layouts SET members = ? WHERE id = ? AND members <> ?")) {
            String text = JsonValueText.text(summary.collectionMembers());
            members.setString(1, text);
            members.setLong(2, layoutId);
            members.setString(3, text);
            members.executeUpdate();
        }
        if (straightIn) {
            return new PushReport(true, rows.count, 0, 0, 0, rows.renamed, summary.warnings(),
                    summary.warningsNotListed());
        }
        return mergeIncoming(layoutId, layoutName, existing.isEmpty(), rows, summary);
    }

    /** Whether row-level security lets the connected role by: a superuser, one with BYPASSRLS, the tables' owner. */
    private boolean bypassesRowSecurity() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'USAGE') FROM"
                + " pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'hubmap.features'::regclass")) {
            return row.next() && row.getBoolean(1);
        }
    }

    /**
     * Makes the features of layout {@code layoutId} those copied into {@code incoming}.
     *
     * @param created whether the layout was made by this push
     * @throws NotPermittedException when the user's role may not add, change or remove some of them
     */
    private PushReport mergeIncoming(long layoutId, String layoutName, boolean created, FeatureCopy rows,
            LayoutReader.LayoutStreamSummary summary) throws SQLException, NotPermittedException {
        int changed;
        int removed;
        try (PreparedStatement update = connection.prepareStatement("UPDATE hubmap.features f SET properties ="
                + " i.properties, geom = i.geom, json = i.json FROM incoming i WHERE f.layout_id = ? AND"
                + " f.feature_id = i.feature_id AND f.json IS DISTINCT FROM i.json");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM hubmap.features f WHERE"
                        + " f.layout_id = ? AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.feature_id ="
                        + " f.feature_id)")) {
            update.setLong(1, layoutId);
            changed = update.executeUpdate();
            delete.setLong(1, layoutId);
            removed = delete.executeUpdate();
        }
        List<String> refused = refusedChanges(layoutId);
        int added = insertNew(refused);
        if (!refused.isEmpty()) {
            throw new NotPermittedException(address + " layout " + layoutName, refused);
        }
        return new PushReport(created, added, changed, removed, rows.count - added - changed, rows.renamed,
                summary.warnings(), summary.warningsNotListed());
    }

    /**
     * Adds the features of {@code incoming} the layout does not have, in the file's order; when the user's role may
     * not add some of them, adds none and puts each in {@code refused} in a sentence.
     *
     * @return how many were added
     */
    private int insertNew(List<String> refused) throws SQLException {
        String newOnes = " FROM incoming i WHERE NOT EXISTS (SELECT 1 FROM hubmap.features f WHERE f.layout_id ="
                + " i.layout_id AND f.feature_id = i.feature_id)";
        Savepoint before = connection.setSavepoint();
        SQLException refusedByPolicy;
        try (Statement insert = connection.createStatement()) {
            return insert.executeUpdate("INSERT INTO hubmap.features (layout_id, feature_id, properties, geom,"
                    + " json) SELECT layout_id, feature_id, properties, geom, json" + newOnes + " ORDER BY ord");
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            refusedByPolicy = e;
        }
        // The policy on adding names no feature: the same test, made on each, does.
        int named = refused.size();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT i.feature_id, i.properties ->> 'name',"
                        + " i.properties ->> 'nation'" + newOnes + " AND NOT hubmap.may_edit(i.properties ->>"
                        + " 'nation') ORDER BY ord")) {
            while (rows.next()) {
                refused.add(NotPermittedException.refusal(rows.getString(1), rows.getString(2), rows.getString(3),
                        "add"));
            }
        }
        if (refused.size() == named) {
            throw refusedByPolicy;
        }
        return 0;
    }

    /**
     * The features of layout {@code layoutId} that the merge of {@code incoming} left other than the file has them,
     * each in a sentence. Row-level security does not refuse an update or a delete of a row the user may not change:
     * it hides the row from them, and they change nothing; only a look afterwards tells.
     */
    private List<String> refusedChanges(long layoutId) throws SQLException {
        List<String> refused = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT f.feature_id, f.name, f.nation,"
                + " 'change' FROM hubmap.features f JOIN incoming i ON i.feature_id = f.feature_id WHERE"
                + " f.layout_id = ? AND f.json IS DISTINCT FROM i.json UNION ALL SELECT f.feature_id, f.name,"
                + " f.nation, 'remove' FROM hubmap.features f WHERE f.layout_id = ? AND NOT EXISTS (SELECT 1 FROM"
                + " incoming i WHERE i.feature_id = f.feature_id) ORDER BY 1")) {
            select.setLong(1, layoutId);
            select.setLong(2, layoutId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    refused.add(NotPermittedException.refusal(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getString(4)));
                }
            }
        }
        return refused;
    }

    private long createLayout(String layoutName) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO hubmap.layouts (name) VALUES (?) RETURNING id")) {
            insert.setString(1, layoutName);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** The id of the layout named {@code layoutName}, locked against other pushes when {@code lock}. */
    private Optional<Long> layoutId(String layoutName, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM hubmap.layouts WHERE name = ?" + (lock ? " FOR SHARE" : ""))) {
            select.setString(1, layoutName);
            try (ResultSet id = select.executeQuery()) {
                return id.next() ? Optional.of(id.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Writes the layout {@code layoutName} to {@code out} as a GeoJSON FeatureCollection, every feature as the store
     * keeps its text, all as of one moment.
     *
     * @return how many features it has
     * @throws StoreException when there is no such layout, or the store cannot be read
     */
    public long pull(String layoutName, OutputStream out) throws IOException {
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, members FROM hubmap.layouts WHERE name = ?")) {
                select.setString(1, layoutName);
                try (ResultSet layout = select.executeQuery()) {
                    if (!layout.next()) {
                        throw noSuchLayout(layoutName);
                    }
                    return LayoutTexts.copy(connection, layout.getLong(1), layout.getString(2), out);
                }
            } finally {
                rollBackQuietly();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, address, "reading the layout " + layoutName);
        }
    }

    /** Removes the layout {@code layoutName} with its features and log; false when there was none. */
    public boolean remove(String layoutName) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                Optional<Long> id = layoutId(layoutName, false);
                if (id.isEmpty()) {
                    return false;
                }
                LayoutLock.take(connection, id.get());
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM hubmap.layouts WHERE id = ?")) {
                    delete.setLong(1, id.get());
                    boolean removed = delete.executeUpdate() > 0;
                    connection.commit();
                    return removed;
                }
            } finally {
                rollBackQuietly();
            }
        } catch (SQLException e) {
            throw StoreException.of(e, address, "removing the layout " + layoutName);
        }
    }

    /** The layout {@code layoutName}, to be read, edited, saved and watched like a file; it connects on its own. */
    public DatabaseStorage storage(String layoutName) {
        return new DatabaseStorage(address, layoutName);
    }

    StoreException noSuchLayout(String layoutName) {
        return new StoreException(StoreException.Reason.NO_SUCH_LAYOUT, "There is no layout '" + layoutName
                + "' in " + address + "; hubmap db list --db " + address + " lists those there are");
    }

    private void rollBackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // The connection is broken; what was sent is not committed, which is what matters.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a broken connection: nothing is left to release.
        }
    }

    /**
     * What a push did, in numbers, and what the file's reading warned of: the warnings listed, as {@code validate}
     * prints them, and how many more there were.
     */
    public record PushReport(boolean created, long added, long changed, long removed, long unchanged,
            long givenIds, List<LayoutWarning> warnings, long warningsNotListed) {
        public PushReport {
            warnings = List.copyOf(warnings);
        }
    }

    /** The server refused part of a COPY, thrown through the reader that feeds it. */
    private static final class CopyFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CopyFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Sends features to a COPY in chunks, giving ids where they are missing or taken. */
    private static final class FeatureCopy {
        private final CopyIn copy;
        private final String layoutId;
        private final LayoutWriter texts = new LayoutWriter(WriteOptions.SHORTEST);
        private final Set<String> keys = new HashSet<>();
        private final StringBuilder chunk = new StringBuilder(COPY_CHUNK + 4096);
        private long count;
        private long renamed;

        FeatureCopy(CopyIn copy, long layoutId) {
            this.copy = copy;
            this.layoutId = Long.toString(layoutId);
        }

        void add(LayoutFeature feature) {
            String key = FeatureRow.key(feature.id());
            if (key == null || !keys.add(key)) {
                feature = feature.withId(UUID.randomUUID().toString());
                key = (String) feature.id();
                keys.add(key);
                renamed++;
            }
            try {
                chunk.append(layoutId).append('\t');
                FeatureRow.of(feature, texts.featureText(feature)).appendCopyText(chunk);
                chunk.append('\n');
                count++;
                if (chunk.length() >= COPY_CHUNK) {
                    send();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new CopyFailed(e);
            }
        }

        void finish() throws SQLException {
            send();
            copy.endCopy();
        }

        private void send() throws SQLException {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }
    }
}
