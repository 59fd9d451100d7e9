package org.yrdkg.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that indents (one element per line, two spaces a level) and drops the characters
 * XML 1.0 cannot hold, so any label makes a well-formed file. Its methods rethrow StAX errors as
 * {@link IOException}.
 */
final class XmlOut implements AutoCloseable {
  private final XMLStreamWriter xml;
  private int depth;

  XmlOut(OutputStream out) throws IOException {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOut start(String namespace, String name) throws IOException {
    try {
      newLine();
      xml.writeStartElement(namespace, name);
      depth++;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOut empty(String namespace, String name) throws IOException {
    try {
      newLine();
      xml.writeEmptyElement(namespace, name);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOut attribute(String name, Object value) throws IOException {
    try {
      xml.writeAttribute(name, clean(String.valueOf(value)));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOut attribute(String prefix, String namespace, String name, Object value) throws IOException {
    try {
      xml.writeAttribute(prefix, namespace, name, clean(String.valueOf(value)));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Declares a namespace on the element just started ({@code prefix} empty for the default namespace). */
  XmlOut namespace(String prefix, String namespace) throws IOException {
    try {
      if (prefix.isEmpty()) {
        xml.writeDefaultNamespace(namespace);
      } else {
        xml.writeNamespace(prefix, namespace);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Binds prefixes before the root element is written, so elements and attributes get the right ones. */
  XmlOut bind(String prefix, String namespace) throws IOException {
    try {
      if (prefix.isEmpty()) {
        xml.setDefaultNamespace(namespace);
      } else {
        xml.setPrefix(prefix, namespace);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the innermost open element, its end tag on a line of its own. */
  XmlOut end() throws IOException {
    try {
      depth--;
      newLine();
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An element with text content only, on one line; {@code attributes} are name, value, name, value, … */
  XmlOut textElement(String namespace, String name, String value, String... attributes) throws IOException {
    try {
      newLine();
      xml.writeStartElement(namespace, name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
      }
      xml.writeCharacters(clean(value));
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Drops code points XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(b::appendCodePoint);
    return b.toString();
  }
}
