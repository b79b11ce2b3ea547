package org.hubmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hubmap.model.DocumentText;

/**
 * Rewrites a FeatureCollection's own members (such as {@code name}, {@code bbox} or a checks member) in the text a
 * layout file has around its features, so that a layout whose members were changed is saved with only those
 * members' text changed. A changed value replaces the old value's text, a removed member goes with its comma, and
 * a new member is written just before {@code "features"}, with the same text between it and {@code "features"}
 * as the file had before {@code "features"}. Every other character stays as it was.
 *
 * <p>The members are found by parsing the header (the text up to the first feature) and the trailer (the text
 * after the last feature) again; both are small, and both were valid JSON when the file was read.
 */
final class CollectionMemberText {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** Put before a trailer to make it parse: a trailer starts inside the features array. */
    private static final String TRAILER_PREFIX = "{\"features\":[";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CollectionMemberText() {
    }

    /** {@code text} with its collection members changed to {@code members}; {@code text} itself if they are equal. */
    static DocumentText withMembers(DocumentText text, Map<String, Object> members) throws IOException {
        Members header = headerMembers(text.header());
        Members trailer = trailerMembers(text.trailer());
        Map<String, Object> written = new LinkedHashMap<>();
        header.putValuesInto(written);
        trailer.putValuesInto(written);
        if (written.equals(members)) {
            return text;
        }
        List<Edit> headerEdits = header.editsFor(members);
        headerEdits.add(header.insertionBeforeFeatures(newMembersText(written, members, header)));
        return new DocumentText(apply(text.header(), headerEdits), text.separators(),
                apply(text.trailer(), trailer.editsFor(members)), text.loneFeature());
    }

    private static Members headerMembers(String header) throws IOException {
        Members found = new Members(header);
        try (JsonParser parser = JSON.createParser(withoutByteOrderMark(header))) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int nameStart = (int) parser.currentTokenLocation().getCharOffset();
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("features")) {
                    found.featuresNameStart = nameStart;
                    return found;
                }
                found.add(parser, name, nameStart, 0);
            }
        }
        throw new IllegalArgumentException("the header of a FeatureCollection must reach into \"features\"");
    }

    private static Members trailerMembers(String trailer) throws IOException {
        Members found = new Members(trailer);
        int shift = TRAILER_PREFIX.length();
        try (JsonParser parser = JSON.createParser(TRAILER_PREFIX + trailer)) {
            // The prefix's {, "features" and [, then the trailer's ] that closes the features.
            for (int token = 0; token < 4; token++) {
                parser.nextToken();
            }
            found.featuresValueEnd = (int) parser.currentLocation().getCharOffset() - shift;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int nameStart = (int) parser.currentTokenLocation().getCharOffset() - shift;
                String name = parser.currentName();
                parser.nextToken();
                found.add(parser, name, nameStart, shift);
            }
        }
        return found;
    }

    /** The text of the members new in {@code members}, each followed by the separator written before features. */
    private static String newMembersText(Map<String, Object> written, Map<String, Object> members, Members header)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> member : members.entrySet()) {
            if (!written.containsKey(member.getKey())) {
                text.append(FeatureJsonWriter.memberText(member.getKey(), member.getValue()));
                text.append(header.separatorBeforeFeatures());
            }
        }
        return text.toString();
    }

    private static String withoutByteOrderMark(String header) {
        // A space in its place keeps every offset the same.
        return !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK ? ' ' + header.substring(1) : header;
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        for (Edit edit : edits) {
            result.replace(edit.start(), edit.end(), edit.replacement());
        }
        return result.toString();
    }

    private static String valueText(Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = LayoutWriter.JSON.createGenerator(text)) {
            FeatureJsonWriter.writeValue(g, value);
        }
        return text.toString();
    }

    /** Replaces the characters {@code [start, end)} of a text. */
    private record Edit(int start, int end, String replacement) {
    }

    /** Where one member lies: its name's opening quote and its value, as character offsets {@code [start, end)}. */
    private record Member(String name, int nameStart, int valueStart, int valueEnd, Object value) {
    }

    /** The members found in a header or a trailer, in text order, with where {@code features} lies among them. */
    private static final class Members {
        private final String text;
        private final List<Member> list = new ArrayList<>();
        private int featuresNameStart = -1;
        private int featuresValueEnd = -1;

        Members(String text) {
            this.text = text;
        }

        /** Reads the member whose value starts at the parser's current token. */
        void add(JsonParser parser, String name, int nameStart, int shift) throws IOException {
            int valueStart = (int) parser.currentTokenLocation().getCharOffset() - shift;
            Object value = JsonValues.read(parser);
            int valueEnd = (int) parser.currentLocation().getCharOffset() - shift;
            list.add(new Member(name, nameStart, valueStart, valueEnd, value));
        }

        void putValuesInto(Map<String, Object> values) {
            for (Member member : list) {
                if (!member.name().equals("type")) {
                    values.put(member.name(), member.value());
                }
            }
        }

        List<Edit> editsFor(Map<String, Object> members) throws IOException {
            List<Edit> edits = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Member member = list.get(i);
                if (member.name().equals("type")) {
                    continue;
                }
                if (!members.containsKey(member.name())) {
                    edits.add(removal(i));
                } else if (!Objects.equals(members.get(member.name()), member.value())) {
                    edits.add(new Edit(member.valueStart(), member.valueEnd(),
                            valueText(members.get(member.name()))));
                }
            }
            return edits;
        }

        /**
         * Removes member {@code i} with one comma: in a header the comma after it (a header member is always
         * followed by another, at least by {@code "features"}), in a trailer the comma before it (which always has
         * {@code "features"} or another member before it). Removals of neighbours then never overlap.
         */
        private Edit removal(int i) {
            Member member = list.get(i);
            if (featuresNameStart >= 0) {
                int next = i + 1 < list.size() ? list.get(i + 1).nameStart() : featuresNameStart;
                return new Edit(member.nameStart(), next, "");
            }
            int previousEnd = i == 0 ? featuresValueEnd : list.get(i - 1).valueEnd();
            return new Edit(previousEnd, member.valueEnd(), "");
        }

        Edit insertionBeforeFeatures(String inserted) {
            return new Edit(featuresNameStart, featuresNameStart, inserted);
        }

        /** What lies between the member before {@code "features"} and it, or ", " when it comes first. */
        String separatorBeforeFeatures() {
            return list.isEmpty() ? ", " : text.substring(list.get(list.size() - 1).valueEnd(), featuresNameStart);
        }
    }
}
