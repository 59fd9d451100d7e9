package org.yrdkg.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * All documents of a seeds directory, read and structured, with copies of one document aligned to
 * its fullest version.
 *
 * @param documents the files in name order
 * @param alignments the alignment of each copy, by the copy's file name
 * @param byName the documents by file name
 */
public record Corpus(List<StructuredDocument> documents, Map<String, CopyAlignment> alignments,
    Map<String, StructuredDocument> byName) {

  /** Reads every {@code *.txt} file of {@code dir}; {@code progress} is told each file's name as it is read. */
  public static Corpus load(Path dir, Consumer<String> progress) {
    if (!Files.exists(dir)) {
      throw new InputException(dir + ": no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": not a directory");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot be listed (" + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new InputException(dir + ": no .txt documents in it");
    }
    List<StructuredDocument> docs = new ArrayList<>();
    for (Path file : files) {
      progress.accept(file.getFileName().toString());
      docs.add(DocumentParser.parse(file));
    }
    return of(docs);
  }

  public static Corpus of(List<StructuredDocument> docs) {
    Map<String, CopyAlignment> alignments = new LinkedHashMap<>();
    Map<String, StructuredDocument> fullOf = CopyAligner.copies(docs);
    for (StructuredDocument d : docs) {
      StructuredDocument full = fullOf.get(d.name());
      if (full != null) {
        alignments.put(d.name(), CopyAligner.align(d, full));
      }
    }
    Map<String, StructuredDocument> byName = new LinkedHashMap<>();
    docs.forEach(d -> byName.put(d.name(), d));
    return new Corpus(List.copyOf(docs), Map.copyOf(alignments), Map.copyOf(byName));
  }

  /** Whether the corpus has a document called {@code name}. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  public StructuredDocument document(String name) {
    StructuredDocument d = byName.get(name);
    if (d == null) {
      throw new InputException(name + ": no such document in the corpus");
    }
    return d;
  }

  /** The alignment of a copy, or null for a document that is no copy. */
  public CopyAlignment alignment(String name) {
    return alignments.get(name);
  }
}
