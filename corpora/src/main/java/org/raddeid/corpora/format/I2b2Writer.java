package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.CorpusWriter;
import org.raddeid.corpora.LabelledDocument;

/**
 * Writes i2b2 2014 de-identification XML, one {@code <id>.xml} per document, in the layout {@link I2b2Reader} reads.
 *
 * <p>The text goes in CDATA; a {@code ]]>} in the text splits the section, and carriage returns are written as
 * {@code &#13;} between sections because XML parsers turn CR LF into LF even inside CDATA. Attributes escape
 * {@code & < > " '} and tab, CR and LF. A document whose text holds a character XML 1.0 forbids (most C0 controls,
 * U+FFFE, U+FFFF, unpaired surrogates) or whose id is not a safe file name fails the whole write with an
 * {@link UnwritableDocumentException}, rather than producing XML no parser accepts. The target directory must not exist
 * or be empty; the files are written in a temporary sibling directory that is then renamed. Stateless and thread-safe.
 */
public final class I2b2Writer implements CorpusWriter {

    /**
     * Writes the documents into the directory {@code target}; the documents are not changed.
     *
     * @throws UnwritableDocumentException naming the first document the format cannot hold; nothing is written then
     * @throws java.nio.file.DirectoryNotEmptyException when {@code target} is a non-empty directory
     */
    @Override
    public void write(List<LabelledDocument> documents, Path target) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (LabelledDocument d : documents) {
            String name = CorpusFiles.requireFileName(d.id()) + ".xml";
            if (files.put(name, render(d)) != null) {
                throw new UnwritableDocumentException(d.id(), "duplicate document id");
            }
        }
        AtomicDirectory.writeDirectory(target, files);
    }

    /**
     * Returns the XML for one document.
     *
     * @throws UnwritableDocumentException when the text holds a character XML 1.0 forbids
     */
    static String render(LabelledDocument d) throws UnwritableDocumentException {
        checkXmlChars(d);
        SpanAnchor offsets = new SpanAnchor(d.text());
        StringBuilder xml = new StringBuilder(d.text().length() * 2 + 200);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<deIdi2b2>\n<TEXT>");
        xml.append(cdata(d.text()));
        xml.append("</TEXT>\n<TAGS>\n");
        int n = 0;
        for (Annotation a : d.annotations()) {
            xml.append('<').append(a.type().name())
                    .append(" id=\"P").append(n++).append('"')
                    .append(" start=\"").append(offsets.toCodePoint(a.start())).append('"')
                    .append(" end=\"").append(offsets.toCodePoint(a.end())).append('"')
                    .append(" text=\"").append(escapeAttribute(d.covered(a))).append('"')
                    .append(" TYPE=\"").append(a.subtype() == null ? "" : a.subtype().i2b2Name()).append('"')
                    .append(" comment=\"")
                    .append(a.origin() == null ? "" : escapeAttribute("origin=" + a.origin())).append('"')
                    .append(" />\n");
        }
        xml.append("</TAGS>\n</deIdi2b2>\n");
        return xml.toString();
    }

    private static String cdata(String text) {
        String body = text.replace("]]>", "]]]]><![CDATA[>").replace("\r", "]]>&#13;<![CDATA[");
        return "<![CDATA[" + body + "]]>";
    }

    static String escapeAttribute(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void checkXmlChars(LabelledDocument d) throws UnwritableDocumentException {
        String t = d.text();
        int cp = 0;
        for (int i = 0; i < t.length(); cp++) {
            char c = t.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < t.length()
                    && Character.isLowSurrogate(t.charAt(i + 1));
            if (!pair && !isXmlChar(c)) {
                throw new UnwritableDocumentException(d.id(), "character U+"
                        + String.format("%04X", (int) c) + " at code point " + cp + " is not allowed in XML 1.0");
            }
            i += pair ? 2 : 1;
        }
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
