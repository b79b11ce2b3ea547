package org.hubmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a layout as KML 2.2 for Google Earth and ATAK: one Placemark per feature with its name, its notes as the
 * description, every other property as typed ExtendedData (a Schema whose fields are int, double, bool or string,
 * so that numbers and booleans come back as such), and a style per kind and status in HubMap's colours. KMZ is the
 * same document zipped as {@code doc.kml}. KML has no place for ids, for collection members, or for lists and
 * objects as values (written as their JSON text); the report says which were not kept.
 */
final class KmlWriter {
    static final String NAMESPACE = "http://www.opengis.net/kml/2.2";
    /** The id of the Schema that types the ExtendedData HubMap writes. */
    static final String SCHEMA_ID = "hubmap-properties";
    private static final double LINE_WIDTH_PIXELS = 2.5;

    private final FeatureColours colours;

    KmlWriter(FeatureColours colours) {
        this.colours = colours;
    }

    LayoutWriteReport writeKml(Layout layout, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            LayoutWriteReport report = write(layout, xml);
            xml.close();
            return report;
        } catch (XMLStreamException e) {
            throw new IOException("KML cannot be written: " + e.getMessage(), e);
        }
    }

    LayoutWriteReport writeKmz(Layout layout, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("doc.kml"));
        LayoutWriteReport report = writeKml(layout, zip);
        zip.closeEntry();
        zip.finish();
        return report;
    }

    private LayoutWriteReport write(Layout layout, XMLStreamWriter xml) throws XMLStreamException {
        PropertyColumns columns = new PropertyColumns(layout.features(), key -> !isWrittenApart(key));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("kml");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("Document");
        text(xml, "name", layout.title());
        writeSchema(xml, columns);
        writeStyles(xml);
        long withId = 0;
        long withJsonValues = 0;
        for (LayoutFeature feature : layout.features()) {
            withId += feature.id() == null ? 0 : 1;
            withJsonValues += writePlacemark(xml, feature) ? 1 : 0;
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        List<String> notKept = new ArrayList<>();
        LayoutFormats.addCount(notKept, withId, "the ids");
        LayoutFormats.addCount(notKept, withJsonValues, "list and object property values (written as JSON text)");
        for (String column : columns.mixedColumns()) {
            notKept.add("the types of \"" + column + "\" (its values differ in type; written as text)");
        }
        if (!layout.collectionMembers().isEmpty()) {
            notKept.add("the collection's own members " + String.join(", ", layout.collectionMembers().keySet()));
        }
        return new LayoutWriteReport(layout.features().size(), notKept);
    }

    private static boolean isWrittenApart(String key) {
        return key.equals(FeatureSchema.NAME) || key.equals(FeatureSchema.NOTES);
    }

    private static String kmlType(PropertyColumns.Type type) {
        return switch (type) {
            case INTEGER -> "int";
            case REAL -> "double";
            case BOOLEAN -> "bool";
            case TEXT -> "string";
        };
    }

    private static void writeSchema(XMLStreamWriter xml, PropertyColumns columns) throws XMLStreamException {
        xml.writeStartElement("Schema");
        xml.writeAttribute("name", SCHEMA_ID);
        xml.writeAttribute("id", SCHEMA_ID);
        for (Map.Entry<String, PropertyColumns.Type> field : columns.types().entrySet()) {
            xml.writeEmptyElement("SimpleField");
            xml.writeAttribute("name", field.getKey());
            xml.writeAttribute("type", kmlType(field.getValue()));
        }
        xml.writeEndElement();
    }

    /** One style per kind and status, named as {@link #styleId} names it. */
    private void writeStyles(XMLStreamWriter xml) throws XMLStreamException {
        for (FeatureKind kind : FeatureKind.values()) {
            for (FeatureStatus status : FeatureStatus.values()) {
                xml.writeStartElement("Style");
                xml.writeAttribute("id", styleId(kind, status));
                xml.writeStartElement("IconStyle");
                text(xml, "color", kmlColour(colours.symbol(kind, status)));
                xml.writeEndElement();
                xml.writeStartElement("LineStyle");
                text(xml, "color", kmlColour(colours.line(kind, status)));
                text(xml, "width", Double.toString(LINE_WIDTH_PIXELS));
                xml.writeEndElement();
                xml.writeStartElement("PolyStyle");
                text(xml, "color", kmlColour(colours.fill(kind, status)));
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
    }

    static String styleId(FeatureKind kind, FeatureStatus status) {
        String kindName = kind == FeatureKind.OTHER ? "other" : kind.code();
        String statusName = status == FeatureStatus.UNKNOWN ? "unknown" : status.code();
        return kindName + "-" + statusName;
    }

    /** KML writes colours as aabbggrr in hexadecimal. */
    static String kmlColour(int argb) {
        int alpha = argb >>> 24;
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        return String.format(Locale.ROOT, "%02x%02x%02x%02x", alpha, blue, green, red);
    }

    /** Writes one Placemark; whether it had list or object values that went out as JSON text. */
    private boolean writePlacemark(XMLStreamWriter xml, LayoutFeature feature) throws XMLStreamException {
        xml.writeStartElement("Placemark");
        if (!feature.name().isEmpty()) {
            text(xml, "name", feature.name());
        }
        Object notes = feature.properties().get(FeatureSchema.NOTES);
        if (notes != null) {
            text(xml, "description", PropertyColumns.text(notes));
        }
        text(xml, "styleUrl", "#" + styleId(feature.kind(), feature.featureStatus()));
        boolean jsonValues = false;
        Set<String> data = new LinkedHashSet<>(feature.properties().keySet());
        data.removeIf(KmlWriter::isWrittenApart);
        if (!data.isEmpty()) {
            xml.writeStartElement("ExtendedData");
            xml.writeStartElement("SchemaData");
            xml.writeAttribute("schemaUrl", "#" + SCHEMA_ID);
            for (String key : data) {
                Object value = feature.properties().get(key);
                if (value == null) {
                    continue;
                }
                jsonValues |= PropertyColumns.isJson(value);
                xml.writeStartElement("SimpleData");
                xml.writeAttribute("name", key);
                xml.writeCharacters(PropertyColumns.text(value));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (feature.geometry().isPresent()) {
            writeGeometry(xml, feature.geometry().get());
        }
        xml.writeEndElement();
        return jsonValues;
    }

    private void writeGeometry(XMLStreamWriter xml, Geometry geometry) throws XMLStreamException {
        if (geometry instanceof Point point) {
            xml.writeStartElement("Point");
            text(xml, "coordinates", coordinates(point.getCoordinates()));
            xml.writeEndElement();
        } else if (geometry instanceof LinearRing ring) {
            xml.writeStartElement("LinearRing");
            text(xml, "coordinates", coordinates(ring.getCoordinates()));
            xml.writeEndElement();
        } else if (geometry instanceof LineString line) {
            xml.writeStartElement("LineString");
            text(xml, "coordinates", coordinates(line.getCoordinates()));
            xml.writeEndElement();
        } else if (geometry instanceof Polygon polygon) {
            xml.writeStartElement("Polygon");
            boundary(xml, "outerBoundaryIs", polygon.getExteriorRing());
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                boundary(xml, "innerBoundaryIs", polygon.getInteriorRingN(i));
            }
            xml.writeEndElement();
        } else {
            xml.writeStartElement("MultiGeometry");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeGeometry(xml, geometry.getGeometryN(i));
            }
            xml.writeEndElement();
        }
    }

    private static void boundary(XMLStreamWriter xml, String element, LinearRing ring) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("LinearRing");
        text(xml, "coordinates", coordinates(ring.getCoordinates()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** {@code lon,lat[,altitude]} tuples separated by spaces, each number as short as it can be exactly. */
    private static String coordinates(Coordinate[] positions) {
        StringBuilder text = new StringBuilder();
        for (Coordinate c : positions) {
            text.append(text.length() == 0 ? "" : " ").append(number(c.x)).append(',').append(number(c.y));
            if (!Double.isNaN(c.getZ())) {
                text.append(',').append(number(c.getZ()));
            }
        }
        return text.toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
