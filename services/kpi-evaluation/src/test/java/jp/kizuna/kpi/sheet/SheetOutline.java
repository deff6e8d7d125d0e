package jp.kizuna.kpi.sheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The evaluation sheet's page as a reader and the PDF renderer take it: parsed as XML (so it must be
 * well-formed), one element per line with its attributes in name order, one text per line with its
 * whitespace collapsed. Two pages with the same outline show the same content, whatever their
 * indentation, quoting or character references.
 */
final class SheetOutline {

    private SheetOutline() {
    }

    static String of(String xhtml) {
        Document page = parse(xhtml);
        StringBuilder out = new StringBuilder(128 * 1024);
        out.append("<!DOCTYPE ").append(page.getDoctype() == null ? "(none)" : page.getDoctype().getName()).append(">\n");
        append(page.getDocumentElement(), 0, out);
        return out.toString();
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the sheet is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static void append(Node node, int depth, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                out.repeat("  ", depth).append('<').append(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                IntStream.range(0, attributes.getLength()).mapToObj(i -> (Attr) attributes.item(i))
                        .sorted(Comparator.comparing(Attr::getName))
                        .forEach(a -> out.append(' ').append(a.getName()).append("=\"").append(a.getValue()).append('"'));
                out.append(">\n");
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    append(child, depth + 1, out);
                }
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                String text = node.getNodeValue().replaceAll("[ \\t\\r\\n]+", " ").replaceAll("^ | $", "");
                if (!text.isEmpty()) {
                    out.repeat("  ", depth).append(text).append('\n');
                }
            }
            default -> {
                // comments and processing instructions show nothing
            }
        }
    }
}
