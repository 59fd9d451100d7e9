package org.yrdkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yrdkg.text.InputException;
import org.yrdkg.text.SourceReader;

/** The canned queries, by name: from a {@code queries/} directory, or those packaged in the jar. */
public final class CannedQueries {
  /** Where the build copies {@code queries/*.rq} inside the jar. */
  static final String RESOURCE_DIR = "/yrdkg/queries/";

  private final Map<String, CannedQuery> byName;

  private CannedQueries(Map<String, CannedQuery> byName) {
    this.byName = byName;
  }

  /** Every {@code *.rq} of {@code dir}; {@link InputException} naming the first file that is not a canned query. */
  public static CannedQueries load(Path dir) {
    Map<String, CannedQuery> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
        String file = f.getFileName().toString();
        String name = file.substring(0, file.length() - 3);
        try {
          out.put(name, CannedQuery.parse(name, SourceReader.readUtf8(f)));
        } catch (IllegalArgumentException e) {
          // the query's own messages name it; a user fixing it needs the file
          String why = e.getMessage();
          why = why.startsWith(name + ": ") ? why.substring(name.length() + 2) : why;
          throw new InputException(f + ": " + why.lines().findFirst().orElse(why));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
    return new CannedQueries(out);
  }

  /** The queries of {@code dir} when it exists, else those packaged in the jar. */
  public static CannedQueries loadOrPackaged(Path dir) {
    return Files.isDirectory(dir) ? load(dir) : packaged();
  }

  /** The queries packaged in the jar (none when running without it). */
  public static CannedQueries packaged() {
    URL url = CannedQueries.class.getResource(RESOURCE_DIR);
    if (url == null) {
      return new CannedQueries(new TreeMap<>());
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return load(fs.getPath(RESOURCE_DIR));
      }
      return load(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the packaged queries: " + e.getMessage(), e);
    }
  }

  public Optional<CannedQuery> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All queries, by name. */
  public Collection<CannedQuery> all() {
    return List.copyOf(new ArrayList<>(byName.values()));
  }

  public int size() {
    return byName.size();
  }
}
