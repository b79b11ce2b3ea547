package org.hubmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hubmap.io.ChangedElsewhereException;
import org.hubmap.io.JsonValueText;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * A layout kept in a shared store, edited by many at once. Each feature has a version: a save sends only the
 * features changed since {@code base}, in one transaction, each changed only at the version this storage last took
 * of it, so an edit never goes over someone else's unseen change ({@link FeatureConflictException}). Others'
 * changes are fetched as they commit ({@link #fetchChanges}), and the storage is told which of them the layout
 * took ({@link #take}). A broken connection is opened again on the next call.
 */
public final class DatabaseStorage implements LayoutStorage {
    private final DatabaseAddress address;
    private final String layoutName;
    private final Object lock = new Object();
    private Connection connection;
    private long layoutId = -1;
    /** The version of each feature as the layout here has it. */
    private final Map<String, Integer> versions = new HashMap<>();
    /** The revision up to which others' changes were fetched; -1 before any read. */
    private volatile long fetched = -1;
    private volatile Permissions permissions;
    /** Changes fetched that the layout has not taken yet, by key: the latest of each. */
    private final Map<String, RemoteChanges.Change> untaken = new HashMap<>();

    DatabaseStorage(DatabaseAddress address, String layoutName) {
        this.address = address;
        this.layoutName = layoutName;
    }

    /** Opens the layout {@code layoutName} of the store at {@code address}. */
    public static DatabaseStorage of(DatabaseAddress address, String layoutName) {
        return new DatabaseStorage(address, layoutName);
    }

    public DatabaseAddress address() {
        return address;
    }

    public String layoutName() {
        return layoutName;
    }

    @Override
    public String name() {
        return layoutName;
    }

    @Override
    public String location() {
        return address + " layout " + layoutName;
    }

    @Override
    public LayoutReadResult read(ReadProgress progress) throws LayoutFormatException {
        synchronized (lock) {
            try {
                Connection c = snapshot();
                try {
                    long[] idAndRevision = layout(c);
                    Map<String, Integer> read = new HashMap<>();
                    LayoutReadResult result;
                    try (InputStream in = LayoutTexts.stream(c, idAndRevision[0], members(c, idAndRevision[0]),
                            read::put)) {
                        result = LayoutReader.readWithWarnings(in, Path.of(layoutName.replace('/', '_')),
                                progress);
                    }
                    layoutId = idAndRevision[0];
                    versions.clear();
                    versions.putAll(read);
                    untaken.clear();
                    fetched = idAndRevision[1];
                    permissions = Permissions.of(c);
                    return result;
                } finally {
                    endTransaction(c);
                }
            } catch (SQLException e) {
                throw notRead(StoreException.of(e, address, "reading the layout " + layoutName));
            } catch (StoreException e) {
                throw notRead(e);
            } catch (IOException e) {
                throw notRead(new StoreException(StoreException.Reason.UNREACHABLE, e.getMessage(), e));
            }
        }
    }

    private LayoutFormatException notRead(StoreException e) {
        return LayoutFormatException.ofWholeFile(location(), org.hubmap.io.DiagnosticCode.STORE_UNREADABLE, e.getMessage());
    }

    /** The layout's id and latest revision, or a {@link StoreException} when it is not there. */
    private long[] layout(Connection c) throws SQLException, StoreException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, (SELECT coalesce(max(revision), 0) FROM"
                + " hubmap.changes WHERE layout_id = l.id) FROM hubmap.layouts l WHERE name = ?")) {
            select.setString(1, layoutName);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException(StoreException.Reason.NO_SUCH_LAYOUT, "There is no layout '"
                            + layoutName + "' in " + address + " (any more)");
                }
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    private static String members(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT members FROM hubmap.layouts WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "{}";
            }
        }
    }

    /**
     * Sends what {@code layout} changed since {@code base}: added, changed and removed features, and the
     * collection's own members, in one transaction. With no base, makes the stored layout {@code layout} whatever it
     * holds now.
     *
     * @throws FeatureConflictException when someone else changed or removed a feature this save changes since it
     *     was taken here; nothing is written
     * @throws NotPermittedException when a feature it changes is another nation's; nothing is written
     */
    @Override
    public List<String> save(Layout layout, Layout base) throws IOException {
        synchronized (lock) {
            Connection c = connection();
            try {
                c.setAutoCommit(false);
                if (layoutId < 0 || !layoutExists(c)) {
                    throw new ChangedElsewhereException(location(), true);
                }
                LayoutChanges changes = base == null ? LayoutChanges.all(layout, versions.keySet())
                        : LayoutChanges.between(base, layout);
                LayoutLock.take(c, layoutId);
                Map<String, Integer> saved = send(c, changes, base == null);
                if (!Objects.equals(base == null ? null : base.collectionMembers(), layout.collectionMembers())) {
                    saveMembers(c, layout);
                }
                // Set before the commit, whose notice the watch may read at once. Safe should the commit fail:
                // others take revisions only after this transaction ends, so theirs are all higher.
                fetched = Math.max(fetched, ownRevisionsOnly(c));
                c.commit();
                changes.removed().forEach(versions::remove);
                versions.putAll(saved);
                return List.of();
            } catch (SQLException e) {
                throw StoreException.of(e, address, "saving the layout " + layoutName);
            } finally {
                endTransaction(c);
            }
        }
    }

    /**
     * How many features a save of {@code layout} over {@code base} sends: those changed, added and removed.
     *
     * @throws IOException when a feature has no id, which a shared layout needs
     */
    public static int changesBetween(Layout base, Layout layout) throws IOException {
        LayoutChanges changes = LayoutChanges.between(base, layout);
        return changes.changed().size() + changes.added().size() + changes.removed().size();
    }

    /**
     * The latest revision this transaction logged for the layout when no one else logged one since the last fetch;
     * else -1. A save here is then no one else's change: the watch does not report its notice, and a fetch does
     * not return it. When others did change the layout meanwhile, their changes are still to be fetched.
     */
    private long ownRevisionsOnly(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT max(revision) FILTER (WHERE mine),"
                + " count(*) FILTER (WHERE NOT mine) FROM (SELECT revision, xmin::text::bigint ="
                + " txid_current() % 4294967296 AS mine FROM hubmap.changes WHERE layout_id = ? AND revision > ?)"
                + " since")) {
            select.setLong(1, layoutId);
            select.setLong(2, fetched);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long own = row.getLong(1);
                return row.wasNull() || row.getLong(2) > 0 ? -1 : own;
            }
        }
    }

    private boolean layoutExists(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM hubmap.layouts WHERE id = ?")) {
            select.setLong(1, layoutId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Sends the changes; the versions the changed and added features now have. */
    private Map<String, Integer> send(Connection c, LayoutChanges changes, boolean overwrite)
            throws SQLException, IOException {
        LayoutWriter texts = new LayoutWriter(WriteOptions.SHORTEST);
        List<String> conflicts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        String versionCheck = overwrite ? "" : " AND version = ?";
        Map<String, Integer> saved = new HashMap<>();
        // The new version comes back with the update: every round trip here is made holding the layout's lock,
        // which every other writer of the layout waits for.
        try (PreparedStatement update = c.prepareStatement("UPDATE hubmap.features SET properties = ?::jsonb,"
                + " geom = ?::geometry, json = ? WHERE layout_id = ? AND feature_id = ?" + versionCheck
                + " RETURNING version");
                PreparedStatement delete = c.prepareStatement("DELETE FROM hubmap.features WHERE layout_id = ? AND"
                        + " feature_id = ?" + versionCheck)) {
            List<LayoutFeature> oneByOne = changes.changed();
            if (oneByOne.size() > 1) {
                Map<String, Integer> updated = updateAll(c, oneByOne, texts, overwrite);
                if (updated != null) {
                    saved.putAll(updated);
                    for (LayoutFeature feature : oneByOne) {
                        String key = FeatureRow.key(feature.id());
                        if (!updated.containsKey(key)) {
                            whyNot(c, key, feature, conflicts, refused, overwrite ? changes.added() : null);
                        }
                    }
                    oneByOne = List.of();
                }
            }
            for (LayoutFeature feature : oneByOne) {
                FeatureRow row = FeatureRow.of(feature, texts.featureText(feature));
                update.setString(1, row.properties());
                update.setString(2, row.geometry());
                update.setString(3, row.json());
                update.setLong(4, layoutId);
                update.setString(5, row.key());
                if (!overwrite) {
                    update.setInt(6, versions.getOrDefault(row.key(), 0));
                }
                int version = updatedVersion(update, feature, refused);
                if (version > 0) {
                    saved.put(row.key(), version);
                } else {
                    whyNot(c, row.key(), feature, conflicts, refused, overwrite ? changes.added() : null);
                }
            }
            for (String key : changes.removed()) {
                delete.setLong(1, layoutId);
                delete.setString(2, key);
                if (!overwrite) {
                    delete.setInt(3, versions.getOrDefault(key, 0));
                }
                if (delete.executeUpdate() == 0) {
                    whyNot(c, key, null, conflicts, refused, null);
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new NotPermittedException(location(), refused);
        }
        if (!conflicts.isEmpty()) {
            throw new FeatureConflictException(location(), conflicts);
        }
        insert(c, changes.added(), texts);
        saved.putAll(versionsOf(c, changes.added().stream().map(feature -> FeatureRow.key(feature.id())).toList()));
        return saved;
    }

    /**
     * Runs {@code update} of {@code feature}; the feature's new version, or 0 when it changed no row. The database
     * refuses a feature that would become a nation's whose features the user may not change (row-level security's
     * check of the new row), which ends the transaction: the save is refused then and there, naming the feature.
     */
    /**
     * Changes {@code features} in one statement, each at the version taken here (at any version when {@code
     * overwrite}), so that a save of thousands of features is one round trip while it holds the layout's lock.
     *
     * @return the new version of each feature changed, by key; those missing were not changed (someone else
     *     changed or removed them, or row-level security let them by); null when the statement was refused as a
     *     whole, which happens when one feature would go to a nation the user's role may not give it: the save
     *     then goes feature by feature to name it
     */
    private Map<String, Integer> updateAll(Connection c, List<LayoutFeature> features, LayoutWriter texts,
            boolean overwrite) throws SQLException, IOException {
        int n = features.size();
        String[] keys = new String[n];
        String[] properties = new String[n];
        String[] geometries = new String[n];
        String[] json = new String[n];
        Integer[] known = new Integer[n];
        for (int i = 0; i < n; i++) {
            LayoutFeature feature = features.get(i);
            FeatureRow row = FeatureRow.of(feature, texts.featureText(feature));
            keys[i] = row.key();
            properties[i] = row.properties();
            geometries[i] = row.geometry();
            json[i] = row.json();
            known[i] = overwrite ? null : versions.getOrDefault(row.key(), 0);
        }
        Savepoint before = c.setSavepoint();
        try (PreparedStatement update = c.prepareStatement("UPDATE hubmap.features f SET properties ="
                + " u.properties::jsonb, geom = u.geom::geometry, json = u.json FROM unnest(?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::int[]) AS u(feature_id, properties, geom, json, version) WHERE"
                + " f.layout_id = ? AND f.feature_id = u.feature_id AND (u.version IS NULL OR f.version ="
                + " u.version) RETURNING f.feature_id, f.version")) {
            update.setArray(1, c.createArrayOf("text", keys));
            update.setArray(2, c.createArrayOf("text", properties));
            update.setArray(3, c.createArrayOf("text", geometries));
            update.setArray(4, c.createArrayOf("text", json));
            update.setArray(5, c.createArrayOf("int4", known));
            update.setLong(6, layoutId);
            Map<String, Integer> updated = new HashMap<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    updated.put(rows.getString(1), rows.getInt(2));
                }
            }
            c.releaseSavepoint(before);
            return updated;
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before);
            return null;
        }
    }

    private int updatedVersion(PreparedStatement update, LayoutFeature feature, List<String> refused)
            throws SQLException, NotPermittedException {
        try (ResultSet version = update.executeQuery()) {
            return version.next() ? version.getInt(1) : 0;
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
            String nation = feature.nation();
            List<String> all = new ArrayList<>(refused);
            all.add(describe(FeatureRow.key(feature.id()), feature.name()) + " would be " + (nation == null
                    || nation.isBlank() ? "no nation's" : nation + "'s") + ", and " + address.user()
                    + " may change " + (permissions().nations().isEmpty() ? "no nation's features"
                    : "only " + String.join(", ", permissions().nations()) + "'s features"));
            throw new NotPermittedException(location(), all);
        }
    }

    /**
     * Why a feature could not be changed or removed: someone else changed or removed it (a conflict), or it is not
     * this user's to change. When overwriting, a feature someone removed is added back instead.
     */
    private void whyNot(Connection c, String key, LayoutFeature feature, List<String> conflicts,
            List<String> refused, List<LayoutFeature> addInstead) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT version, nation, name FROM hubmap.features"
                + " WHERE layout_id = ? AND feature_id = ?")) {
            select.setLong(1, layoutId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    if (addInstead != null && feature != null) {
                        addInstead.add(feature);
                    } else {
                        conflicts.add(describe(key, feature == null ? null : feature.name()) + " was removed by"
                                + " someone else");
                    }
                } else if (row.getInt(1) != versions.getOrDefault(key, 0) && addInstead == null) {
                    conflicts.add(describe(key, row.getString(3)) + " was changed by someone else");
                } else {
                    refused.add(NotPermittedException.refusal(key, row.getString(3), row.getString(2), "change"));
                }
            }
        }
    }

    private static String describe(String key, String name) {
        return name == null || name.isBlank() ? "feature " + key : name;
    }

    private void insert(Connection c, List<LayoutFeature> added, LayoutWriter texts) throws SQLException, IOException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO hubmap.features (layout_id, feature_id,"
                + " properties, geom, json) VALUES (?, ?, ?::jsonb, ?::geometry, ?)")) {
            for (LayoutFeature feature : added) {
                FeatureRow row = FeatureRow.of(feature, texts.featureText(feature));
                insert.setLong(1, layoutId);
                insert.setString(2, row.key());
                insert.setString(3, row.properties());
                insert.setString(4, row.geometry());
                insert.setString(5, row.json());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState()) || "42501".equals(nextState(e))) {
                throw new NotPermittedException(location(), List.of("a feature added is another nation's, or no"
                        + " nation's: " + address.user() + " may add only features of "
                        + String.join(", ", permissions().nations())));
            }
            throw e;
        }
    }

    private static String nextState(SQLException e) {
        return e.getNextException() == null ? null : e.getNextException().getSQLState();
    }

    private Map<String, Integer> versionsOf(Connection c, Collection<String> keys) throws SQLException {
        Map<String, Integer> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Array array = c.createArrayOf("text", keys.toArray());
        try (PreparedStatement select = c.prepareStatement("SELECT feature_id, version FROM hubmap.features WHERE"
                + " layout_id = ? AND feature_id = ANY (?)")) {
            select.setLong(1, layoutId);
            select.setArray(2, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return found;
    }

    private void saveMembers(Connection c, Layout layout) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE hubmap.layouts SET members = ? WHERE id = ?")) {
            update.setString(1, JsonValueText.text(layout.collectionMembers()));
            update.setLong(2, layoutId);
            update.executeUpdate();
        }
    }

    /**
     * Others' changes committed since the last fetch (or read), each feature as it is now: changed and added
     * features, and the keys of those removed. The storage's versions do not move until {@link #take} says which
     * the layout took.
     */
    public RemoteChanges fetchChanges() throws StoreException {
        synchronized (lock) {
            try {
                Connection c = snapshot();
                try {
                    long since = fetched;
                    long[] idAndRevision = layout(c);
                    List<RemoteChanges.Change> changed = new ArrayList<>();
                    try (PreparedStatement select = c.prepareStatement("SELECT feature_id, version, "
                            + LayoutTexts.FEATURE_TEXT + ", changed_by FROM hubmap.features WHERE layout_id = ? AND"
                            + " revision > ? ORDER BY fid")) {
                        select.setLong(1, layoutId);
                        select.setLong(2, since);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                String key = rows.getString(1);
                                int version = rows.getInt(2);
                                if (!Integer.valueOf(version).equals(versions.get(key))) {
                                    changed.add(new RemoteChanges.Change(key, version, feature(rows.getString(3)),
                                            rows.getString(4)));
                                }
                            }
                        }
                    }
                    Set<String> removed = new LinkedHashSet<>();
                    try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT c.feature_id FROM"
                            + " hubmap.changes c WHERE c.layout_id = ? AND c.revision > ? AND c.action = 'removed'"
                            + " AND NOT EXISTS (SELECT 1 FROM hubmap.features f WHERE f.layout_id = c.layout_id AND"
                            + " f.feature_id = c.feature_id)")) {
                        select.setLong(1, layoutId);
                        select.setLong(2, since);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                if (versions.containsKey(rows.getString(1))) {
                                    removed.add(rows.getString(1));
                                }
                            }
                        }
                    }
                    fetched = Math.max(since, idAndRevision[1]);
                    changed.forEach(change -> untaken.put(change.key(), change));
                    removed.forEach(key -> untaken.put(key, new RemoteChanges.Change(key, 0, null, null)));
                    return new RemoteChanges(changed, removed, fetched);
                } finally {
                    endTransaction(c);
                }
            } catch (SQLException e) {
                throw StoreException.of(e, address, "reading others' changes to " + layoutName);
            }
        }
    }

    private LayoutFeature feature(String json) throws StoreException {
        try {
            String collection = "{\"type\": \"FeatureCollection\", \"features\": [" + json + "]}";
            Layout one = LayoutReader.readWithWarnings(new java.io.ByteArrayInputStream(
                    collection.getBytes(StandardCharsets.UTF_8)), Path.of(layoutName.replace('/', '_')),
                    ReadProgress.NONE).layout();
            return one.features().get(0);
        } catch (LayoutFormatException e) {
            throw new StoreException(StoreException.Reason.FAILED, e.getMessage(), e);
        }
    }

    /**
     * Tells the storage that the layout here now holds these of {@code changes}, by key: a save then changes them at
     * the versions fetched. Those not taken keep the versions the layout had, so saving an edit of one of them is a
     * conflict, never an overwrite.
     */
    public void take(RemoteChanges changes, Collection<String> keys) {
        synchronized (lock) {
            Set<String> taken = new java.util.HashSet<>(keys);
            for (RemoteChanges.Change change : changes.changed()) {
                if (taken.contains(change.key())) {
                    versions.put(change.key(), change.version());
                    untaken.remove(change.key());
                }
            }
            for (String key : changes.removed()) {
                if (taken.contains(key)) {
                    versions.remove(key);
                    untaken.remove(key);
                }
            }
        }
    }

    /** Who the user is here and which nations' features they may change; known once the layout was read. */
    public Permissions permissions() {
        Permissions known = permissions;
        return known == null ? Permissions.NONE : known;
    }

    @Override
    public boolean changedElsewhere() {
        // Others' changes are taken in as they come, feature by feature: a save never goes over one unseen, so the
        // layout as a whole is never "changed elsewhere"; a conflict is found feature by feature when saving.
        return false;
    }

    @Override
    public boolean removedElsewhere() {
        synchronized (lock) {
            if (layoutId < 0) {
                return false;
            }
            try {
                return !layoutExists(connection());
            } catch (SQLException | StoreException e) {
                return false;
            }
        }
    }

    @Override
    public void noteVersionRead() {
        // The layout took in every change fetched (the user merged them): a save now changes those features at
        // the versions fetched.
        synchronized (lock) {
            for (RemoteChanges.Change change : untaken.values()) {
                if (change.feature() == null) {
                    versions.remove(change.key());
                } else {
                    versions.put(change.key(), change.version());
                }
            }
            untaken.clear();
        }
    }

    @Override
    public Optional<String> version() {
        long revision = fetched;
        return revision < 0 ? Optional.empty() : Optional.of(Long.toString(revision));
    }

    @Override
    public void assumeVersion(String version) {
        try {
            fetched = Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            fetched = 0;
        }
    }

    @Override
    public Watch watch(Runnable changed) throws IOException {
        return watch(changed, connected -> { });
    }

    /**
     * Watches as {@link #watch(Runnable)} does, and tells {@code connection} each time the server is lost (false)
     * or back (true); once back, {@code changed} is called too, for what was missed meanwhile.
     */
    public Watch watch(Runnable changed, Consumer<Boolean> connection) {
        ChangeListener listener = new ChangeListener(address, () -> layoutId, () -> fetched, changed, connection);
        listener.start();
        return listener::close;
    }

    /**
     * The connection in a read-only transaction that sees the store as of one moment, so that what is read with
     * the revision it goes up to holds every change up to that revision and none after. Ended by
     * {@link #endTransaction}.
     */
    private Connection snapshot() throws StoreException, SQLException {
        Connection c = connection();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        return c;
    }

    private Connection connection() throws StoreException {
        try {
            if (connection != null && !connection.isClosed() && connection.isValid(5)) {
                return connection;
            }
        } catch (SQLException e) {
            // Broken: opened again below.
        }
        closeQuietly();
        connection = SharedStore.open(address, "connecting for " + layoutName);
        StoreSchema.requireCurrent(connection, address);
        return connection;
    }

    private void endTransaction(Connection c) {
        try {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(true);
        } catch (SQLException e) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Already broken.
            }
            connection = null;
        }
    }

    /** Closes its connection; the next call opens another. */
    public void disconnect() {
        synchronized (lock) {
            closeQuietly();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseStorage storage && storage.address.equals(address)
                && storage.layoutName.equals(layoutName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, layoutName);
    }

    @Override
    public String toString() {
        return location();
    }

    /** Which nations' features the connected user may change. */
    public record Permissions(String user, boolean all, Set<String> nations) {
        static final Permissions NONE = new Permissions("", false, Set.of());

        /** Whether the user may change (or remove) {@code feature}, or add it. */
        public boolean mayChange(LayoutFeature feature) {
            String nation = feature.nation();
            return all || (nation != null && nations.contains(nation.toUpperCase(Locale.ROOT)));
        }

        /** Why the user may not change {@code feature}, in a sentence. */
        public String whyNot(LayoutFeature feature) {
            String nation = feature.nation();
            String owner = nation == null || nation.isBlank() ? "belongs to no nation, so only an administrator"
                    : "is " + nation + "'s, so only " + nation + "'s staff or an administrator";
            return "Locked: this feature " + owner + " may change it; you are " + user
                    + (nations.isEmpty() ? ", who may change no features" : ", who may change "
                    + String.join(", ", nations) + "'s") + ".";
        }

        static Permissions of(Connection c) throws SQLException {
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                    + " OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid ="
                    + " 'hubmap.features'::regclass), 'MEMBER')"
                    + " OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hubmap_admin' AND"
                    + " pg_has_role(current_user, oid, 'MEMBER')),"
                    + " ARRAY(SELECT upper(substr(rolname, 15)) FROM pg_roles WHERE rolname LIKE"
                    + " 'hubmap\\_nation\\_%' AND pg_has_role(current_user, oid, 'MEMBER') ORDER BY 1)")) {
                rows.next();
                Set<String> nations = new java.util.TreeSet<>();
                for (Object nation : (Object[]) rows.getArray(3).getArray()) {
                    nations.add((String) nation);
                }
                return new Permissions(rows.getString(1), rows.getBoolean(2), Set.copyOf(nations));
            }
        }
    }
}
