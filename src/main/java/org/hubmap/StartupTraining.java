package org.hubmap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import picocli.CommandLine;

/**
 * The training runs behind the class-data-sharing archives the build makes beside the jar: run with
 * {@code -XX:ArchiveClassesAtExit}, it uses what a start of HubMap uses, so that later starts map those classes
 * from the archive instead of reading and verifying them from the jar again.
 *
 * <p>It runs the usual headless commands and an export on a layout, each as {@code hubmap COMMAND} would, with
 * their output thrown away, and loads, without running them, the classes of the window: the toolkit cannot start
 * without a display, and the build has none. Only the window maps the archive: an archive of the commands alone
 * slowed the reading of large layouts several times over for a few hundredths of a second gained at their start.
 */
public final class StartupTraining {
    /** The classes of the window, by the start of their names in the jar. */
    private static final List<String> WINDOW_CLASSES = List.of("org/hubmap/ui/", "javafx/", "com/sun/javafx/",
            "com/sun/glass/", "com/sun/prism/", "com/sun/scenario/", "com/gluonhq/");
    /** Parts of the toolkit HubMap never loads: other platforms' glass and the embedding in SWT. */
    private static final List<String> NOT_USED = List.of("com/sun/glass/ui/mac/", "com/sun/glass/ui/win/",
            "com/sun/glass/ui/ios/", "com/sun/glass/ui/android/", "com/sun/prism/d3d/", "com/sun/prism/es2/IOS",
            "com/sun/prism/es2/Mac", "com/sun/prism/es2/Win", "com/sun/prism/es2/Monocle", "javafx/embed/swt/");

    private StartupTraining() {
    }

    /**
     * Usage: {@code StartupTraining JAR LAYOUT WORK_FOLDER}: the jar whose window classes to load, a layout to run
     * the commands on, and a folder for what they write.
     */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        String layout = args[1];
        Path work = Files.createDirectories(Path.of(args[2]));
        Main.quietLibraryLogging();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        try {
            runCommands(layout, work);
            // Draws the basemap, the layout and their names as the window does, on Java2D alone.
            runCommands(List.<String[]>of(new String[] {"export", "--width=800", "--height=600",
                "--out=" + work.resolve("sheet.png"), layout}));
            loadWindowClasses(jar);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void runCommands(String layout, Path work) {
        runCommands(List.of(new String[] {"--help"}, new String[] {"--version"},
                new String[] {"validate", layout}, new String[] {"stats", layout},
                new String[] {"stats", "--json", layout}, new String[] {"check", layout},
                new String[] {"convert", layout, work.resolve("converted.geojson").toString()},
                new String[] {"coord", "50.45 30.52"}));
    }

    /** Runs the commands. Their exit codes do not matter: check exits 1 on the sample's faults. */
    private static void runCommands(List<String[]> commands) {
        for (String[] command : commands) {
            CommandLine cli = Main.commandLine();
            PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
            cli.setOut(nowhere);
            cli.setErr(nowhere);
            Main.execute(cli, command);
        }
    }

    /** Loads the window's classes without initialising any, so that the archive holds them. */
    private static void loadWindowClasses(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.contains("-") && WINDOW_CLASSES.stream().anyMatch(name::startsWith)
                        && NOT_USED.stream().noneMatch(name::startsWith)) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        ClassLoader loader = StartupTraining.class.getClassLoader();
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Parts of the toolkit that need what this platform lacks are simply left out of the archive.
            }
        }
    }
}
