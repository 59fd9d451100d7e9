package org.yrdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yrdkg.resolve.Evaluation;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Resolver;
import org.yrdkg.resolve.TaskEvaluation;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --gold DIR}: precision, recall and F1 per kind against a hand-annotated gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the extraction against a gold set: precision, recall and F1 per kind, misses and false hits.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold .tsv files.")
  Path gold;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
      description = "Directory of the documents the gold set annotates (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(gold)) {
      throw new InputException(gold + ": not a directory");
    }
    List<Evaluation.GoldItem> items = Evaluation.readGold(gold);
    if (items.isEmpty() && !TaskEvaluation.present(gold)) {
      throw new InputException(gold + ": no gold items in its .tsv files");
    }
    Corpus corpus = Corpus.load(seeds, name -> Progress.step(err, "reading " + name));
    Evaluation.checkDocuments(items, corpus);
    Progress.step(err, "extracting and resolving");
    KnowledgeBase kb = Resolver.resolve(corpus);
    Progress.done(err);
    List<Evaluation.Score> scores = new ArrayList<>(Evaluation.score(kb, corpus, items));
    scores.addAll(TaskEvaluation.score(kb, corpus, gold));
    out.printf("%-15s %9s %9s %9s %5s %5s %5s%n", "kind", "precision", "recall", "F1", "tp", "fp", "fn");
    for (Evaluation.Score s : scores) {
      out.printf(Locale.ROOT, "%-15s %9.3f %9.3f %9.3f %5d %5d %5d%n", s.kind(), s.precision(), s.recall(), s.f1(),
          s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
    for (Evaluation.Score s : scores) {
      s.misses().forEach(m -> out.println("miss      " + s.kind() + "  " + m));
      s.falseHits().forEach(f -> out.println("false hit " + s.kind() + "  " + f));
    }
    return 0;
  }
}
