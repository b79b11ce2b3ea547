package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a latitude and a longitude typed in degrees: decimal degrees ({@code 50.4501 30.5234}), degrees and
 * decimal minutes ({@code 50°27.006'N 30°31.404'E}) or degrees, minutes and seconds ({@code 50°27'00.4"N
 * 30°31'24.2"E}, {@code 50 27 0.4 N 30 31 24.2 E}).
 *
 * <p>Degree, minute and second signs may be written as {@code ° º ˚}, {@code ' ′ ’} and {@code " ″ ''}, or left
 * out. Hemisphere letters N, S, E, W stand either all before or all after their numbers; with them the two
 * coordinates may come in either order. Without them, a minus sign marks south or west and latitude comes first,
 * as officers write it. The two coordinates are told apart by their hemisphere letters, else by a comma or
 * semicolon between them, else by the unit signs (a new coordinate starts where degrees follow minutes or
 * seconds), else by splitting the numbers into two equal halves. The decimal separator is a point.
 */
final class DegreesParser {
    private static final int NONE = 0;
    private static final int DEGREES = 1;
    private static final int MINUTES = 2;
    private static final int SECONDS = 3;
    private static final String[] UNIT_NAMES = {"", "degrees", "minutes", "seconds"};
    private static final String DEGREE_SIGNS = "°º˚";
    private static final String MINUTE_SIGNS = "'′’‘";
    private static final String SECOND_SIGNS = "\"″”“";
    private static final String MINUS_SIGNS = "-\u2212";
    private static final String HEMISPHERES = "NSEW";
    private static final int MAX_NUMBERS = 6;
    private static final int QUOTED_CHARS = 20;

    private enum Kind { NUMBER, HEMISPHERE, SEPARATOR }

    /**
     * A number (its magnitude, whether it had a sign and which, and the unit its sign gave it), a hemisphere letter
     * (upper case in {@code text}), or a comma or semicolon; {@code column} is one-based.
     */
    private record Token(Kind kind, int column, String text, double magnitude, boolean signed, boolean negative,
            int unit) {
        Token withUnit(int newUnit) {
            return new Token(kind, column, text, magnitude, signed, negative, newUnit);
        }

        boolean hasFraction() {
            return text.indexOf('.') >= 0;
        }
    }

    /** One coordinate in signed degrees, its hemisphere letter or null, and the column of its first number. */
    private record Coordinate(double degrees, Token hemisphere, int column) {
        boolean isLatitude() {
            return hemisphere.text().equals("N") || hemisphere.text().equals("S");
        }
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();

    private DegreesParser(String text) {
        this.text = text;
    }

    /** The position that {@code text} gives in degrees. */
    static GeoPosition parse(String text) throws PositionParseException {
        return new DegreesParser(text).parse();
    }

    private GeoPosition parse() throws PositionParseException {
        scan();
        List<Token> letters = ofKind(tokens, Kind.HEMISPHERE);
        if (ofKind(tokens, Kind.NUMBER).isEmpty()) {
            throw error(0, "no numbers; give latitude and longitude");
        }
        if (letters.size() > 2) {
            throw error(letters.get(2).column(), "more than two hemisphere letters");
        }
        if (letters.size() == 1) {
            throw error(letters.get(0).column(), "a hemisphere letter for one coordinate only; give one for each,"
                    + " or none and latitude first");
        }
        List<List<Token>> halves = letters.isEmpty() ? splitUnlettered() : splitAtLetters();
        Coordinate first = coordinate(halves.get(0));
        Coordinate second = coordinate(halves.get(1));
        Coordinate lat = first;
        Coordinate lon = second;
        if (!letters.isEmpty()) {
            if (first.isLatitude() == second.isLatitude()) {
                throw error(second.hemisphere().column(), first.isLatitude()
                        ? "both coordinates are latitudes (N or S); one must be a longitude (E or W)"
                        : "both coordinates are longitudes (E or W); one must be a latitude (N or S)");
            }
            lat = first.isLatitude() ? first : second;
            lon = first.isLatitude() ? second : first;
        }
        if (Math.abs(lat.degrees()) > 90) {
            throw error(lat.column(), "latitude " + degreesText(lat.degrees()) + " is beyond 90°"
                    + (letters.isEmpty() && Math.abs(lon.degrees()) <= 90
                            ? "; without hemisphere letters latitude comes first" : ""));
        }
        if (Math.abs(lon.degrees()) > 180) {
            throw error(lon.column(), "longitude " + degreesText(lon.degrees()) + " is beyond 180°");
        }
        return new GeoPosition(lon.degrees(), lat.degrees());
    }

    private void scan() throws PositionParseException {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c == ',' || c == ';') {
                tokens.add(new Token(Kind.SEPARATOR, column, String.valueOf(c), 0, false, false, NONE));
                i++;
            } else if (isDigit(c) || c == '.' || c == '+' || MINUS_SIGNS.indexOf(c) >= 0) {
                i = number(i);
            } else if (DEGREE_SIGNS.indexOf(c) >= 0) {
                unit(column, DEGREES, c);
                i++;
            } else if (MINUTE_SIGNS.indexOf(c) >= 0 && i + 1 < text.length()
                    && MINUTE_SIGNS.indexOf(text.charAt(i + 1)) >= 0) {
                unit(column, SECONDS, c);
                i += 2;
            } else if (MINUTE_SIGNS.indexOf(c) >= 0) {
                unit(column, MINUTES, c);
                i++;
            } else if (SECOND_SIGNS.indexOf(c) >= 0) {
                unit(column, SECONDS, c);
                i++;
            } else if (isAsciiLetter(c)) {
                i = letters(i);
            } else {
                throw error(column, "'" + c + "' is not understood");
            }
        }
    }

    private int number(int start) throws PositionParseException {
        int i = start;
        char c = text.charAt(i);
        boolean signed = c == '+' || MINUS_SIGNS.indexOf(c) >= 0;
        if (signed) {
            i++;
            if (i == text.length() || !(isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                throw error(start + 1, "'" + c + "' must stand right before a number");
            }
        }
        int digitsStart = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
        }
        String digits = text.substring(digitsStart, i);
        if (digits.equals(".")) {
            throw error(start + 1, "'.' is not a number");
        }
        if (i < text.length() && text.charAt(i) == '.') {
            throw error(i + 1, "a second decimal point in one number");
        }
        tokens.add(new Token(Kind.NUMBER, start + 1, text.substring(start, i), DecimalNumbers.parse(digits), signed,
                signed && c != '+', NONE));
        return i;
    }

    private void unit(int column, int unit, char sign) throws PositionParseException {
        int last = tokens.size() - 1;
        if (last < 0 || tokens.get(last).kind() != Kind.NUMBER) {
            throw error(column, "'" + sign + "' must follow a number");
        }
        if (tokens.get(last).unit() != NONE) {
            throw error(column, "'" + sign + "' follows another unit sign");
        }
        tokens.set(last, tokens.get(last).withUnit(unit));
    }

    private int letters(int start) throws PositionParseException {
        int end = start;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        char letter = Character.toUpperCase(text.charAt(start));
        if (end - start != 1 || HEMISPHERES.indexOf(letter) < 0) {
            throw error(start + 1, "'" + shortened(text.substring(start, end)) + "' is not understood; hemispheres are"
                    + " N, S, E and W");
        }
        tokens.add(new Token(Kind.HEMISPHERE, start + 1, String.valueOf(letter), 0, false, false, NONE));
        return end;
    }

    /** Two halves, each with its hemisphere letter at the start (if the text starts with one) or at the end. */
    private List<List<Token>> splitAtLetters() throws PositionParseException {
        List<Token> items = new ArrayList<>(tokens);
        items.removeIf(token -> token.kind() == Kind.SEPARATOR);
        int first = indexOfLetter(items, 0);
        int second = indexOfLetter(items, first + 1);
        if (first == 0) {
            return List.of(items.subList(0, second), items.subList(second, items.size()));
        }
        if (second < items.size() - 1) {
            throw error(items.get(second + 1).column(), "'" + items.get(second + 1).text() + "' follows the last"
                    + " hemisphere letter");
        }
        return List.of(items.subList(0, first + 1), items.subList(first + 1, items.size()));
    }

    private static int indexOfLetter(List<Token> items, int from) {
        for (int i = from; i < items.size(); i++) {
            if (items.get(i).kind() == Kind.HEMISPHERE) {
                return i;
            }
        }
        throw new IllegalStateException("fewer hemisphere letters than counted");
    }

    /** Two halves of numbers without hemisphere letters, split at a comma, at the unit signs or in the middle. */
    private List<List<Token>> splitUnlettered() throws PositionParseException {
        List<Token> separators = ofKind(tokens, Kind.SEPARATOR);
        if (separators.size() > 1) {
            throw error(separators.get(1).column(), "more than one comma or semicolon; decimals take a point, not"
                    + " a comma");
        }
        if (separators.size() == 1) {
            int at = tokens.indexOf(separators.get(0));
            if (at == 0 || at == tokens.size() - 1) {
                throw error(separators.get(0).column(), "a comma needs the latitude before it and the longitude"
                        + " after it");
            }
            return List.of(tokens.subList(0, at), tokens.subList(at + 1, tokens.size()));
        }
        List<Token> numbers = tokens;
        for (Token number : numbers) {
            if (number.unit() != NONE) {
                return splitAtUnits(numbers);
            }
        }
        int count = numbers.size();
        if (count == 1) {
            throw error(0, "only one number; give latitude and longitude");
        }
        if (count % 2 != 0 || count > MAX_NUMBERS) {
            throw error(0, count + " numbers cannot be split evenly into latitude and longitude; give both in the"
                    + " same form, or mark them with ° ' \" or N S E W");
        }
        return List.of(numbers.subList(0, count / 2), numbers.subList(count / 2, count));
    }

    /** Splits where degrees follow minutes or seconds; a number without a sign takes the unit after the last. */
    private List<List<Token>> splitAtUnits(List<Token> numbers) throws PositionParseException {
        List<Integer> starts = new ArrayList<>();
        int previous = NONE;
        for (int i = 0; i < numbers.size(); i++) {
            int unit = numbers.get(i).unit();
            if (unit == NONE) {
                unit = previous == SECONDS ? DEGREES : previous + 1;
            }
            if (i == 0 || unit <= previous) {
                starts.add(i);
            }
            previous = unit;
        }
        if (starts.size() == 1) {
            throw error(0, "only one coordinate; give latitude and longitude");
        }
        if (starts.size() > 2) {
            throw error(numbers.get(starts.get(2)).column(), "more than two coordinates");
        }
        return List.of(numbers.subList(0, starts.get(1)), numbers.subList(starts.get(1), numbers.size()));
    }

    private Coordinate coordinate(List<Token> half) throws PositionParseException {
        Token letter = null;
        List<Token> numbers = new ArrayList<>();
        for (Token token : half) {
            if (token.kind() == Kind.HEMISPHERE) {
                letter = token;
            } else {
                numbers.add(token);
            }
        }
        if (numbers.isEmpty()) {
            throw error(letter.column(), "hemisphere letter " + letter.text() + " has no number with it");
        }
        if (numbers.size() > SECONDS) {
            throw error(numbers.get(SECONDS).column(), "too many numbers for one coordinate: degrees, minutes and"
                    + " seconds at most");
        }
        double degrees = 0;
        for (int i = 0; i < numbers.size(); i++) {
            Token number = numbers.get(i);
            int unit = i + 1;
            if (number.unit() > unit) {
                throw error(number.column(), UNIT_NAMES[number.unit()] + " without " + UNIT_NAMES[unit]
                        + " before them");
            }
            if (number.unit() != NONE && number.unit() < unit) {
                throw error(number.column(), UNIT_NAMES[unit] + " expected here, not " + UNIT_NAMES[number.unit()]);
            }
            if (i > 0 && number.signed()) {
                throw error(number.column(), "only the degrees may have a sign");
            }
            if (i < numbers.size() - 1 && number.hasFraction()) {
                throw error(number.column(), UNIT_NAMES[unit] + " with decimals cannot be followed by "
                        + UNIT_NAMES[unit + 1] + "; only the last number may have decimals");
            }
            if (i > 0 && number.magnitude() >= 60) {
                throw error(number.column(), UNIT_NAMES[unit] + " must be less than 60");
            }
            degrees += number.magnitude() / Math.pow(60, i);
        }
        Token first = numbers.get(0);
        if (letter != null && first.signed()) {
            throw error(first.column(), "a sign and a hemisphere letter together; give only one of them");
        }
        boolean negative = first.negative() || letter != null && (letter.text().equals("S")
                || letter.text().equals("W"));
        return new Coordinate(negative ? -degrees : degrees, letter, first.column());
    }

    private static List<Token> ofKind(List<Token> tokens, Kind kind) {
        List<Token> found = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.kind() == kind) {
                found.add(token);
            }
        }
        return found;
    }

    private static String degreesText(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees).replaceFirst("\\.?0+$", "") + "°";
    }

    /** A word as a message quotes it: a long one cut, so that a line of garbage gives a message of one line. */
    private static String shortened(String word) {
        return word.length() <= QUOTED_CHARS ? word : word.substring(0, QUOTED_CHARS) + "...";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private PositionParseException error(int column, String problem) {
        return new PositionParseException(text, column, problem);
    }
}
