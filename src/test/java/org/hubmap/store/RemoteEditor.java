package org.hubmap.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;

/**
 * Another editor of a shared layout, run in a JVM of its own by the tests that need a second process: {@code
 * RemoteEditor URI LAYOUT} reads the layout, watches it, and follows commands on standard input, a line each.
 *
 * <ul>
 *   <li>{@code rename KEY NAME} gives feature KEY the name NAME in its layout and saves it, then says {@code saved
 *       INSTANT} (when the save began: the other side may see the change before the save returns here), {@code conflict MESSAGE} or {@code failed MESSAGE}
 *   <li>{@code take} takes every change seen so far into its layout, as a user merging them would; says {@code taken}
 *   <li>{@code quit} ends it
 * </ul>
 *
 * <p>It says {@code ready} once read, {@code listening} each time its watch (re)connects, and {@code seen KEY NAME}
 * (or {@code seen KEY removed}) for each change someone else made that it fetched. Seen changes are not taken until
 * asked, as the application leaves them to the user: an edit of a feature changed meanwhile is then a conflict.
 */
public final class RemoteEditor {
    private final DatabaseStorage storage;
    private final List<RemoteChanges> untaken = new ArrayList<>();
    private Layout layout;
    private Map<String, Integer> index;

    private RemoteEditor(DatabaseStorage storage) {
        this.storage = storage;
    }

    public static void main(String[] args) throws Exception {
        RemoteEditor editor = new RemoteEditor(DatabaseStorage.of(DatabaseAddress.parse(args[0]), args[1]));
        editor.run();
        System.exit(0);
    }

    private void run() throws IOException {
        synchronized (this) {
            layout = storage.read(ReadProgress.NONE).layout();
            index = indexOf(layout);
        }
        say("ready");
        storage.watch(this::fetch, connected -> say(connected ? "listening" : "lost"));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] words = line.split(" ", 3);
            switch (words[0]) {
                case "rename" -> rename(words[1], words[2]);
                case "take" -> take();
                default -> say("failed unknown command: " + line);
            }
        }
    }

    private synchronized void rename(String key, String name) {
        int i = index.get(key);
        Layout edited = layout.withFeature(i, layout.features().get(i).withProperty("name", name));
        Instant began = Instant.now();
        try {
            storage.save(edited, layout);
            layout = edited;
            say("saved " + began);
        } catch (FeatureConflictException e) {
            say("conflict " + oneLine(e.getMessage()));
        } catch (IOException e) {
            say("failed " + oneLine(e.getMessage()));
        }
    }

    private synchronized void take() {
        for (RemoteChanges changes : untaken) {
            for (RemoteChanges.Change change : changes.changed()) {
                layout = layout.withFeature(index.get(change.key()), change.feature());
            }
            storage.take(changes, changes.keys());
        }
        untaken.clear();
        say("taken");
    }

    private void fetch() {
        RemoteChanges changes;
        try {
            changes = storage.fetchChanges();
        } catch (StoreException e) {
            say("failed " + oneLine(e.getMessage()));
            return;
        }
        synchronized (this) {
            untaken.add(changes);
        }
        for (RemoteChanges.Change change : changes.changed()) {
            say("seen " + change.key() + " " + change.feature().name());
        }
        changes.removed().forEach(key -> say("seen " + key + " removed"));
    }

    private static Map<String, Integer> indexOf(Layout layout) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < layout.features().size(); i++) {
            index.put(FeatureRow.key(layout.features().get(i).id()), i);
        }
        return index;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ');
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
