package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.FeatureChanges;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Marks updated after an announced edit are the marks made from scratch, and so is their index: through edits of
 * every kind (moves, removals, additions, undos, selections) of features of every geometry, over two layouts.
 */
class FeatureMarksUpdateTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] KINDS = {"hub", "depot", "monitoring-zone", "checkpoint"};

    private final SplittableRandom random = new SplittableRandom(5);
    private int made;

    private LayoutFeature randomFeature() {
        int number = made++;
        String kind = KINDS[random.nextInt(KINDS.length)];
        double lon = 29 + 3 * random.nextDouble();
        double lat = 49 + 2 * random.nextDouble();
        Geometry geometry = switch (random.nextInt(6)) {
            case 0 -> GEOMETRY.createMultiPointFromCoords(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + 0.1, lat + 0.05)});
            case 1 -> GEOMETRY.createGeometryCollection(new Geometry[] {GEOMETRY.createPoint(
                new Coordinate(lon, lat)), square(lon + 0.05, lat, 0.08)});
            case 2, 3 -> square(lon, lat, 0.02 + 0.2 * random.nextDouble());
            default -> GEOMETRY.createPoint(new Coordinate(lon, lat));
        };
        return feature(kind, "active", kind + " " + number, geometry, "nation", "POL");
    }

    private static Geometry square(double lon, double lat, double side) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side, lat),
            new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }

    private static Layout layoutOf(int size, FeatureMarksUpdateTest test) {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            features.add(test.randomFeature());
        }
        return new Layout("test", features);
    }

    /** One edit of {@code layout} as the editor makes them. */
    private EditCommand edit(Layout layout, int step) {
        int size = layout.features().size();
        return switch (step % 3) {
            case 0 -> {
                Map<Integer, LayoutFeature> after = new HashMap<>();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    after.put(random.nextInt(size), randomFeature());
                }
                yield ReplaceFeatures.of("Move", layout, after);
            }
            case 1 -> {
                Set<Integer> indexes = new HashSet<>();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    indexes.add(random.nextInt(size));
                }
                yield RemoveFeatures.of("Delete", layout, indexes);
            }
            default -> AddFeatures.of("Add", layout, List.of(randomFeature(), randomFeature()));
        };
    }

    private Set<LayoutFeature> someSelected(Layout layout) {
        Set<LayoutFeature> selected = new HashSet<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            selected.add(layout.features().get(random.nextInt(layout.features().size())));
        }
        return selected;
    }

    @Test
    void marksUpdatedThroughEditsUndosAndSelectionsAreTheMarksFromScratch() {
        List<Layout> layouts = new ArrayList<>(List.of(layoutOf(300, this), layoutOf(120, this)));
        Set<LayoutFeature> selected = Set.of();
        FeatureMarks marks = FeatureMarks.of(layouts, selected);
        marks.index();
        List<EditCommand> done = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int changed = step % 5 == 4 ? 1 : 0;
            Layout before = layouts.get(changed);
            FeatureChanges changes;
            if (step % 7 == 6 && !done.isEmpty()) {
                EditCommand undone = done.remove(done.size() - 1);
                layouts.set(0, undone.revert(layouts.get(0)));
                changed = 0;
                changes = undone.changes().inverse();
            } else {
                EditCommand command = edit(before, step);
                layouts.set(changed, command.apply(before));
                changes = command.changes();
                if (changed == 0) {
                    done.add(command);
                }
            }
            selected = step % 2 == 0 ? someSelected(layouts.get(0)) : retained(selected, layouts.get(0));
            FeatureMarks updated = marks.updated(List.copyOf(layouts), selected, new LayoutEdit(changed, changes));
            FeatureMarks scratch = FeatureMarks.of(List.copyOf(layouts), selected);
            assertEquals(described(scratch), described(updated), "step " + step);
            assertEquals(scratch.marks(), updated.marks(), "step " + step);
            assertSameIndex(scratch.index(), updated.index(), step);
            marks = updated;
        }
    }

    /** Each mark in a line: which feature of which layout, its anchor, whether selected and its name. */
    private static List<String> described(FeatureMarks marks) {
        List<String> lines = new ArrayList<>();
        for (FeatureMark mark : marks.marks()) {
            lines.add(mark.layoutIndex() + ":" + mark.featureIndex() + " " + mark.worldX() + "," + mark.worldY()
                    + (mark.selected() ? " selected " : " ") + mark.label());
        }
        return lines;
    }

    private static Set<LayoutFeature> retained(Set<LayoutFeature> selected, Layout layout) {
        Set<LayoutFeature> kept = new HashSet<>();
        for (LayoutFeature feature : layout.features()) {
            if (selected.contains(feature)) {
                kept.add(feature);
            }
        }
        return kept;
    }

    private void assertSameIndex(MarkIndex scratch, MarkIndex patched, int step) {
        assertEquals(scratch.reachPixels(), patched.reachPixels(), 1e-9);
        assertEquals(scratch.selectedPositions(), patched.selectedPositions());
        for (int query = 0; query < 20; query++) {
            double x = MercatorGeometry.worldX(29 + 3 * random.nextDouble());
            double y = MercatorGeometry.worldY(49 + 2 * random.nextDouble());
            double half = 0.5 * random.nextDouble();
            Envelope area = new Envelope(x - half, x + half, y - half, y + half);
            int zoom = 6 + random.nextInt(6);
            double scale = MercatorGeometry.scale(zoom);
            BitSet expected = scratch.near(area, scale, zoom);
            assertEquals(expected, patched.near(area, scale, zoom), "step " + step + ", query " + query);
            // Of a feature of several parts, any one part stands for it.
            assertEquals(scratch.within(area, zoom).stream().map(FeatureMark::featureKey).toList(),
                    patched.within(area, zoom).stream().map(FeatureMark::featureKey).toList());
        }
        for (int i = 0; i < scratch.marks().size(); i++) {
            assertEquals(scratch.anchorX(i), patched.anchorX(i));
            assertEquals(scratch.symbolColours(i), patched.symbolColours(i));
            assertSame(scratch.simpleShape(i), patched.simpleShape(i));
            assertEquals(scratch.simpleTint(i), patched.simpleTint(i));
            for (int corner = 0; corner < 4; corner++) {
                assertEquals(scratch.areaBound(i, corner), patched.areaBound(i, corner));
            }
        }
    }

    @Test
    void anEditOfOneFeatureRemakesOnlyItsMarks() {
        Layout layout = layoutOf(200, this);
        FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
        LayoutFeature moved = randomFeature();
        EditCommand command = ReplaceFeatures.of("Move", layout, Map.of(10, moved));
        Layout after = command.apply(layout);
        FeatureMarks updated = marks.updated(List.of(after), Set.of(), new LayoutEdit(0, command.changes()));
        FeatureMarks.Difference difference = updated.changesSince(marks).orElseThrow();
        assertTrue(difference.fresh().stream().allMatch(mark -> mark.feature() == moved));
        assertTrue(difference.dropped().stream().allMatch(mark -> mark.feature() == layout.features().get(10)));
        int keptObjects = 0;
        for (FeatureMark mark : updated.marks()) {
            keptObjects += marks.marks().contains(mark) ? 1 : 0;
        }
        assertEquals(updated.size() - difference.fresh().size(), keptObjects);
    }

    @Test
    void theChangesSinceMarksManyEditsBackAreKnownWithoutHoldingTheMarksBetween() {
        Layout layout = layoutOf(100, this);
        FeatureMarks first = FeatureMarks.of(List.of(layout), Set.of());
        FeatureMarks marks = first;
        List<LayoutFeature> movedIn = new ArrayList<>();
        for (int step = 0; step < 50; step++) {
            LayoutFeature moved = randomFeature();
            EditCommand command = ReplaceFeatures.of("Move", layout, Map.of(step, moved));
            layout = command.apply(layout);
            marks = marks.updated(List.of(layout), Set.of(), new LayoutEdit(0, command.changes()));
            movedIn.add(moved);
        }
        FeatureMarks.Difference since = marks.changesSince(first).orElseThrow();
        assertTrue(since.fresh().stream().map(FeatureMark::feature).toList().containsAll(movedIn));
        assertEquals(50, since.dropped().stream().map(FeatureMark::feature).distinct().count());

        for (int step = 0; step < 100; step++) {
            EditCommand command = ReplaceFeatures.of("Move", layout, Map.of(step % 100, randomFeature()));
            layout = command.apply(layout);
            marks = marks.updated(List.of(layout), Set.of(), new LayoutEdit(0, command.changes()));
        }
        assertTrue(marks.changesSince(first).isEmpty(), "too many edits back: placed again instead");
    }

    @Test
    void layoutsThatDoNotFollowFromTheEditAreMarkedFromScratch() {
        Layout layout = layoutOf(50, this);
        FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
        Layout other = layoutOf(50, this);
        FeatureMarks updated = marks.updated(List.of(other), Set.of(), LayoutEdit.NONE);
        assertEquals(FeatureMarks.of(List.of(other), Set.of()).marks(), updated.marks());
        assertTrue(updated.changesSince(marks).isEmpty());
        assertNotSame(marks, updated);
    }
}
