package org.hubmap.sheet;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The security classification marked on a sheet, as a coloured banner at its top and bottom: its text, the
 * banner's colour and the text's colour. The presets follow common practice for marking banners (green for
 * unclassified, blue for confidential, red for secret); any other text may be given with any colour. Immutable.
 *
 * @param text the marking, as printed (kept as given, in capitals by convention)
 * @param banner the banner's colour
 * @param textColour the colour of the text on it, chosen to stand out from the banner
 */
public record Classification(String text, Color banner, Color textColour) {
    private static final Color GREEN = new Color(0x007a33);
    private static final Color PURPLE = new Color(0x502b85);
    private static final Color BLUE = new Color(0x0033a0);
    private static final Color RED = new Color(0xc8102e);
    private static final Color BLACK = new Color(0x1a1a1a);

    public static final Classification UNCLASSIFIED = preset("UNCLASSIFIED", GREEN);
    public static final Classification NATO_UNCLASSIFIED = preset("NATO UNCLASSIFIED", GREEN);
    public static final Classification NATO_RESTRICTED = preset("NATO RESTRICTED", PURPLE);
    public static final Classification NATO_CONFIDENTIAL = preset("NATO CONFIDENTIAL", BLUE);
    public static final Classification NATO_SECRET = preset("NATO SECRET", RED);
    public static final Classification OFFICIAL_SENSITIVE = preset("OFFICIAL-SENSITIVE", BLACK);
    /** The presets, least restrictive first. */
    public static final List<Classification> PRESETS = List.of(UNCLASSIFIED, NATO_UNCLASSIFIED, NATO_RESTRICTED,
            NATO_CONFIDENTIAL, NATO_SECRET, OFFICIAL_SENSITIVE);

    public Classification {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a classification needs a text");
        }
    }

    private static Classification preset(String text, Color banner) {
        return new Classification(text, banner, Color.WHITE);
    }

    /** The preset whose text is {@code text} in any case, if there is one. */
    public static Optional<Classification> preset(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return PRESETS.stream().filter(p -> p.text.equals(wanted)).findFirst();
    }

    /**
     * The preset named {@code text}, or a marking of that text in {@code colour}, with black or white text,
     * whichever stands out more.
     */
    public static Classification of(String text, Optional<Color> colour) {
        Optional<Classification> preset = preset(text);
        if (colour.isEmpty() && preset.isPresent()) {
            return preset.get();
        }
        Color banner = colour.orElse(preset.map(Classification::banner).orElse(BLACK));
        return new Classification(text.trim(), banner, textFor(banner));
    }

    /**
     * A colour written as {@code #RRGGBB} (the {@code #} may be left out), as HTML and SVG write it.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static Color colour(String text) {
        String hex = text.trim().startsWith("#") ? text.trim().substring(1) : text.trim();
        if (!hex.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour is written #RRGGBB, e.g. #C8102E, not \"" + text + "\"");
        }
        return new Color(Integer.parseInt(hex, 16));
    }

    /** The colour written as {@code #RRGGBB}. */
    public static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%06X", colour.getRGB() & 0xffffff);
    }

    /** White on dark banners, black on light ones (by relative luminance, as WCAG defines it). */
    private static Color textFor(Color banner) {
        double luminance = 0.2126 * linear(banner.getRed()) + 0.7152 * linear(banner.getGreen())
                + 0.0722 * linear(banner.getBlue());
        // The luminance at which black and white text have the same contrast.
        return luminance > 0.179 ? Color.BLACK : Color.WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
