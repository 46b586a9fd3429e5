package org.raddeid.corpora.format;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.LabelledDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads i2b2 2014 de-identification XML: one {@code <deIdi2b2>} file per document, the document id being the file name
 * without {@code .xml}. {@code TEXT} holds the text; each element under {@code TAGS} is one annotation whose element name
 * is the {@link PhiType}, {@code TYPE} the subtype (i2b2 spelling), {@code start}/{@code end} code point offsets into the
 * text, {@code text} the covered text and {@code comment} optionally {@code origin=XYZ}.
 *
 * <p>Decisions: the parser refuses DTDs and external entities. A file that is not well-formed, an unknown element under
 * {@code TAGS}, bad offsets, or a {@code text} attribute that differs from the text at its offsets (compared with
 * whitespace runs collapsed) skip the whole document with a problem, because a partly labelled gold document would
 * distort evaluation. An unknown {@code TYPE}, or one of another type, keeps the annotation with its type only and
 * records a problem. Stateless and thread-safe.
 */
public final class I2b2Reader implements CorpusReader {

    /**
     * Reads one {@code .xml} file or every {@code .xml} file directly in a directory, in file name order.
     *
     * @return the documents and the problems met; input files are not changed
     */
    @Override
    public Corpus read(Path path) throws IOException {
        CorpusCollector out = new CorpusCollector();
        for (Path file : CorpusFiles.inputs(path, ".xml")) {
            readFile(file, out);
        }
        return out.build();
    }

    private void readFile(Path file, CorpusCollector out) throws IOException {
        String source = CorpusFiles.name(file);
        String id = CorpusFiles.hasExtension(file, ".xml") ? CorpusFiles.baseName(file, ".xml") : source;
        String xml;
        try {
            xml = StrictUtf8.read(file);
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            out.problem(e.problem());
            return;
        }
        Document dom;
        try {
            dom = parse(xml);
        } catch (SAXParseException e) {
            out.problem(source, Math.max(e.getLineNumber(), 0),
                    "XML is not well-formed (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")");
            return;
        } catch (SAXException e) {
            out.problem(source, 0, "XML could not be parsed");
            return;
        }
        try {
            out.document(toDocument(id, dom, source, out), source, 0);
        } catch (BadDocumentException e) {
            out.problem(source, 0, "document " + id + " skipped: " + e.getMessage());
        }
    }

    private static LabelledDocument toDocument(String id, Document dom, String source, CorpusCollector out)
            throws BadDocumentException {
        Element root = dom.getDocumentElement();
        if (!"deIdi2b2".equals(root.getTagName())) {
            throw new BadDocumentException("root element is not deIdi2b2");
        }
        Element textElement = onlyChild(root, "TEXT");
        if (textElement == null) {
            throw new BadDocumentException("no single TEXT element");
        }
        String text = textElement.getTextContent();
        SpanAnchor anchor = new SpanAnchor(text);
        List<Annotation> annotations = new ArrayList<>();
        Element tags = onlyChild(root, "TAGS");
        if (tags != null) {
            int index = 0;
            for (Node n = tags.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element tag) {
                    annotations.add(toAnnotation(id, tag, index++, anchor, source, out));
                }
            }
        }
        return new LabelledDocument(id, text, annotations);
    }

    private static Annotation toAnnotation(String id, Element tag, int index, SpanAnchor anchor, String source,
            CorpusCollector out) throws BadDocumentException {
        String where = "tag " + index + " (" + PhiLabel.quoteSafely(tag.getAttribute("id")) + ")";
        PhiType type;
        try {
            type = PhiType.parse(tag.getTagName());
        } catch (IllegalArgumentException e) {
            throw new BadDocumentException(where + ": unknown PHI type " + PhiLabel.quoteSafely(tag.getTagName()));
        }
        PhiSubtype subtype = null;
        String typeAttribute = tag.getAttribute("TYPE").strip();
        if (!typeAttribute.isEmpty()) {
            try {
                subtype = PhiSubtype.parse(typeAttribute);
            } catch (IllegalArgumentException e) {
                subtype = null;
            }
            if (subtype == null || subtype.type() != type) {
                out.problem(source, 0, "document " + id + ", " + where + ": subtype "
                        + PhiLabel.quoteSafely(typeAttribute) + " is unknown for type " + type
                        + "; kept with its type only");
                subtype = null;
            }
        }
        int start = intAttribute(tag, "start", where);
        int end = intAttribute(tag, "end", where);
        String expected = tag.hasAttribute("text") ? tag.getAttribute("text") : null;
        try {
            return anchor.anchor(start, end, new PhiLabel(type, subtype), origin(tag.getAttribute("comment")), expected);
        } catch (SpanAnchor.BadSpanException e) {
            throw new BadDocumentException(where + ": " + e.getMessage());
        }
    }

    private static String origin(String comment) {
        String c = comment.strip();
        return c.startsWith("origin=") ? c.substring("origin=".length()).strip() : null;
    }

    private static int intAttribute(Element tag, String name, String where) throws BadDocumentException {
        if (!tag.hasAttribute(name)) {
            throw new BadDocumentException(where + ": missing attribute " + name);
        }
        try {
            return Integer.parseInt(tag.getAttribute(name).strip());
        } catch (NumberFormatException e) {
            throw new BadDocumentException(where + ": attribute " + name + " is not an integer");
        }
    }

    private static Element onlyChild(Element parent, String name) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static Document parse(String xml) throws SAXException, IOException {
        DocumentBuilder builder = secureBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not stop the read and are not printed
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    /** A DOM builder with DTDs, external entities and XInclude off; text, CDATA and char refs coalesced. */
    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            f.setCoalescing(true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser does not support secure processing", e);
        }
    }
}
