package org.hubmap.compare;

import static org.hubmap.compare.TestFeatures.hub;
import static org.hubmap.compare.TestFeatures.layout;
import static org.hubmap.compare.TestFeatures.movedPoint;
import static org.hubmap.compare.TestFeatures.point;
import static org.hubmap.compare.TestFeatures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.FeatureChanges;
import org.hubmap.model.edit.UndoStack;
import org.junit.jupiter.api.Test;

class LayoutMergeTest {
    private static final LayoutFeature KYIV = hub("hub-kyiv", "Hub Kyiv", 30.5234, 50.4501);
    private static final LayoutFeature LVIV = hub("hub-lviv", "Hub Lviv", 24.0297, 49.8397);
    private static final LayoutFeature ODESA = hub("hub-odesa", "Hub Odesa", 30.7233, 46.4825);
    private static final LayoutFeature DNIPRO = hub("hub-dnipro", "Hub Dnipro", 35.0462, 48.4647);

    @Test
    void theirNewFeaturesAreAddedAndIdenticalOnesSkipped() {
        Layout mine = layout(KYIV, LVIV);
        Layout theirs = new Layout("colleague.geojson", List.of(withId(LVIV, "hub-lviv"), DNIPRO, KYIV));

        MergeResult result = LayoutMerge.twoWay(mine, theirs);

        assertEquals(List.of(DNIPRO), result.added());
        assertEquals(2, result.identical());
        assertEquals(List.of(), result.conflicts());
        Layout merged = result.merged(MergeDecisions.none());
        assertEquals(List.of(KYIV, LVIV, DNIPRO), merged.features(), "mine untouched, theirs appended");
        assertEquals("Merge colleague.geojson", result.command(MergeDecisions.none()).orElseThrow().description());
    }

    @Test
    void aMergeOfTheSameLayoutMakesNoCommand() {
        MergeResult result = LayoutMerge.twoWay(layout(KYIV, LVIV), layout(LVIV, KYIV));

        assertEquals(Optional.empty(), result.command(MergeDecisions.none()));
        assertEquals(2, result.identical());
    }

    @Test
    void aFeatureBothChangedWithoutABaseConflictsAndIsSettledForMineOrTheirs() {
        LayoutFeature theirsKyiv = movedPoint(KYIV.withProperty(FeatureSchema.STATUS, "active"), 90, 300);
        MergeResult result = LayoutMerge.twoWay(layout(KYIV, LVIV), layout(theirsKyiv, LVIV));

        assertEquals(1, result.conflicts().size());
        MergeConflict conflict = result.conflicts().get(0);
        assertSame(KYIV, conflict.mine());
        assertSame(theirsKyiv, conflict.theirs());
        assertEquals(Optional.empty(), conflict.base());
        assertEquals(List.of(FeatureSchema.STATUS), conflict.properties());
        assertTrue(conflict.geometry());
        assertEquals(List.of(conflict), result.undecided(MergeDecisions.none()));

        assertEquals(List.of(KYIV, LVIV), result.merged(MergeDecisions.all(MergeChoice.MINE)).features());
        assertEquals(List.of(theirsKyiv, LVIV), result.merged(MergeDecisions.all(MergeChoice.THEIRS)).features());
    }

    @Test
    void conflictsAreSettledOneByOneWithAChoiceForTheRest() {
        LayoutFeature theirsKyiv = KYIV.withProperty(FeatureSchema.STATUS, "active");
        LayoutFeature theirsLviv = LVIV.withProperty(FeatureSchema.STATUS, "closed");
        LayoutFeature theirsOdesa = ODESA.withProperty(FeatureSchema.NATION, "POL");
        MergeResult result = LayoutMerge.twoWay(layout(KYIV, LVIV, ODESA),
                layout(theirsKyiv, theirsLviv, theirsOdesa));
        List<MergeConflict> conflicts = result.conflicts();
        assertEquals(3, conflicts.size());

        MergeDecisions decisions = MergeDecisions.none().with(conflicts.get(0), MergeChoice.THEIRS)
                .with(conflicts.get(1), MergeChoice.MINE);
        assertEquals(List.of(conflicts.get(2)), result.undecided(decisions));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> result.command(decisions));
        assertTrue(e.getMessage().contains("feature 2"), e.getMessage());

