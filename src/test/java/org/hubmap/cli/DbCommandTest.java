package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hubmap db init|push|pull|list} against a real PostGIS server, each run as the command line runs it. */
class DbCommandTest {
    private static final String SAMPLE = "maps/sample-layout.geojson";
    private static final String WARNINGS = "src/test/resources/layouts/valid/warnings.geojson";
    /** A login role of this test class's own, since roles are the whole server's. */
    private static final String POLISH_OFFICER = "db_command_test_pol";

    private static String uri;
    private static String shown;

    @TempDir
    Path folder;

    @BeforeAll
    static void initialise() throws Exception {
        uri = TestDatabase.freshDatabase();
        shown = DatabaseAddress.parse(uri).toString();
        try (Connection admin = TestDatabase.connect(uri); Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + POLISH_OFFICER);
            statement.execute("CREATE ROLE " + POLISH_OFFICER + " LOGIN");
        }
        CommandRun init = db("init", "--db", uri, "--nation", "UKR,POL", "--member", POLISH_OFFICER + "=POL");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().startsWith("Created the schema hubmap"), init.out());
        assertTrue(init.out().contains("Made " + POLISH_OFFICER + " a member of hubmap_nation_pol."), init.out());
    }

    private static CommandRun db(String... args) {
        return CommandRun.withInput("", DbCommand.class, args);
    }

    @Test
    void initAgainChangesNothingAndSaysSo() {
        CommandRun again = db("init", "--db", uri, "--nation", "UKR,POL", "--member", POLISH_OFFICER + "=POL");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("The schema is up to date.\n", again.out());
        assertEquals("", again.err());
    }

    @Test
    void initRefusesAnUnknownNationAsBadUsage() {
        CommandRun run = db("init", "--db", uri, "--nation", "XXY");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'XXY' is not an ISO 3166-1 alpha-3 country code"), run.err());
    }

    @Test
    void pushedLayoutIsPulledWithEveryFeatureAsItWasWritten() throws Exception {
        CommandRun push = db("push", SAMPLE, "--db", uri, "--layout", "round trip");
        assertEquals(0, push.exitCode(), push.err());
        assertEquals("Pushed " + SAMPLE + " to layout 'round trip' at " + shown + ": 28 added\n", push.out());

        Path pulled = folder.resolve("pulled.geojson");
        CommandRun pull = db("pull", "--db", uri, "--layout", "round trip", "--out", pulled.toString());
        assertEquals(0, pull.exitCode(), pull.err());
        assertEquals(pulled + ": 28 features written from layout 'round trip'\n", pull.err());
        assertEquals("", pull.out());
        Layout original = LayoutReader.read(Path.of(SAMPLE));
        Layout back = LayoutReader.read(pulled);
        assertEquals(original.collectionMembers(), back.collectionMembers());
        assertEquals(original.features().size(), back.features().size());
        for (int i = 0; i < original.features().size(); i++) {
            assertEquals(original.features().get(i).sourceText(), back.features().get(i).sourceText());
        }

        CommandRun toStandardOutput = db("pull", "--db", uri, "--layout", "round trip", "--out", "-", "-q");
        assertEquals(0, toStandardOutput.exitCode(), toStandardOutput.err());
        assertEquals(Files.readString(pulled, StandardCharsets.UTF_8), toStandardOutput.out());
        assertEquals("", toStandardOutput.err());

        CommandRun again = db("push", pulled.toString(), "--db", uri, "--layout", "round trip");
        assertTrue(again.out().endsWith(": 0 changed, 0 added, 0 removed, 28 unchanged\n"), again.out());
        Layout edited = back.withFeature(0, back.features().get(0).withProperty("status", "closed"))
                .withFeatureRemoved(1);
        Path editedFile = folder.resolve("edited.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(edited, editedFile);
        CommandRun changed = db("push", editedFile.toString(), "--db", uri, "--layout", "round trip");
        assertEquals(0, changed.exitCode(), changed.err());
        assertTrue(changed.out().endsWith(": 1 changed, 0 added, 1 removed, 26 unchanged\n"), changed.out());
    }

    @Test
    void pushListsTheFilesWarningsAsValidateDoesAndQuietLeavesThemOut() {
        CommandRun validate = CommandRun.withInput("", ValidateCommand.class, WARNINGS);
        CommandRun push = db("push", WARNINGS, "--db", uri, "--layout", "warned");
        assertEquals(0, push.exitCode(), push.err());
        assertEquals(validate.err(), push.err());
        assertFalse(push.err().isEmpty());
        assertTrue(push.out().contains(": 6 added, 5 given new ids\n"), push.out());

        CommandRun quiet = db("push", WARNINGS, "--db", uri, "--layout", "warned quietly", "-q");
        assertEquals(0, quiet.exitCode());
        assertEquals("", quiet.err());
    }

    @Test
    void anUnreadableFileIsNamedWithItsPlaceAndNothingIsStored() throws Exception {
        Path broken = folder.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + "  {\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\","
                + " \"coordinates\": [30, 50]}},\n"
                + "  {\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\","
                + " \"coordinates\": [30, \"north\"]}}\n]}\n");
        CommandRun push = db("push", broken.toString(), "--db", uri, "--layout", "broken");
        assertEquals(1, push.exitCode());
        assertTrue(Pattern.compile("^" + Pattern.quote(broken.toString()) + ":3:\\d+: error: ", Pattern.MULTILINE)
                .matcher(push.err()).find(), push.err());
        assertTrue(push.err().endsWith(broken + ": not pushed; nothing was stored in " + shown + "\n"), push.err());
        assertNoStackTrace(push);
        CommandRun list = db("list", "--db", uri);
        assertFalse(list.out().contains("broken"), list.out());

        assertEquals(0, db("push", SAMPLE, "--db", uri, "--layout", "kept").exitCode());
        String before = db("pull", "--db", uri, "--layout", "kept", "--out", "-").out();
        CommandRun over = db("push", broken.toString(), "--db", uri, "--layout", "kept");
        assertEquals(1, over.exitCode());
        assertEquals(before, db("pull", "--db", uri, "--layout", "kept", "--out", "-").out());
    }

    @Test
    void pullOfAMissingLayoutNamesItAndHowToListThemAndWritesNothing() throws Exception {
        Path out = folder.resolve("missing.geojson");
        CommandRun pull = db("pull", "--db", uri, "--layout", "missing", "--out", out.toString());
        assertEquals(1, pull.exitCode());
        assertTrue(pull.err().contains("There is no layout 'missing' in " + shown), pull.err());
        assertTrue(pull.err().contains("hubmap db list --db " + shown), pull.err());
        assertTrue(pull.err().endsWith(out + ": not written\n"), pull.err());
        assertFalse(Files.exists(out));
        assertTrue(folderIsEmpty(), "no temporary file is left");

        CommandRun toStandardOutput = db("pull", "--db", uri, "--layout", "missing", "--out", "-");
        assertEquals(1, toStandardOutput.exitCode());
        assertEquals("", toStandardOutput.out());
        assertTrue(toStandardOutput.err().endsWith("<stdout>: nothing written\n"), toStandardOutput.err());
    }

    @Test
    void aFailedPullLeavesTheFileItWouldReplaceAsItWas() throws Exception {
        Path out = folder.resolve("kept.geojson");
        Files.writeString(out, "{\"type\": \"FeatureCollection\", \"features\": []}\n");
        CommandRun pull = db("pull", "--db", uri, "--layout", "missing", "--out", out.toString());
        assertEquals(1, pull.exitCode());
        assertEquals("{\"type\": \"FeatureCollection\", \"features\": []}\n", Files.readString(out));
        assertEquals(List.of(out), Files.list(folder).toList());
    }

    @Test
    void listShowsEachLayoutWithItsCountAndLastChange() throws Exception {
        assertEquals(0, db("push", SAMPLE, "--db", uri, "--layout", "listed").exitCode());
        CommandRun list = db("list", "--db", uri);
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("NAME"), list.out());
        assertTrue(Pattern.compile("^listed +28  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  "
                + Pattern.quote(TestDatabase.user()) + "$", Pattern.MULTILINE).matcher(list.out()).find(),
                list.out());

        CommandRun json = db("list", "--db", uri, "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode listed = null;
        for (JsonNode layout : new ObjectMapper().readTree(json.out())) {
            if (layout.get("name").asText().equals("listed")) {
                listed = layout;
            }
        }
        assertTrue(listed != null, json.out());
        assertEquals(28, listed.get("features").asLong());
        assertEquals(TestDatabase.user(), listed.get("last_changed_by").asText());
    }

    @Test
    void listOfADatabaseNotSetUpSaysHowToSetItUp() throws Exception {
        String empty = TestDatabase.freshDatabase();
        CommandRun list = db("list", "--db", empty);
        assertEquals(1, list.exitCode());
        assertTrue(list.err().contains("holds no HubMap layouts yet; its administrator sets it up with: hubmap db"
                + " init --db "), list.err());
        assertNoStackTrace(list);
    }

    @Test
    void listOfAnEmptyStoreSaysHowToAddALayoutUnlessQuiet() throws Exception {
        String empty = TestDatabase.freshDatabase();
        assertEquals(0, db("init", "--db", empty).exitCode());
        CommandRun list = db("list", "--db", empty);
        assertEquals(0, list.exitCode(), list.err());
        assertEquals("NAME  FEATURES  LAST CHANGE (UTC)  BY\n", list.out());
        String address = DatabaseAddress.parse(empty).toString();
        assertEquals(address + " holds no layouts yet; hubmap db push FILE --db " + address + " --layout NAME adds"
                + " one\n", list.err());
        assertEquals("", db("list", "--db", empty, "-q").err());
        assertEquals("[ ]\n", db("list", "--db", empty, "--json", "-q").out());
    }

    @Test
    void anUnreachableServerIsAClearFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CommandRun list = db("list", "--db", "postgresql://hubmap@127.0.0.1:" + port + "/hubmap");
        assertEquals(1, list.exitCode());
        assertTrue(list.err().contains("Cannot reach the PostgreSQL server at 127.0.0.1:" + port + " while"
                + " connecting"), list.err());
        assertEquals(1, list.err().lines().count(), list.err());
        assertEquals("", list.out());
    }

    @Test
    void aBadUriIsBadUsageSayingWhatIsWrong() {
        CommandRun run = db("list", "--db", "mysql://hubmap@localhost/hubmap");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'mysql://hubmap@localhost/hubmap' is not a PostgreSQL connection URI"),
                run.err());
        CommandRun port = db("list", "--db", "postgresql://hubmap@localhost:port/hubmap");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("'port' in 'postgresql://hubmap@localhost:port/hubmap' is not a port"
                + " number"), port.err());
    }

    @Test
    void pushRefusesStandardInputAndOtherFormatsAsBadUsage() {
        CommandRun standardInput = db("push", "-", "--db", uri, "--layout", "piped");
        assertEquals(2, standardInput.exitCode());
        assertTrue(standardInput.err().contains("db push reads a file, not standard input (-)"),
                standardInput.err());
        CommandRun kml = db("push", "plan.kml", "--db", uri, "--layout", "kml");
        assertEquals(2, kml.exitCode());
        assertTrue(kml.err().contains("plan.kml is KML; db push takes GeoJSON: convert it first with hubmap"
                + " convert plan.kml"), kml.err());
    }

    @Test
    void dbAloneIsBadUsageNamingItsCommands() {
        CommandRun run = db();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("hubmap db needs a command: init, push, pull or list"), run.err());
    }

    @Test
    void aNationsOfficerPushingAChangeToAnotherNationsFeatureIsRefusedAndNothingChanges() throws Exception {
        assertEquals(0, db("push", SAMPLE, "--db", uri, "--layout", "nations").exitCode());
        CommandRun before = db("pull", "--db", uri, "--layout", "nations", "--out", "-");
        Layout sample = LayoutReader.read(Path.of(SAMPLE));
        int ukrainian = indexOfNation(sample, "UKR");
        Layout taken = sample.withFeature(ukrainian, sample.features().get(ukrainian).withProperty("status",
                "closed"));
        Path file = folder.resolve("taken.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(taken, file);

        String officer = uri.replace("//" + TestDatabase.user() + "@", "//" + POLISH_OFFICER + "@");
        CommandRun push = db("push", file.toString(), "--db", officer, "--layout", "nations");
        assertEquals(1, push.exitCode(), push.out());
        assertTrue(push.err().contains(sample.features().get(ukrainian).name() + " is UKR's to change; nothing was"
                + " written"), push.err());
        assertEquals("", push.out());
        assertNoStackTrace(push);
        assertEquals(before.out(), db("pull", "--db", uri, "--layout", "nations", "--out", "-").out());
    }

    @Test
    void aNationsOfficerMakesALayoutOfTheirOwnNationsFeaturesButNotOfOthers() throws Exception {
        Layout sample = LayoutReader.read(Path.of(SAMPLE));
        String officer = uri.replace("//" + TestDatabase.user() + "@", "//" + POLISH_OFFICER + "@");
        CommandRun mixed = db("push", SAMPLE, "--db", officer, "--layout", "officer's mixed");
        assertEquals(1, mixed.exitCode(), mixed.out());
        String ukrainian = sample.features().get(indexOfNation(sample, "UKR")).name();
        assertTrue(mixed.err().contains(ukrainian + " is UKR's to add"), mixed.err());
        assertFalse(db("list", "--db", uri).out().contains("officer's mixed"));

        int[] others = java.util.stream.IntStream.range(0, sample.features().size())
                .filter(i -> !"POL".equals(sample.features().get(i).nation())).toArray();
        Path polish = folder.resolve("polish.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(sample.withFeaturesRemoved(others), polish);
        CommandRun own = db("push", polish.toString(), "--db", officer, "--layout", "officer's own");
        assertEquals(0, own.exitCode(), own.err());
        assertTrue(own.out().endsWith(": " + (sample.features().size() - others.length) + " added\n"), own.out());
        assertTrue(Pattern.compile("^officer's own +\\d+  \\S+  " + POLISH_OFFICER + "$", Pattern.MULTILINE)
                .matcher(db("list", "--db", officer).out()).find());
    }

    @Test
    void pullRefusesToWriteGeoJsonUnderAnotherFormatsName() {
        CommandRun run = db("pull", "--db", uri, "--layout", "plan", "--out", "plan.kml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("db pull writes GeoJSON, not KML: name the file .geojson, then hubmap"
                + " convert it to plan.kml"), run.err());
        assertFalse(Files.exists(Path.of("plan.kml")));
    }

    private static int indexOfNation(Layout layout, String nation) {
        List<LayoutFeature> features = layout.features();
        for (int i = 0; i < features.size(); i++) {
            if (nation.equals(features.get(i).nation())) {
                return i;
            }
        }
        throw new AssertionError("no feature of " + nation);
    }

    private boolean folderIsEmpty() throws Exception {
        try (var files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    private static void assertNoStackTrace(CommandRun run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
