package org.factline.ingest.read;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The JDK's streaming XML parser, made safe for files from anywhere, and the reading of an element's text. */
final class FeedXml {

    /**
     * The text of one element.
     *
     * @param raw         its character data, markup of child elements left out
     * @param markup      its content as markup, child elements written back as tags (XHTML content)
     * @param hasElements whether it had child elements
     * @param bytes       the size of its character data in UTF-8, counted to the end even where {@code raw}
     *                    and {@code markup} stop growing
     */
    record Text(String raw, String markup, boolean hasElements, long bytes) {

        /** The element's content read as HTML: its child elements (XHTML), else its text (escaped HTML). */
        String html() {
            return hasElements ? markup : raw;
        }
    }

    private FeedXml() {
    }

    /**
     * A parser that reads no document type definition and resolves no external entity: a feed cannot make
     * us read local files or fetch addresses (XXE), nor expand entities without end.
     */
    static XMLStreamReader newReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Errors reach the caller as exceptions; without a reporter the JDK also prints them to standard error.
        factory.setXMLReporter((message, type, info, location) -> { });
        return factory.createXMLStreamReader(in);
    }

    /**
     * Reads from the start tag the reader is on to its end tag. At most {@code maxChars} characters are
     * kept, so that one huge item cannot exhaust memory; {@link Text#bytes()} still tells its full size.
     */
    static Text readText(XMLStreamReader xml, long maxChars) throws XMLStreamException {
        StringBuilder raw = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        boolean elements = false;
        long bytes = 0;
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> {
                    String text = xml.getText();
                    bytes += utf8Length(text);
                    if (raw.length() <= maxChars) {
                        raw.append(text);
                        escape(text, markup);
                    }
                }
                case XMLStreamReader.START_ELEMENT -> {
                    depth++;
                    elements = true;
                    if (markup.length() <= maxChars) {
                        startTag(xml, markup);
                    }
                }
                case XMLStreamReader.END_ELEMENT -> {
                    depth--;
                    if (depth > 0 && markup.length() <= maxChars) {
                        markup.append("</").append(xml.getLocalName()).append('>');
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
        return new Text(raw.toString(), markup.toString(), elements, bytes);
    }

    /** The parser's own words, without the JDK's "ParseError at [row,col]" preamble (the caller says where). */
    static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int words = message.indexOf("Message: ");
        return (words >= 0 ? message.substring(words + "Message: ".length()) : message).strip().replaceFirst("\\.$", "");
    }

    private static void startTag(XMLStreamReader xml, StringBuilder markup) {
        markup.append('<').append(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            markup.append(' ').append(xml.getAttributeLocalName(i)).append("=\"");
            escape(xml.getAttributeValue(i), markup);
            markup.append('"');
        }
        markup.append('>');
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }
}
