package org.yrdkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages follow the pipeline and depend only on those to their left; vocab is a leaf all may use. */
class ArchitectureTest {
  private static final List<String> ORDER =
      List.of("vocab", "text", "extract", "resolve", "rdf", "store", "export", "serve", "cli");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.yrdkg\\.(\\w+)\\.", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.yrdkg\\.(\\w+)\\.[A-Z]");

  @Test
  void everyPackageDependsOnlyOnPackagesToItsLeft() throws IOException {
    Path root = Path.of("src/main/java/org/yrdkg");
    List<String> breaches = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(file).getName(0).toString();
        int rank = ORDER.indexOf(pkg);
        if (rank < 0) {
          breaches.add(file + ": package " + pkg + " is not in the pipeline order");
          continue;
        }
        String source = Files.readString(file);
        for (Pattern p : List.of(IMPORT, QUALIFIED)) {
          Matcher m = p.matcher(source);
          while (m.find()) {
            int used = ORDER.indexOf(m.group(1));
            if (used > rank) {
              breaches.add(file.getFileName() + " (" + pkg + ") uses " + m.group(1));
            }
          }
        }
      }
    }
    assertEquals(List.of(), breaches);
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path root = Path.of("src/main/java/org/yrdkg");
    try (Stream<Path> dirs = Files.list(root)) {
      List<String> missing = dirs.filter(Files::isDirectory)
          .filter(d -> !Files.exists(d.resolve("package-info.java")))
          .map(d -> d.getFileName().toString()).toList();
      assertEquals(List.of(), missing);
    }
  }
}
