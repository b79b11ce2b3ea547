package org.hubmap.ui;

import static org.hubmap.ui.WindowTesting.onFx;
import static org.hubmap.ui.WindowTesting.waitUntil;
import static org.hubmap.ui.WindowTesting.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.store.SharedStore;
import org.hubmap.store.TestDatabase;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A staff officer opens a layout kept on a PostgreSQL server as a layer, edits it and saves only what changed;
 * another nation's features stay locked; a server that cannot be reached, or wants a password, is said in the
 * dialog. Against a real PostGIS server.
 */
@ExtendWith(ApplicationExtension.class)
class SharedLayoutFlowTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    /** A login role of POL's, named for this class: roles are the whole server's. */
    private static final String POLISH_OFFICER = "shared_layout_flow_pol";
    private static DatabaseAddress address;
    private static int sampleFeatures;

    private MainWindow window;
    private Stage main;
    private Preferences settings;

    @BeforeAll
    static void storeTheSample() throws Exception {
        address = DatabaseAddress.parse(TestDatabase.freshDatabase());
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + POLISH_OFFICER);
            statement.execute("CREATE ROLE " + POLISH_OFFICER + " LOGIN");
        }
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of(POLISH_OFFICER + "=POL"));
            store.push(SAMPLE, "sample", ReadProgress.NONE);
            store.push(SAMPLE, "edited", ReadProgress.NONE);
            store.push(SAMPLE, "nations", ReadProgress.NONE);
            store.push(SAMPLE, "unreachable", ReadProgress.NONE);
            store.push(SAMPLE, "conflict", ReadProgress.NONE);
            store.push(SAMPLE, "copied", ReadProgress.NONE);
        }
        sampleFeatures = LayoutReader.read(SAMPLE).features().size();
    }

    @Start
    void start(Stage stage) {
        main = stage;
        window = MainWindow.show(stage, List.of());
        settings = Preferences.userRoot().node("hubmap-test").node("shared-layout-flow-" + System.nanoTime());
        window.setDatabaseSettings(settings);
    }

    @Stop
    void stop() throws Exception {
        WindowTesting.closeWithWhatItOpened(window, main);
    }

    @AfterEach
    void forgetSettings() throws Exception {
        settings.removeNode();
    }

    private DatabaseOpenDialog openDialog(FxRobot robot) throws Exception {
        WindowTesting.clickMenuItem(robot, "File", "Open from Database…");
        waitUntil(() -> window.databaseDialog() != null && window.databaseDialog().stage().isShowing());
        return window.databaseDialog();
    }

    /** Fills the dialog's fields as the user would type them. */
    private static void fill(DatabaseOpenDialog dialog, String host, int port, String database, String user)
            throws Exception {
        onFx(() -> {
            dialog.host.setText(host);
            dialog.port.setText(Integer.toString(port));
            dialog.database.setText(database);
            dialog.user.setText(user);
            dialog.sslMode.setValue("disable");
            return null;
        });
    }

    private OpenedLayout openShared(DatabaseAddress where, String layoutName) throws Exception {
        int before = onFx(() -> window.model().layouts().size());
        WaitForAsyncUtils.asyncFx(() -> window.model().openShared(DatabaseStorage.of(where, layoutName)));
        waitUntil(() -> window.model().layouts().size() == before + 1);
        return onFx(() -> window.model().layouts().get(before));
    }

    private static int indexOfNation(Layout layout, String nation) {
        for (int i = 0; i < layout.features().size(); i++) {
            if (nation.equals(layout.features().get(i).nation())) {
                return i;
            }
        }
        throw new AssertionError("no feature of " + nation);
    }

    private static long changesLogged(String layoutName) throws Exception {
        try (Connection admin = TestDatabase.connect(address.toString());
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM hubmap.changes c JOIN hubmap.layouts l"
                        + " ON l.id = c.layout_id WHERE l.name = '" + layoutName + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theDialogListsTheLayoutsWithTheirCountsAndOpensOneAsASharedLayer(FxRobot robot) throws Exception {
        DatabaseOpenDialog dialog = openDialog(robot);
        fill(dialog, address.host(), address.port(), address.database(), address.user());
        robot.clickOn("#db-connect");
        waitUntil(() -> dialog.layouts.getItems().size() == 6);
        assertEquals(List.of("conflict", "copied", "edited", "nations", "sample", "unreachable"),
                onFx(() -> dialog.layouts.getItems().stream().map(layout -> layout.name()).toList()));
        assertEquals(sampleFeatures, onFx(() -> dialog.layouts.getItems().get(4).features()));
        assertEquals(address.host(), settings.get("host", null), "the place connected to is kept");
        assertEquals(null, settings.get("password", null), "never a password");

        onFx(() -> {
            dialog.layouts.getSelectionModel().select(4);
            return null;
        });
        robot.clickOn("#db-open");
        waitUntil(() -> window.model().layouts().size() == 1);
        OpenedLayout layer = onFx(() -> window.model().layouts().get(0));
        assertEquals(sampleFeatures, layer.layout().features().size());
        assertEquals("sample", layer.fileName());
        assertFalse(dialog.stage().isShowing());
        assertTrue(onFx(() -> window.model().windowTitleProperty().get()).contains("sample on " + address.host()));
        waitUntil(() -> window.model().connectionTextProperty().get().startsWith("Connected to " + address.host()));
        assertEquals(address.host() + "/" + address.database() + " as " + address.user(),
                onFx(() -> window.statusBar().connection.getText()), "the status bar names the server and user");
    }

    @Test
    void anEditSavedSendsExactlyThatChange(FxRobot robot) throws Exception {
        OpenedLayout layer = openShared(address, "edited");
        long loggedBefore = changesLogged("edited");
        onFx(() -> {
            LayoutFeature first = layer.layout().features().get(0);
            layer.execute(ReplaceFeatures.of("Rename", layer.layout(),
                    Map.of(0, first.withProperty("name", "Hub Renamed In The App"))), Selection.none());
            return null;
        });
        assertTrue(onFx(layer::isModified));
        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
        waitUntil(() -> !layer.isModified());

        assertEquals("Saved 1 change to layout edited on " + address.host(),
                onFx(() -> window.model().statusMessageProperty().get()));
        assertEquals(loggedBefore + 1, changesLogged("edited"), "one feature changed, nothing else");
        Layout stored = DatabaseStorage.of(address, "edited").read(ReadProgress.NONE).layout();
        assertEquals("Hub Renamed In The App", stored.features().get(0).name());
        Layout sample = LayoutReader.read(SAMPLE);
        for (int i = 1; i < sample.features().size(); i++) {
            assertEquals(sample.features().get(i).sourceText(), stored.features().get(i).sourceText());
        }
    }

    @Test
    void saveAsWritesAFileCopyAndTheLayerStaysShared(FxRobot robot, @TempDir Path folder) throws Exception {
        Path copy = folder.resolve("copy.geojson");
        window.setSaveTargets(layout -> Optional.of(copy));
        OpenedLayout layer = openShared(address, "copied");
        renameFirst(layer, "Hub In The Copy");
        WindowTesting.clickMenuItem(robot, "File", "Save Layout As…");
        waitUntil(() -> Files.exists(copy) && window.model().statusMessageProperty().get().startsWith("Saved a copy"));
        assertEquals("Hub In The Copy", LayoutReader.read(copy).features().get(0).name());
        assertTrue(onFx(() -> layer.document().storage().orElseThrow()) instanceof DatabaseStorage,
                "the layer stays kept on the server");
        assertTrue(onFx(layer::isModified), "the copy does not save the shared layout");
        assertEquals(LayoutReader.read(SAMPLE).features().get(0).name(),
                DatabaseStorage.of(address, "copied").read(ReadProgress.NONE).layout().features().get(0).name());
    }

    @Test
    void anotherNationsFeatureIsLockedWithTheReasonAndCannotBeChanged(FxRobot robot) throws Exception {
        DatabaseAddress polish = new DatabaseAddress(address.host(), address.port(), address.database(),
                POLISH_OFFICER, null, Map.of());
        OpenedLayout layer = openShared(polish, "nations");
        int ukrainian = onFx(() -> indexOfNation(layer.layout(), "UKR"));
        LayoutFeature feature = onFx(() -> layer.layout().features().get(ukrainian));
        String why = onFx(() -> layer.whyLocked(feature)).orElseThrow();
        assertTrue(why.contains("UKR's"), why);
        assertTrue(onFx(() -> layer.whyLocked(layer.layout().features().get(indexOfNation(layer.layout(), "POL"))))
                .isEmpty(), "its own nation's features are not locked");

        Layout before = onFx(layer::layout);
        onFx(() -> {
            layer.execute(ReplaceFeatures.of("Rename", layer.layout(),
                    Map.of(ukrainian, feature.withProperty("name", "Taken"))), Selection.none());
            return null;
        });
        assertTrue(before == onFx(layer::layout), "the edit was refused");
        assertTrue(onFx(() -> window.model().statusMessageProperty().get()).contains(why));

        onFx(() -> {
            layer.selectIndexes(ukrainian);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label locked = robot.lookup("#property-locked").queryAs(Label.class);
        assertTrue(onFx(locked::isVisible));
        assertEquals(why, onFx(locked::getText));
        assertTrue(onFx(() -> robot.lookup("#property-name").query().isDisabled()), "its fields are read-only");

        onFx(() -> {
            window.map().requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(before == onFx(layer::layout), "deleting it was refused");
        assertFalse(onFx(layer::isModified));
    }

    /** Renames the first feature of {@code layer}, as the user would in the properties panel. */
    private static void renameFirst(OpenedLayout layer, String name) throws Exception {
        onFx(() -> {
            LayoutFeature first = layer.layout().features().get(0);
            layer.execute(ReplaceFeatures.of("Rename", layer.layout(), Map.of(0, first.withProperty("name", name))),
                    Selection.none());
            return null;
        });
    }

    @Test
    void editsSavedWhileTheServerIsUnreachableAreKeptAndSentOnceItIsBack(FxRobot robot) throws Exception {
        try (SwitchableProxy proxy = new SwitchableProxy(address.port())) {
            DatabaseAddress throughProxy = new DatabaseAddress("127.0.0.1", proxy.port(), address.database(),
                    address.user(), null, Map.of());
            OpenedLayout layer = openShared(throughProxy, "unreachable");
            waitUntil(() -> window.model().connectionTextProperty().get().startsWith("Connected to 127.0.0.1/"));

            proxy.cut();
            waitUntil(() -> window.model().connectionTextProperty().get().startsWith(StoreConnection.UNREACHABLE));
            renameFirst(layer, "Hub Kept While Offline");
            WindowTesting.clickMenuItem(robot, "File", "Save Layout");
            waitUntil(() -> window.model().statusMessageProperty().get().equals("unreachable was not saved yet"));
            assertTrue(onFx(layer::isModified), "the edit stays");
            assertEquals(StoreConnection.UNREACHABLE + " (1 unsaved edit)",
                    onFx(() -> window.model().connectionTextProperty().get()));
            assertEquals("Server unreachable — edits kept, sent when it is back (1 unsaved edit)",
                    onFx(() -> window.statusBar().connection.getText()));
            assertEquals(sampleFeatures > 0 ? LayoutReader.read(SAMPLE).features().get(0).name() : "",
                    DatabaseStorage.of(address, "unreachable").read(ReadProgress.NONE).layout().features().get(0)
                            .name(), "nothing stored yet");

            proxy.restore();
            waitUntil(() -> !layer.isModified());
            assertEquals("Hub Kept While Offline", DatabaseStorage.of(address, "unreachable")
                    .read(ReadProgress.NONE).layout().features().get(0).name());
            assertTrue(onFx(() -> window.model().connectionTextProperty().get()).startsWith("Connected to"));
        }
    }

    @Test
    void aSaveOverAColleaguesChangeOffersAMergeAfterWhichItGoesThrough(FxRobot robot) throws Exception {
        OpenedLayout layer = openShared(address, "conflict");
        DatabaseStorage colleague = DatabaseStorage.of(address, "conflict");
        Layout theirBase = colleague.read(ReadProgress.NONE).layout();
        colleague.save(theirBase.withFeature(0, theirBase.features().get(0).withProperty("status", "degraded")),
                theirBase);
        renameFirst(layer, "Hub Renamed Here");

        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#save-conflicts").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String listed = onFx(() -> robot.lookup("#save-conflicts").queryAs(javafx.scene.control.TextArea.class)
                .getText());
        assertTrue(listed.contains("was changed by someone else"), listed);
        assertTrue(onFx(layer::isModified));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button b) ->
                "Merge…".equals(b.getText())).queryAs(javafx.scene.control.Button.class));
        waitUntil(() -> "degraded".equals(layer.layout().features().get(0).properties().get("status")));
        assertEquals("Hub Renamed Here", onFx(() -> layer.layout().features().get(0).name()));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#merge-summary").tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup("#merge-summary .button").queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
        waitUntil(() -> !layer.isModified());
        LayoutFeature stored = DatabaseStorage.of(address, "conflict").read(ReadProgress.NONE).layout().features()
                .get(0);
        assertEquals("Hub Renamed Here", stored.name());
        assertEquals("degraded", stored.properties().get("status"));
    }

    @Test
    void aPortNobodyListensOnIsSaidInTheDialog(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        DatabaseOpenDialog dialog = openDialog(robot);
        fill(dialog, "127.0.0.1", closedPort, "hubmap", "alice");
        robot.clickOn("#db-connect");
        waitUntil(() -> dialog.message.getText().startsWith("Cannot reach the PostgreSQL server at 127.0.0.1:"
                + closedPort));
        assertTrue(onFx(() -> dialog.layouts.getItems().isEmpty()));
    }

    @Test
    void aDatabaseThatIsNotThereIsSaidInTheDialog(FxRobot robot) throws Exception {
        DatabaseOpenDialog dialog = openDialog(robot);
        fill(dialog, address.host(), address.port(), "no_such_database_here", address.user());
        robot.clickOn("#db-connect");
        waitUntil(() -> dialog.message.getText().contains("has no database 'no_such_database_here'"));
    }

    @Test
    void aServerThatWantsAPasswordGetsTheCursorInThePasswordField(FxRobot robot) throws Exception {
        try (PasswordAskingServer server = new PasswordAskingServer()) {
            DatabaseOpenDialog dialog = openDialog(robot);
            fill(dialog, "127.0.0.1", server.port(), "hubmap", "alice");
            robot.clickOn("#db-connect");
            waitUntil(() -> dialog.message.getText().contains("asks a password of alice"));
            waitUntil(dialog.password::isFocused);
        }
    }

    /**
     * Passes connections to the test server through a port of its own, until cut: then the server is gone for
     * whoever connects through it, as when a network breaks; restored, it is back on the same port.
     */
    private static final class SwitchableProxy implements AutoCloseable {
        private final int target;
        private final int port;
        private final List<Socket> open = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile ServerSocket listening;

        SwitchableProxy(int target) throws IOException {
            this.target = target;
            listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            port = listening.getLocalPort();
            accept(listening);
        }

        int port() {
            return port;
        }

        private void accept(ServerSocket server) {
            Thread thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        open.add(client);
                        open.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    } catch (IOException e) {
                        // Cut: the loop ends with the socket.
                    }
                }
            }, "proxy-accept");
            thread.setDaemon(true);
            thread.start();
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try {
                    from.getInputStream().transferTo(to.getOutputStream());
                } catch (IOException e) {
                    // One side closed.
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        /** Breaks every connection through it and takes no more. */
        void cut() throws IOException {
            listening.close();
            open.forEach(SwitchableProxy::closeQuietly);
            open.clear();
        }

        /** Takes connections again, on the same port. */
        void restore() throws IOException {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listening = server;
            accept(server);
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closed already.
            }
        }

        @Override
        public void close() throws IOException {
            cut();
        }
    }

    /**
     * Answers every PostgreSQL client as a server that wants a clear-text password does, and no further: enough for
     * the driver to say that none was given.
     */
    private static final class PasswordAskingServer implements AutoCloseable {
        private static final int SSL_REQUEST = 80877103;
        private static final int CLEARTEXT_PASSWORD = 3;
        private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final Thread thread = new Thread(this::serve, "password-asking-server");

        PasswordAskingServer() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    DataInputStream in = new DataInputStream(client.getInputStream());
                    DataOutputStream out = new DataOutputStream(client.getOutputStream());
                    while (true) {
                        int length = in.readInt();
                        int code = in.readInt();
                        in.skipNBytes(length - 8);
                        if (code != SSL_REQUEST) {
                            break;
                        }
                        out.writeByte('N');
                        out.flush();
                    }
                    out.writeByte('R');
                    out.writeInt(8);
                    out.writeInt(CLEARTEXT_PASSWORD);
                    out.flush();
                    // The client hangs up once it finds it has no password to give.
                    in.read();
                } catch (IOException e) {
                    // Closed, or a client that hung up early: the next one is served.
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