        Layout merged = result.merged(decisions.withAll(MergeChoice.THEIRS));
        assertEquals(List.of(theirsKyiv, LVIV, theirsOdesa), merged.features());
    }

    @Test
    void aMergeNeverDeletesAndReportsWhatItCouldNotPair() {
        LayoutFeature twin = hub("hub-kyiv", "Hub Kyiv 2", 30.6, 50.5);
        MergeResult result = LayoutMerge.twoWay(layout(KYIV, LVIV), layout(KYIV, twin, ODESA));

        Layout merged = result.merged(MergeDecisions.none());

        assertEquals(List.of(KYIV, LVIV, ODESA), merged.features());
        assertEquals(List.of(new MergeNote(MergeNote.Reason.ONLY_MINE, LVIV),
                new MergeNote(MergeNote.Reason.ID_ALREADY_IN_MINE, twin)), result.notes());
        assertEquals(List.of(new DuplicateId("hub-kyiv", 2)), result.duplicateIdsInTheirs());
    }

    @Test
    void featuresWithoutIdAreSkippedWithinFiftyMetresAndAddedBeyond() {
        LayoutFeature depot = point(null, "depot", "Depot Mykolaiv", 32.0, 46.97);
        LayoutFeature sameNear = movedPoint(depot, 45, 30);
        LayoutFeature sameFar = movedPoint(depot, 45, 80);

        MergeResult near = LayoutMerge.twoWay(layout(depot), layout(sameNear));
        MergeResult far = LayoutMerge.twoWay(layout(depot), layout(sameFar));

        assertEquals(1, near.conflicts().size(), "paired, and moved 30 m: a difference without a base");
        assertTrue(near.conflicts().get(0).geometry());
        assertEquals(List.of(), near.added());
        assertEquals(List.of(sameFar), far.added());
        assertEquals(List.of(depot, sameFar), far.merged(MergeDecisions.none()).features());
    }

    @Test
    void threeWayEditsOfDifferentPropertiesBothSurvive() {
        LayoutFeature base = KYIV.withProperty(FeatureSchema.CAPACITY, JsonNumber.of(100));
        LayoutFeature mine = base.withProperty(FeatureSchema.STATUS, "active").withProperty(FeatureSchema.NOTES,
                "Gate east");
        LayoutFeature theirs = movedPoint(base.withProperty(FeatureSchema.CAPACITY, JsonNumber.of(250)), 0, 120);

        MergeResult result = LayoutMerge.threeWay(layout(base, LVIV), layout(mine, LVIV), layout(theirs, LVIV));

        assertEquals(List.of(), result.conflicts());
        assertEquals(1, result.taken().size());
        LayoutFeature merged = result.merged(MergeDecisions.none()).features().get(0);
        assertSame(result.taken().get(0).after(), merged, "the command puts in the very feature taken() shows");
        assertEquals("active", merged.status(), "my edit");
        assertEquals("Gate east", merged.properties().get(FeatureSchema.NOTES), "my edit");
        assertEquals(JsonNumber.of(250), merged.properties().get(FeatureSchema.CAPACITY), "their edit");
        assertEquals(theirs.geometry().orElseThrow(), merged.geometry().orElseThrow(), "their move");
        assertEquals(List.of(FeatureSchema.KIND, FeatureSchema.NAME, FeatureSchema.STATUS, FeatureSchema.NATION,
                FeatureSchema.CAPACITY, FeatureSchema.NOTES), List.copyOf(merged.properties().keySet()));
        assertSame(mine.id(), merged.id());
    }

    @Test
    void threeWayTheSamePropertyChangedDifferentlyConflictsAndOnlyItIsChosen() {
        LayoutFeature base = KYIV;
        LayoutFeature mine = base.withProperty(FeatureSchema.STATUS, "active");
        LayoutFeature theirs = base.withProperty(FeatureSchema.STATUS, "closed").withProperty(FeatureSchema.NOTES,
                "Bridge out");

        MergeResult result = LayoutMerge.threeWay(layout(base), layout(mine), layout(theirs));

        MergeConflict conflict = result.conflicts().get(0);
        assertEquals(1, result.conflicts().size());
        assertEquals(List.of(FeatureSchema.STATUS), conflict.properties());
        assertFalse(conflict.geometry());
        assertSame(base, conflict.base().orElseThrow());
        LayoutFeature keptMine = result.merged(MergeDecisions.all(MergeChoice.MINE)).features().get(0);
        assertEquals("active", keptMine.status());
        assertEquals("Bridge out", keptMine.properties().get(FeatureSchema.NOTES), "their other edit survives");
        assertSame(theirs, result.merged(MergeDecisions.all(MergeChoice.THEIRS)).features().get(0));
    }

    @Test
    void threeWayAGeometryChangedOnOneSideIsTakenAndOnBothSidesConflicts() {
        LayoutFeature mineRenamed = KYIV.withProperty(FeatureSchema.NAME, "Hub Kyiv North");
        LayoutFeature theirsMoved = movedPoint(KYIV, 10, 2_000);
        LayoutFeature mineMoved = movedPoint(KYIV, 200, 500);

        MergeResult oneSide = LayoutMerge.threeWay(layout(KYIV), layout(mineRenamed), layout(theirsMoved));
        MergeResult bothSides = LayoutMerge.threeWay(layout(KYIV), layout(mineMoved), layout(theirsMoved));

        LayoutFeature merged = oneSide.merged(MergeDecisions.none()).features().get(0);
        assertEquals("Hub Kyiv North", merged.name());
        assertEquals(theirsMoved.geometry().orElseThrow(), merged.geometry().orElseThrow());
        assertTrue(bothSides.conflicts().get(0).geometry());
        assertEquals(List.of(), bothSides.conflicts().get(0).properties());
    }

    @Test
    void threeWayAPropertyOnlyOneSideRemovedIsRemoved() {
        LayoutFeature base = KYIV.withProperty(FeatureSchema.NOTES, "Old note");
        LayoutFeature theirs = TestFeatures.hub("hub-kyiv", "Hub Kyiv", 30.5234, 50.4501);

        MergeResult result = LayoutMerge.threeWay(layout(base), layout(base), layout(theirs));

        assertSame(theirs, result.merged(MergeDecisions.none()).features().get(0));
    }

    @Test
    void threeWayMyDeletionStandsUnlessTheyChangedTheFeatureAndTheirsIsNotMade() {
        LayoutFeature theirsOdesa = ODESA.withProperty(FeatureSchema.STATUS, "active");
        Layout base = layout(KYIV, LVIV, ODESA, DNIPRO);
        Layout mine = layout(KYIV, DNIPRO);
        Layout theirs = layout(KYIV, LVIV, theirsOdesa);

        MergeResult result = LayoutMerge.threeWay(base, mine, theirs);

        assertEquals(List.of(KYIV, DNIPRO, theirsOdesa), result.merged(MergeDecisions.none()).features());
        assertEquals(List.of(new MergeNote(MergeNote.Reason.REMOVED_IN_THEIRS, DNIPRO),
                new MergeNote(MergeNote.Reason.REMOVED_IN_MINE, LVIV),
                new MergeNote(MergeNote.Reason.RESTORED, theirsOdesa)), result.notes());
    }

    @Test
    void threeWayPairsFeaturesWithoutIdThroughTheBaseWhenTheyMovedApart() {
        LayoutFeature base = point(null, "depot", "Depot", 32.0, 46.97);
        LayoutFeature mine = movedPoint(base, 90, 40).withProperty(FeatureSchema.STATUS, "active");
        LayoutFeature theirs = movedPoint(base, 270, 40);

        MergeResult result = LayoutMerge.threeWay(layout(base), layout(mine), layout(theirs));

        assertEquals(List.of(), result.added(), "80 m apart, but both within 50 m of the base's");
        assertTrue(result.conflicts().get(0).geometry());
        assertEquals(List.of(), result.conflicts().get(0).properties());
    }

    @Test
    void undoingTheMergeGivesBackMyLayoutExactlyAndTheCommandSaysWhatItChanged() {
        LayoutFeature theirsKyiv = KYIV.withProperty(FeatureSchema.STATUS, "active");
        Layout mine = layout(KYIV, LVIV);
        MergeResult result = LayoutMerge.threeWay(mine, mine, layout(theirsKyiv, LVIV, ODESA, DNIPRO));
        UndoStack stack = new UndoStack(mine);

        EditCommand command = result.command(MergeDecisions.none()).orElseThrow();
        Layout merged = stack.execute(command);

        assertEquals(List.of(theirsKyiv, LVIV, ODESA, DNIPRO), merged.features());
        FeatureChanges changes = command.changes();
        assertEquals(List.of(ODESA, DNIPRO), changes.added());
        assertEquals(List.of(new FeatureChanges.Replacement(KYIV, theirsKyiv)), changes.replaced());
        assertEquals(List.of(), changes.removed());

        Layout undone = stack.undo();
        assertEquals(2, undone.features().size());
        assertSame(KYIV, undone.features().get(0));
        assertSame(LVIV, undone.features().get(1));
        assertFalse(stack.canUndo(), "the whole merge was one step");
        assertFalse(stack.isModified());
    }
}
