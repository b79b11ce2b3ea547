package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.FILE_NOT_FOUND;
import static org.hubmap.io.DiagnosticCode.FILE_UNREADABLE;
import static org.hubmap.io.DiagnosticCode.LIMIT_EXCEEDED;
import static org.hubmap.io.DiagnosticCode.NOT_KML;
import static org.hubmap.io.DiagnosticCode.NO_GEOMETRY_READ;
import static org.hubmap.io.DiagnosticCode.XML_SYNTAX;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads KML (Google Earth, ATAK) and KMZ into a layout: every Placemark, in document order through all Folders,
 * becomes a feature with its name, its description as {@code notes} (unless its data has notes of its own, then as
 * {@code description}), and its ExtendedData as properties (typed by the document's Schema where one declares
 * int, double or bool; text otherwise). What a layout has no place for (styles, folders, network links, overlays,
 * tracks, models, tours) is left out with a warning.
 *
 * <p>The XML is parsed with the JDK's StAX reader configured against hostile files: a DOCTYPE is refused as soon
 * as it is met, before any entity it declares could be expanded (billion laughs) or any file or address it names
 * be read (external entities), and no DTD or schema is ever fetched.
 */
final class KmlReader {
    /** Uncompressed bytes of a KMZ's KML document beyond which it is taken for a zip bomb. */
    static final long MAX_KML_BYTES = 1L << 30;
    private static final Set<String> NOT_KEPT = Set.of("NetworkLink", "GroundOverlay", "ScreenOverlay",
            "PhotoOverlay", "Tour", "Model", "Region", "Track", "MultiTrack");
    private static final Set<String> STYLES = Set.of("Style", "StyleMap", "styleUrl");

    private final Path file;
    private final Warnings warnings;
    private final KmlGeometryReader geometries;
    private final Map<String, Map<String, String>> schemaTypes = new HashMap<>();
    private final List<LayoutFeature> features = new ArrayList<>();
    private XMLStreamReader xml;
    private String documentName;
    private boolean styleWarned;
    private boolean folderWarned;

    private KmlReader(Path file) {
        this.file = file;
        this.warnings = new Warnings(file);
        this.geometries = new KmlGeometryReader(warnings);
    }

