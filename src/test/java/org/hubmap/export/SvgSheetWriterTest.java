package org.hubmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hubmap.sheet.Paper;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgSheetWriterTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static Sheet sheet;
    private static byte[] bytes;
    private static Document document;

    @BeforeAll
    static void writeSheet() throws Exception {
        sheet = TestSheets.of(SheetSize.paper(Paper.A4, true, 300));
        bytes = svg(sheet);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void startsWithAnXmlDeclarationOfUtf8() {
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    }

    @Test
    void isAsLargeAsTheSheetInPixels() {
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG, root.getNamespaceURI());
        SheetSize size = sheet.spec().size();
        assertTrue(root.getAttribute("width").endsWith("px"));
        assertEquals(size.widthPixels(), pixels(root.getAttribute("width")), 1e-3);
        assertEquals(size.heightPixels(), pixels(root.getAttribute("height")), 1e-3);
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        assertEquals(0, Double.parseDouble(viewBox[0]));
        assertEquals(0, Double.parseDouble(viewBox[1]));
        assertEquals(size.widthPixels(), Double.parseDouble(viewBox[2]), 1e-3);
        assertEquals(size.heightPixels(), Double.parseDouble(viewBox[3]), 1e-3);
    }

    @Test
    void keepsTheSheetsTextsAsText() {
        List<String> texts = new ArrayList<>();
        for (Element text : texts()) {
            texts.add(text.getTextContent());
        }
        assertTrue(texts.contains("Coalition hubs and depots"), texts::toString);
        assertTrue(texts.contains("DTG " + TestSheets.DTG.text()), texts::toString);
        assertEquals(2, texts.stream().filter("NATO RESTRICTED"::equals).count());
        assertTrue(texts.contains("Minsk"), texts::toString);
        assertTrue(texts.contains("BELARUS"), texts::toString);
    }

    @Test
    void setsTextInNotoSansFallingBackToSansSerifInTheFacesWeightAndSlant() {
        for (Element text : texts()) {
            assertTrue(text.getAttribute("style").contains("font-family: \"Noto Sans\", sans-serif;"),
                    text.getAttribute("style"));
        }
        assertTrue(styleOf("Coalition hubs and depots").contains("font-weight: bold"));
        assertFalse(styleOf("Sample layout, planning draft").contains("font-weight"));
        assertTrue(styleOf("Black Sea").contains("font-style: italic"));
    }

    @Test
    void setsTextOfFractionalSizeAtItsTrueSize() {
        // The scale is set at 11.5 pixels: written at 12 and scaled by 11.5 / 12.
        Element scale = textOf("Scale " + sheet.scaleText());
        assertTrue(scale.getAttribute("style").contains("font-size: 12px;"));
        String transform = ((Element) scale.getParentNode()).getAttribute("transform");
        assertTrue(transform.startsWith("matrix(0.958333"), transform);
    }

    @Test
    void theSameSheetGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes, svg(sheet));
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        PdfSheetWriterTest.ClosingWatch out = new PdfSheetWriterTest.ClosingWatch();
        SvgSheetWriter.write(sheet, out);
        assertFalse(out.closed);
        assertEquals(bytes.length, out.size());
    }

    private static byte[] svg(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgSheetWriter.write(sheet, out);
        return out.toByteArray();
    }

    private static List<Element> texts() {
        NodeList nodes = document.getElementsByTagNameNS(SVG, "text");
        List<Element> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add((Element) nodes.item(i));
        }
        return texts;
    }

    private static Element textOf(String content) {
        return texts().stream().filter(t -> t.getTextContent().equals(content)).findFirst().orElseThrow();
    }

    private static String styleOf(String content) {
        return textOf(content).getAttribute("style");
    }

    private static double pixels(String length) {
        return Double.parseDouble(length.substring(0, length.length() - "px".length()));
    }
}
