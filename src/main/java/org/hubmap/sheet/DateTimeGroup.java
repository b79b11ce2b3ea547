package org.hubmap.sheet;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date-time group in military form, {@code DDHHMMZMONYY} in UTC ("Zulu"): {@code 071530ZDEC26} is 15:30 UTC on
 * 7 December 2026. Immutable.
 *
 * @param time the moment, in UTC, to the minute
 */
public record DateTimeGroup(LocalDateTime time) {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{2})(\\d{2})(\\d{2})\\s*[Zz]\\s*([A-Za-z]{3})\\s*(\\d{2})");

    public DateTimeGroup {
        time = time.withSecond(0).withNano(0);
    }

    /** The minute it is now by {@code clock}. */
    public static DateTimeGroup now(Clock clock) {
        return new DateTimeGroup(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The moment {@code time} marks, in UTC. */
    public static DateTimeGroup of(ZonedDateTime time) {
        return new DateTimeGroup(time.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    /**
     * Reads a date-time group written as {@code DDHHMMZMONYY} (letters in any case, spaces allowed around the Z
     * and the month), for a year in 2000-2099.
     *
     * @throws IllegalArgumentException saying what is wrong and showing the expected form
     */
    public static DateTimeGroup parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a date-time group is written DDHHMMZMONYY, e.g. 071530ZDEC26, not \""
                    + text + "\"");
        }
        Month month = monthOf(m.group(4)).orElseThrow(() -> new IllegalArgumentException(
                "\"" + m.group(4) + "\" is not a month; write JAN, FEB, ... DEC"));
        int year = 2000 + Integer.parseInt(m.group(5));
        int day = Integer.parseInt(m.group(1));
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        try {
            return new DateTimeGroup(LocalDateTime.of(year, month, day, hour, minute));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a real time: " + e.getMessage());
        }
    }

    private static java.util.Optional<Month> monthOf(String letters) {
        for (Month month : Month.values()) {
            if (abbreviation(month).equalsIgnoreCase(letters)) {
                return java.util.Optional.of(month);
            }
        }
        return java.util.Optional.empty();
    }

    private static String abbreviation(Month month) {
        return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }

    /** The group as printed: {@code 071530ZDEC26}. */
    public String text() {
        return String.format(Locale.ROOT, "%02d%02d%02dZ%s%02d", time.getDayOfMonth(), time.getHour(),
                time.getMinute(), abbreviation(time.getMonth()), time.getYear() % 100);
    }

    @Override
    public String toString() {
        return text();
    }
}
