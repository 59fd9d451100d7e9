package org.yrdkg.text;

import java.nio.file.Path;

/** The seed corpus, read once for all tests of a run. */
final class Seeds {
  static final Path DIR = Path.of("seeds");
  static final String OUTLINE = "001_bf7f4692ddf9924a.txt";
  static final String PAPER_END = "000_5458c743c764a4ac.txt";
  static final String PAPER_MIDDLE = "002_1c4db03652775c40.txt";
  static final String PAPER_OCR = "004_5a8fcb8d5e57ee11.txt";
  static final String SHANGHAI = "003_5fbdd1f5d155a6b1.txt";
  private static Corpus corpus;

  private Seeds() {}

  static synchronized Corpus corpus() {
    if (corpus == null) {
      corpus = Corpus.load(DIR, name -> { });
    }
    return corpus;
  }
}
