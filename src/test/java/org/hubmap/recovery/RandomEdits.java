package org.hubmap.recovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.hubmap.document.LayoutDocument;
import org.hubmap.document.Selection;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.AddFeatures;
import org.hubmap.model.edit.ChangeCollectionMember;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Random edits of the kinds users make: add a hub, depot or zone, move a feature, reshape a zone, delete some,
 * change a property (text in several scripts, numbers, nothing), rename the layout. Each is one command, made for
 * the document's current layout.
 */
final class RandomEdits {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] WORDS = {"Kyiv", "Київ", "Львів", "depot \"north\"", "tab\there", "ünïcödé",
        "emoji \uD83D\uDE9A", "back\\slash", ""};

    private final Random random;
    private int added;

    RandomEdits(Random random) {
        this.random = random;
    }

    /** Makes one random edit of {@code document}. */
    void editOnce(LayoutDocument document) {
        document.execute(next(document.layout()), Selection.none());
    }

    /** A random edit of {@code layout}. */
    EditCommand next(Layout layout) {
        int size = layout.features().size();
        int choice = size == 0 ? 0 : random.nextInt(10);
        return switch (choice) {
            case 0, 1 -> AddFeatures.of("Add", layout, List.of(newFeature()));
            case 2, 3 -> replace("Move", layout, feature -> feature.withGeometry(moved(feature)));
            case 4 -> replace("Reshape", layout, feature -> feature.withGeometry(polygon()));
            case 5 -> RemoveFeatures.of("Delete", layout, someIndexes(size));
            case 6, 7 -> replace("Change", layout, feature -> feature.withProperty("notes", word()));
            case 8 -> replace("Change", layout, feature -> feature.withProperty("capacity",
                    random.nextBoolean() ? random.nextInt(5000) : random.nextDouble() * 1e4));
            default -> ChangeCollectionMember.of("Rename", layout, "name", random.nextBoolean() ? word() : null);
        };
    }

    private ReplaceFeatures replace(String action, Layout layout, UnaryOperator<LayoutFeature> change) {
        Map<Integer, LayoutFeature> after = new LinkedHashMap<>();
        for (int index : someIndexes(layout.features().size())) {
            after.put(index, change.apply(layout.features().get(index)));
        }
        return ReplaceFeatures.of(action, layout, after);
    }

    private Set<Integer> someIndexes(int size) {
        Set<Integer> indexes = new TreeSet<>();
        int count = 1 + random.nextInt(Math.min(3, size));
        while (indexes.size() < count) {
            indexes.add(random.nextInt(size));
        }
        return indexes;
    }

    private LayoutFeature newFeature() {
        added++;
        Map<String, Object> properties = new LinkedHashMap<>();
        boolean zone = random.nextInt(4) == 0;
        properties.put("kind", zone ? "monitoring-zone" : random.nextBoolean() ? "hub" : "depot");
        properties.put("name", "New " + added + " " + word());
        properties.put("status", "planned");
        Geometry geometry = zone ? polygon() : GEOMETRY.createPoint(position());
        return new LayoutFeature("new-" + added + "-" + random.nextInt(1000), properties, geometry);
    }

    private Geometry moved(LayoutFeature feature) {
        Geometry geometry = feature.geometry().orElse(null);
        if (geometry == null || geometry.getNumPoints() != 1) {
            return polygon();
        }
        return GEOMETRY.createPoint(position());
    }

    private Geometry polygon() {
        Coordinate centre = position();
        List<Coordinate> ring = new ArrayList<>();
        int corners = 3 + random.nextInt(5);
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners;
            double radius = 0.05 + random.nextDouble() * 0.3;
            ring.add(new Coordinate(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle)));
        }
        ring.add(ring.get(0));
        return GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private Coordinate position() {
        return new Coordinate(23 + random.nextDouble() * 16, 45 + random.nextDouble() * 7);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(100);
    }
}
