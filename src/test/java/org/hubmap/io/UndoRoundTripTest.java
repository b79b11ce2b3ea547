package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.model.edit.UndoStack;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Undoing edits gives back the feature objects that were read, so saving then writes the file's own bytes. */
class UndoRoundTripTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static byte[] written(Layout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutWriter(WriteOptions.SHORTEST).write(layout, out);
        return out.toByteArray();
    }

    @Test
    void editsUndoneAreSavedWithTheBytesThatWereRead() throws Exception {
        UndoStack stack = new UndoStack(LayoutReader.read(SAMPLE));
        Layout layout = stack.layout();
        LayoutFeature hub = layout.features().get(0);
        layout = stack.execute(ReplaceFeatures.of("Move", layout, Map.of(0,
                hub.withGeometry(GEOMETRY.createPoint(new Coordinate(30.5, 50.5))), 3,
                layout.features().get(3).withProperty("status", "closed"))));
        layout = stack.execute(RemoveFeatures.of("Delete", layout, Set.of(1, 5, 6)));
        stack.execute(AddFeatures.of("Add", layout, List.of(LayoutFeature.create(Map.of("kind", "depot"),
                GEOMETRY.createPoint(new Coordinate(31, 49))))));
        byte[] edited = written(stack.layout());
        assertFalse(Arrays.equals(Files.readAllBytes(SAMPLE), edited));

        while (stack.canUndo()) {
            stack.undo();
        }
        assertArrayEquals(Files.readAllBytes(SAMPLE), written(stack.layout()));
        while (stack.canRedo()) {
            stack.redo();
        }
        assertArrayEquals(edited, written(stack.layout()));
    }
}
