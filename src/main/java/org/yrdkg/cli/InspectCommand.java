package org.yrdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yrdkg.text.CopyAlignment;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.Excluded;
import org.yrdkg.text.Heading;
import org.yrdkg.text.HeadingKind;
import org.yrdkg.text.InputException;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.text.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspect DIR}: what the text layer makes of each document. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Show per document: title, kind (full text or copy), structure counts, coverage, variants and excluded text."
        + " The chap/sect columns count the two outer levels of numbering (第X章/第X节, or 一、/（一） in implementation plans).")
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Directory of .txt documents (e.g. seeds/).")
  Path dir;

  @Option(names = "--details", paramLabel = "FILE",
      description = "Also list, for this file, its covered chapters, every variant span and the excluded text.")
  String details;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Corpus corpus = Corpus.load(dir, name -> Progress.step(err, "reading " + name));
    Progress.done(err);
    if (details != null && corpus.documents().stream().noneMatch(d -> d.name().equals(details))) {
      throw new InputException(details + ": not a document of " + dir);
    }
    out.printf("%-28s %-34s %-34s %5s %5s %6s %6s %9s %8s %8s%n", "file", "title", "kind", "chap", "sect", "paras",
        "sents", "coverage", "variants", "excluded");
    for (StructuredDocument d : corpus.documents()) {
      CopyAlignment a = corpus.alignment(d.name());
      String title = a != null ? a.full().title() : d.title();
      String kind = a == null ? "full text" : "copy of " + a.full().name();
      List<HeadingKind> levels = d.headings().stream().map(Heading::kind).filter(k -> k != HeadingKind.UNNUMBERED)
          .distinct().sorted().toList();
      out.printf("%-28s %-34s %-34s %5d %5d %6d %6d %9s %8s %8d%n", d.name(), clip(title == null ? "-" : title, 16),
          kind, levels.isEmpty() ? 0 : d.headings(levels.get(0)).size(),
          levels.size() < 2 ? 0 : d.headings(levels.get(1)).size(), d.paragraphs().size(),
          d.sentences().size(), a == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * a.coverage()),
          a == null ? "-" : String.valueOf(a.variants().size()), d.excluded().size());
    }
    if (details != null) {
      details(out, corpus.document(details), corpus.alignment(details));
    }
    return 0;
  }

  private static void details(PrintWriter out, StructuredDocument d, CopyAlignment a) {
    out.println();
    out.println("== " + d.name());
    out.println("title: " + (d.title() == null ? "-" : d.title()) + "; issuer: " + (d.issuer() == null ? "-" : d.issuer())
        + "; date: " + (d.date() == null ? "-" : d.date()) + "; layout-noise lines removed: " + d.noiseLines());
    for (Excluded e : d.excluded()) {
      out.printf("excluded %s [%d,%d): %s%n", e.reason(), e.span().start(), e.span().end(), e.preview());
    }
    if (a == null) {
      out.println("headings: " + d.headings().size() + "; table of contents entries: " + d.toc().size());
      return;
    }
    long aligned = java.util.Arrays.stream(a.charMap()).filter(x -> x >= 0).count();
    out.println("copy of: " + a.full().name() + " (" + a.full().title() + "); aligned characters: " + aligned + " of "
        + a.charMap().length);
    out.println("covers: " + labels(a.covered()));
    out.println("covers in part: " + labels(a.partial()));
    out.println("variants (" + a.variants().size() + "): kind, copy span, full span, copy reading → full reading");
    for (Variant v : a.variants()) {
      out.printf("  %-12s [%d,%d) [%d,%d)  %s → %s%n", v.kind().name().toLowerCase(Locale.ROOT), v.copySpan().start(),
          v.copySpan().end(), v.fullSpan().start(), v.fullSpan().end(), show(v.copyText()), show(v.fullText()));
    }
  }

  private static String labels(List<Heading> headings) {
    return headings.isEmpty() ? "-" : String.join(", ", headings.stream().map(Heading::label).toList());
  }

  private static String show(String s) {
    return s.isEmpty() ? "∅" : "「" + clip(s, 40) + "」";
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }
}
