package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hubmap.render.LabelLanguage;
import org.hubmap.ui.map.OfflineTileRetriever;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * HubMap must work where there is no network and must never try one: a security manager installed before the
 * window starts records every network permission asked for (connections, name lookups, URL fetches) while the
 * map is opened, moved, zoomed and restyled.
 */
@ExtendWith(ApplicationExtension.class)
class NoNetworkTest {
    private static final List<String> NETWORK_ATTEMPTS = Collections.synchronizedList(new ArrayList<>());
    private static SecurityManager previousGuard;
    private MainWindow window;

    /** Allows everything, and writes down every attempt to use the network. */
    private static final class NetworkRecorder extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
            if (permission instanceof SocketPermission || permission instanceof URLPermission) {
                NETWORK_ATTEMPTS.add(permission + " from " + Thread.currentThread().getName());
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }
    }

    @BeforeAll
    @SuppressWarnings("removal")
    static void recordNetworkUse() throws IOException {
        // The JDK's own font manager, on first use in a JVM, names its font cache file after the local host name
        // and so asks for that name: a look-up of this machine's own name, no traffic, and not the application's.
        // Starting it before recording keeps the record to what HubMap itself does, in whatever order tests run.
        new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)
                .createGlyphVector(new java.awt.font.FontRenderContext(null, true, true), "HubMap");
        previousGuard = System.getSecurityManager();
        System.setSecurityManager(new NetworkRecorder());
        assertRecorderSeesConnections();
    }

    /** Tries the loopback discard port, which nothing here listens on, and checks the attempt was written down. */
    private static void assertRecorderSeesConnections() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9), 200);
        } catch (IOException expected) {
            // Refused or unreachable: only the attempt matters.
        }
        assertFalse(NETWORK_ATTEMPTS.isEmpty(), "the recorder missed a connection attempt");
        NETWORK_ATTEMPTS.clear();
    }

    @AfterAll
    @SuppressWarnings("removal")
    static void stopRecording() {
        System.setSecurityManager(previousGuard);
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, List.of());
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void theMapNeverTouchesTheNetwork(FxRobot robot) throws Exception {
        WindowTesting.waitForTiles(window);
        robot.type(KeyCode.PLUS);
        robot.drag(window.map(), MouseButton.PRIMARY).moveBy(-300, 120).release(MouseButton.PRIMARY);
        robot.type(KeyCode.PLUS);
        WindowTesting.waitForTiles(window);
        WindowTesting.clickMenuItem(robot, "View", "Label Language", "Українська");
        WindowTesting.waitForTiles(window);

        assertEquals(LabelLanguage.UKRAINIAN, window.tiles().options().language());
        assertEquals(List.of(), NETWORK_ATTEMPTS);
        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
        assertNull(System.getProperty("http.agent"), "Gluon's OpenStreetMap retriever was started");
        assertEquals(List.of(), gluonCacheFoldersMadeByThisJvm());
    }

    /** Gluon's tile cache folders in the temporary folder that were created or changed since this JVM started. */
    private static List<Path> gluonCacheFoldersMadeByThisJvm() throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> entries = Files.list(temporary)) {
            return entries.filter(path -> path.getFileName().toString().startsWith(".gluonmaps"))
                    .filter(path -> {
                        try {
                            return Files.getLastModifiedTime(path).toMillis() >= jvmStart;
                        } catch (IOException e) {
                            return true;
                        }
                    }).toList();
        }
    }
}