    /** Reads a KML file. */
    static LayoutReadResult readKml(Path file) throws LayoutFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return new KmlReader(file).read(in);
        } catch (LayoutFormatException e) {
            throw e;
        } catch (IOException e) {
            throw LayoutFormatException.notRead(file.toString(), e);
        }
    }

    /** Reads a KML document from a stream that {@code name} names in messages; the stream is closed. */
    static LayoutReadResult readKml(InputStream stream, Path name) throws LayoutFormatException {
        try (InputStream in = stream) {
            return new KmlReader(name).read(in);
        } catch (LayoutFormatException e) {
            throw e;
        } catch (IOException e) {
            throw LayoutFormatException.notRead(name.toString(), e);
        }
    }

    /**
     * Reads a KMZ file: the zip's {@code doc.kml}, or its first KML document at the top when it has none by that
     * name. Lines and columns in messages are those of that document.
     */
    static LayoutReadResult readKmz(Path file) throws LayoutFormatException {
        // ZipFile reads the archive's directory at its end, which needs a file of the default file system.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry document = kmlEntry(zip);
            if (document == null) {
                throw LayoutFormatException.ofWholeFile(file.toString(), NOT_KML,
                        "this KMZ holds no KML document (doc.kml)");
            }
            KmlReader reader = new KmlReader(file);
            long others = zip.stream().filter(entry -> !entry.isDirectory() && !entry.equals(document)).count();
            if (others > 0) {
                reader.warnings.addForFile(DiagnosticCode.NOT_KEPT, others + " other file" + (others == 1 ? "" : "s")
                        + " in the KMZ (such as"
                        + " icons or images) not read: a layout keeps placemarks only");
            }
            try (InputStream in = new SizeLimitedInputStream(zip.getInputStream(document), MAX_KML_BYTES)) {
                return reader.read(in);
            }
        } catch (LayoutFormatException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), FILE_NOT_FOUND, "no such file");
        } catch (SizeLimitedInputStream.TooLarge e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), LIMIT_EXCEEDED,
                    "the KML document in this KMZ unpacks to more"
                    + " than " + (MAX_KML_BYTES >> 20) + " MB; refused as a zip bomb");
        } catch (IOException e) {
            throw LayoutFormatException.ofWholeFile(file.toString(), FILE_UNREADABLE, "cannot be read as KMZ: "
                    + e.getMessage());
        }
    }

    private static ZipEntry kmlEntry(ZipFile zip) {
        ZipEntry first = null;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (name.equals("doc.kml")) {
                return entry;
            }
            if (first == null && name.endsWith(".kml") && !name.contains("/")) {
                first = entry;
            }
        }
        return first;
    }

    /** The StAX factory of the JDK, with DTDs, external entities and external schemas all turned off. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private LayoutReadResult read(InputStream in) throws IOException {
        try {
            xml = secureFactory().createXMLStreamReader(in);
            try {
                readDocument();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int detail = message.indexOf("Message: ");
            String problem = "malformed XML: " + (detail >= 0 ? message.substring(detail + 9) : message).trim();
            throw at == null ? LayoutFormatException.ofWholeFile(file.toString(), XML_SYNTAX, problem)
                    : new LayoutFormatException(file.toString(), at.getLineNumber(), at.getColumnNumber(), XML_SYNTAX,
                    problem);
        } catch (KmlSyntaxError e) {
            throw new LayoutFormatException(file.toString(), e.place().line(), e.place().column(), e.code(),
                    e.getMessage());
        }
        Map<String, Object> members = documentName == null ? Map.of() : Map.of(FeatureSchema.NAME, documentName);
        Layout layout = new Layout(file.getFileName().toString(), features, members, null);
        return new LayoutReadResult(layout, warnings.listed(), warnings.notListed());
    }

    private void readDocument() throws XMLStreamException, KmlSyntaxError {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new KmlSyntaxError(NOT_KML, place(), "a DOCTYPE is refused: KML has none, and one can declare"
                        + " entities that expand without end or read other files");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("kml")) {
                    throw new KmlSyntaxError(NOT_KML, place(), "the root element is <" + xml.getLocalName()
                            + ">, not <kml>:"
                            + " this is not KML");
                }
                readContainer();
                return;
            }
        }
        throw new KmlSyntaxError(NOT_KML, new JsonPlace(1, 1), "the file holds no <kml> element");
    }

    /** Reads the children of {@code kml}, {@code Document} or {@code Folder} up to its end tag. */
    private void readContainer() throws XMLStreamException, KmlSyntaxError {
        String container = xml.getLocalName();
        while (XmlElements.nextChild(xml)) {
            String name = xml.getLocalName();
            switch (name) {
                case "Document" -> readContainer();
                case "Folder" -> {
                    if (!folderWarned) {
                        folderWarned = true;
                        warnings.add(DiagnosticCode.NOT_KEPT, place(),
                                "folders are not kept: their placemarks are read into one layout");
                    }
                    readContainer();
                }
                case "name" -> {
                    String text = xml.getElementText().strip();
                    if (container.equals("Document") && documentName == null && !text.isEmpty()) {
                        documentName = text;
                    }
                }
                case "Schema" -> readSchema();
                case "Placemark" -> readPlacemark();
                default -> skipElement(name);
            }
        }
    }

    private void readSchema() throws XMLStreamException {
        Map<String, String> types = new HashMap<>();
        String id = xml.getAttributeValue(null, "id");
        String schemaName = xml.getAttributeValue(null, "name");
        while (XmlElements.nextChild(xml)) {
            if (xml.getLocalName().equals("SimpleField")) {
                String field = xml.getAttributeValue(null, "name");
                String type = xml.getAttributeValue(null, "type");
                if (field != null && type != null) {
                    types.put(field, type.toLowerCase(Locale.ROOT));
                }
            }
            XmlElements.skipRest(xml);
        }
        if (id != null) {
            schemaTypes.put("#" + id, types);
        }
        if (schemaName != null) {
            schemaTypes.putIfAbsent("#" + schemaName, types);
        }
    }

    private void readPlacemark() throws XMLStreamException, KmlSyntaxError {
        JsonPlace start = place();
        Map<String, Object> data = new LinkedHashMap<>();
        String name = null;
        String description = null;
        Geometry geometry = null;
        while (XmlElements.nextChild(xml)) {
            String element = xml.getLocalName();
            switch (element) {
                case "name" -> name = xml.getElementText().strip();
                case "description" -> description = xml.getElementText().strip();
                case "ExtendedData" -> readExtendedData(data);
                case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" ->
                    geometry = geometries.read(xml, this::place);
                default -> skipElement(element);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (name != null) {
            properties.put(FeatureSchema.NAME, name);
        }
        properties.putAll(data);
        if (description != null && !description.isEmpty()) {
            properties.putIfAbsent(data.containsKey(FeatureSchema.NOTES) ? "description" : FeatureSchema.NOTES,
                    description);
        }
        features.add(LayoutFeature.builder().properties(properties).geometry(geometry).build());
        if (geometry == null) {
            warnings.add(NO_GEOMETRY_READ, start, "placemark " + (name == null ? "without a name" : "\"" + name + "\"")
                    + " has no geometry HubMap reads; kept without one");
        }
    }

    private void readExtendedData(Map<String, Object> data) throws XMLStreamException {
        while (XmlElements.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "Data" -> {
                    String key = xml.getAttributeValue(null, "name");
                    String value = null;
                    while (XmlElements.nextChild(xml)) {
                        if (xml.getLocalName().equals("value")) {
                            value = xml.getElementText();
                        } else {
                            XmlElements.skipRest(xml);
                        }
                    }
                    if (key != null) {
                        data.put(key, value == null ? "" : value);
                    }
                }
                case "SchemaData" -> {
                    Map<String, String> types = schemaTypes.getOrDefault(xml.getAttributeValue(null, "schemaUrl"),
                            Map.of());
                    while (XmlElements.nextChild(xml)) {
                        String key = xml.getAttributeValue(null, "name");
                        if (xml.getLocalName().equals("SimpleData") && key != null) {
                            data.put(key, typed(xml.getElementText(), types.get(key)));
                        } else {
                            XmlElements.skipRest(xml);
                        }
                    }
                }
                default -> XmlElements.skipRest(xml);
            }
        }
    }

    /** A SimpleData value as the type its Schema declares, or as text when it is not of that type. */
    private static Object typed(String text, String type) {
        String trimmed = text.strip();
        if (type == null) {
            return text;
        }
        switch (type) {
            case "int", "uint", "short", "ushort", "float", "double" -> {
                try {
                    JsonNumber number = JsonNumber.of(trimmed);
                    return type.equals("float") || type.equals("double") || number.isIntegral() ? number : text;
                } catch (IllegalArgumentException notANumber) {
                    return text;
                }
            }
            case "bool" -> {
                return switch (trimmed.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> text;
                };
            }
            default -> {
                return text;
            }
        }
    }

    /** Skips an element HubMap does not read, warning of those whose content is lost. */
    private void skipElement(String name) throws XMLStreamException {
        if (NOT_KEPT.contains(name)) {
            warnings.add(DiagnosticCode.NOT_KEPT, place(), name
                    + " not read: a layout keeps placemarks with points, lines and polygons only");
        } else if (STYLES.contains(name) && !styleWarned) {
            styleWarned = true;
            warnings.add(DiagnosticCode.NOT_KEPT, place(),
                    "KML styles are not kept: HubMap draws features by their kind and status");
        }
        XmlElements.skipRest(xml);
    }

    private JsonPlace place() {
        Location at = xml.getLocation();
        return new JsonPlace(at.getLineNumber(), at.getColumnNumber());
    }
}
