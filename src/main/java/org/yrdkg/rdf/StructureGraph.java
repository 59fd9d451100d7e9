package org.yrdkg.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.yrdkg.text.CopyAlignment;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.Heading;
import org.yrdkg.text.HeadingKind;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.Span;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.text.Variant;
import org.yrdkg.vocab.Yrd;

/**
 * Writes a document's structure as RDF: the policy document (the work), the file (its
 * manifestation), headings, paragraphs and sentences with order, text and code-point offsets in
 * the raw file; for a copy, its fullest version, coverage, aligned paragraphs and variant spans.
 */
final class StructureGraph {
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern QUOTED_TITLE = Pattern.compile("《([^》]+)》");
  private final Iris iris;
  private final Corpus corpus;

  StructureGraph(Iris iris, Corpus corpus) {
    this.iris = iris;
    this.corpus = corpus;
  }

  /** The policy document (work) a file is a manifestation of. */
  Resource document(StructuredDocument doc) {
    CopyAlignment a = corpus.alignment(doc.name());
    StructuredDocument work = a == null ? doc : a.full();
    String title = work.title() != null ? work.title() : Iris.stem(work.name());
    return iris.of("document", PinyinText.slug(title));
  }

  void write(StructuredDocument doc, Model m) {
    String name = doc.name();
    CodePoints cp = new CodePoints(doc.source());
    Resource file = iris.file(name);
    Resource work = document(doc);
    CopyAlignment alignment = corpus.alignment(name);
    m.add(file, RDF.type, Yrd.DocumentFile);
    m.add(file, Yrd.fileName, Literals.string(name));
    m.add(file, Yrd.sha256, Literals.string(doc.source().sha256()));
    m.add(file, Yrd.manifestationOf, work);
    m.add(file, Yrd.fullest, ResourceFactory.createTypedLiteral(alignment == null));
    if (alignment == null) {
      describeWork(doc, work, m);
    }
    Map<Integer, Resource> headings = new HashMap<>();
    for (Heading h : doc.headings()) {
      Resource r = iris.unit(name, "h" + h.index());
      headings.put(h.index(), r);
      m.add(r, RDF.type, h.kind() == HeadingKind.SECTION ? Yrd.Section
          : h.kind().rank() <= HeadingKind.CHAPTER.rank() ? Yrd.Chapter : Yrd.Item);
      m.add(r, Yrd.partOf, h.parent() < 0 ? file : headings.get(h.parent()));
      m.add(r, Yrd.inFile, file);
      m.add(r, Yrd.order, Literals.integer(h.index()));
      if (!h.number().isEmpty()) {
        m.add(r, Yrd.number, Literals.string(h.number()));
      }
      m.add(r, Yrd.title, Literals.string(h.title()));
      span(m, r, cp, h.span());
    }
    for (Paragraph p : doc.paragraphs()) {
      Resource r = iris.unit(name, "p" + p.index());
      m.add(r, RDF.type, Yrd.Paragraph);
      m.add(r, Yrd.partOf, p.heading() < 0 ? file : headings.get(p.heading()));
      m.add(r, Yrd.inFile, file);
      m.add(r, Yrd.order, Literals.integer(p.index()));
      if (!p.number().isEmpty()) {
        m.add(r, Yrd.number, Literals.string(p.number()));
      }
      m.add(r, Yrd.text, Literals.string(p.text().text()));
      span(m, r, cp, p.span());
      for (Sentence s : p.sentences()) {
        Resource sr = sentence(name, s);
        m.add(sr, RDF.type, Yrd.Sentence);
        m.add(sr, Yrd.partOf, r);
        m.add(sr, Yrd.inFile, file);
        m.add(sr, Yrd.order, Literals.integer(s.index()));
        m.add(sr, Yrd.text, Literals.string(s.text()));
        span(m, sr, cp, s.span());
        if (s.lead()) {
          m.add(r, Yrd.leadSentence, sr);
        }
      }
    }
    if (alignment != null) {
      describeCopy(alignment, file, cp, m);
    }
  }

  Resource sentence(String file, Sentence s) {
    return iris.unit(file, "s" + s.index());
  }

  private void describeWork(StructuredDocument doc, Resource work, Model m) {
    String title = doc.title() != null ? doc.title() : Iris.stem(doc.name());
    m.add(work, RDF.type, Yrd.PolicyDocument);
    m.add(work, RDFS.label, Literals.zh(title));
    m.add(work, RDFS.label, ResourceFactory.createLangLiteral(PinyinText.label(title), "zh-Latn-pinyin"));
    m.add(work, Yrd.title, Literals.string(title));
    if (doc.date() != null) {
      Matcher d = DATE.matcher(doc.date());
      if (d.matches()) {
        String iso = String.format("%s-%02d-%02d", d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        m.add(work, Yrd.issued, ResourceFactory.createTypedLiteral(iso, XSDDatatype.XSDdate));
      }
    }
    // an implementation plan names the document it implements in 《》
    Matcher q = QUOTED_TITLE.matcher(title);
    while (q.find()) {
      for (StructuredDocument other : corpus.documents()) {
        if (other != doc && q.group(1).equals(other.title())) {
          m.add(work, Yrd.implements_, document(other));
        }
      }
    }
  }

  private void describeCopy(CopyAlignment a, Resource file, CodePoints cp, Model m) {
    String fullName = a.full().name();
    CodePoints fullCp = new CodePoints(a.full().source());
    m.add(file, Yrd.copyOf, iris.file(fullName));
    m.add(file, Yrd.coverage, Literals.decimal(new java.math.BigDecimal(a.coverage()).setScale(4, java.math.RoundingMode.HALF_EVEN)));
    for (Heading h : a.covered()) {
      m.add(file, Yrd.covers, iris.unit(fullName, "h" + h.index()));
    }
    for (int p = 0; p < a.paragraphMap().length; p++) {
      if (a.paragraphMap()[p] >= 0) {
        m.add(iris.unit(a.copy().name(), "p" + p), Yrd.alignedWith, iris.unit(fullName, "p" + a.paragraphMap()[p]));
      }
    }
    for (Variant v : a.variants()) {
      int[] c = cp.of(v.copySpan());
      int[] f = fullCp.of(v.fullSpan());
      Resource r = iris.of("variant", Iris.stem(a.copy().name()) + "-" + c[0] + "-" + c[1] + "-" + f[0] + "-" + f[1]);
      m.add(file, Yrd.variant, r);
      m.add(r, RDF.type, Yrd.VariantSpan);
      m.add(r, Yrd.inFile, file);
      m.add(r, OA.start, Literals.offset(c[0]));
      m.add(r, OA.end, Literals.offset(c[1]));
      m.add(r, Yrd.variantText, Literals.string(v.copyText()));
      m.add(r, Yrd.fullText, Literals.string(v.fullText()));
    }
  }

  private static void span(Model m, Resource r, CodePoints cp, Span span) {
    int[] c = cp.of(span);
    m.add(r, OA.start, Literals.offset(c[0]));
    m.add(r, OA.end, Literals.offset(c[1]));
  }
}
