package org.hubmap.render;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The styling keys of Mapbox's simplestyle-spec 1.1 that a feature from another tool may carry:
 * {@code marker-color}, {@code marker-size}, {@code stroke}, {@code stroke-width}, {@code stroke-opacity},
 * {@code fill} and {@code fill-opacity}. HubMap honours them when drawing and never writes them itself; values it
 * cannot read (a colour that is not {@code #rgb} or {@code #rrggbb}, a negative width) are ignored, leaving the
 * symbology's default.
 */
final class SimpleStyle {
    private static final SimpleStyle NONE = new SimpleStyle(Map.of());
    /** simplestyle's defaults, used where a file gives an opacity without the matching colour. */
    private static final double DEFAULT_FILL_OPACITY = 0.6;

    private final Optional<Color> markerColour;
    private final OptionalDouble markerScale;
    private final Optional<Color> stroke;
    private final OptionalDouble strokeWidth;
    private final OptionalDouble strokeOpacity;
    private final Optional<Color> fill;
    private final OptionalDouble fillOpacity;

    private SimpleStyle(Map<String, Object> properties) {
        markerColour = colour(properties.get("marker-color"));
        markerScale = markerScale(properties.get("marker-size"));
        stroke = colour(properties.get("stroke"));
        strokeWidth = number(properties.get("stroke-width"), 0, 50);
        strokeOpacity = number(properties.get("stroke-opacity"), 0, 1);
        fill = colour(properties.get("fill"));
        fillOpacity = number(properties.get("fill-opacity"), 0, 1);
    }

    /** The simplestyle keys among {@code properties}; none when it has none. */
    static SimpleStyle of(Map<String, Object> properties) {
        for (String key : properties.keySet()) {
            if (key.startsWith("marker-") || key.startsWith("stroke") || key.startsWith("fill")) {
                return new SimpleStyle(properties);
            }
        }
        return NONE;
    }

    PointSymbolStyle applyTo(PointSymbolStyle style) {
        PointSymbolStyle styled = markerColour.map(style::withFill).orElse(style);
        return markerScale.isPresent() ? styled.scaled(markerScale.getAsDouble()) : styled;
    }

    AreaStyle applyTo(AreaStyle style) {
        AreaStyle styled = style;
        if (stroke.isPresent() || strokeWidth.isPresent() || strokeOpacity.isPresent()) {
            LineStyle line = style.boundary();
            Color colour = stroke.orElse(line.color());
            if (strokeOpacity.isPresent()) {
                colour = withOpacity(colour, strokeOpacity.getAsDouble());
            }
            styled = styled.withBoundary(line.with(colour, (float) strokeWidth.orElse(line.widthPixels())));
        }
        if (fill.isPresent() || fillOpacity.isPresent()) {
            Color colour = fill.orElse(style.fill().orElse(style.boundary().color()));
            styled = styled.withFill(withOpacity(colour, fillOpacity.orElse(DEFAULT_FILL_OPACITY)));
        }
        return styled;
    }

    private static Color withOpacity(Color colour, double opacity) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(opacity * 255));
    }

    /** A simplestyle colour: {@code #rgb} or {@code #rrggbb}, the leading {@code #} optional as many tools write. */
    static Optional<Color> colour(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String hex = text.trim().startsWith("#") ? text.trim().substring(1) : text.trim();
        if (!hex.matches("[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}")) {
            return Optional.empty();
        }
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Optional.of(new Color(Integer.parseInt(hex, 16)));
    }

    private static OptionalDouble markerScale(Object value) {
        if (!(value instanceof String text)) {
            return OptionalDouble.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "small" -> OptionalDouble.of(0.75);
            case "medium" -> OptionalDouble.of(1);
            case "large" -> OptionalDouble.of(1.35);
            default -> OptionalDouble.empty();
        };
    }

    private static OptionalDouble number(Object value, double min, double max) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d) && d >= min && d <= max) {
                return OptionalDouble.of(d);
            }
        }
        return OptionalDouble.empty();
    }
}
