package org.yrdkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.yrdkg.rdf.Iris;
import org.yrdkg.rdf.Ontology;
import org.yrdkg.vocab.Yrd;

/**
 * A cache of built graphs, so that a restart on unchanged documents loads the graph instead of
 * extracting it again. An entry is a directory named by its key, a digest of everything the
 * build depends on: the documents (names and bytes), the code (the jar's entries), the base IRI
 * and the build date. It holds the named graphs, the ontology graph and their union (in {@link QuadFile}'s form, served as
 * {@link PackedGraph}s), any extra files its writer adds
 * (the search index), and a manifest with the key and a checksum of every file, written last.
 * Entries are written beside their place and renamed into it when complete, so a reader never
 * sees half an entry; an entry whose manifest or checksums do not match is reported and ignored.
 * Only a build that passed validation is stored.
 */
public final class GraphCache {
  /** Bumped whenever the layout of an entry changes. */
  private static final String LAYOUT = "yrdkg-graph-cache-2";
  private static final String GRAPHS = "graphs.bin";
  private static final String MANIFEST = "MANIFEST";
  /** Entries kept besides the newest; older ones (other documents, older code) are removed. */
  private static final int KEEP = 3;

  private final Path dir;
  private final CompletableFuture<String> codeVersion;

  /**
   * A cache in {@code dir} for the code that is running. The code's identity is read on another
   * thread meanwhile, so the caller can get on with other start-up work.
   */
  public GraphCache(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
    this.codeVersion = CompletableFuture.supplyAsync(GraphCache::runningCodeVersion);
  }

  /** A cache in {@code dir} for the code identified by {@code codeVersion}. */
  public GraphCache(Path dir, String codeVersion) {
    this.dir = dir.toAbsolutePath().normalize();
    this.codeVersion = CompletableFuture.completedFuture(codeVersion);
  }

  /** The cache directory. */
  public Path dir() {
    return dir;
  }

  /**
   * The default cache directory: {@code yrdkg-cache} beside the jar when it runs from a jar in a
   * writable directory (so {@code target/yrdkg-cache} after {@code mvn package}, and {@code mvn
   * clean} removes it); else {@code $XDG_CACHE_HOME/yrdkg} or {@code ~/.cache/yrdkg}.
   */
  public static Path defaultDir() {
    Path code = codeSource();
    if (code != null && Files.isRegularFile(code) && code.getParent() != null && Files.isWritable(code.getParent())) {
      return code.getParent().resolve("yrdkg-cache");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("yrdkg");
  }

  /** The key of a build of the documents in {@code seeds} with {@code iris}, dated {@code created}. */
  public String key(Path seeds, Iris iris, String created) {
    MessageDigest sha = sha256();
    update(sha, LAYOUT);
    update(sha, codeVersion.join());
    update(sha, iris.base());
    update(sha, created);
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new org.yrdkg.text.InputException(seeds + ": cannot be read (" + e.getMessage() + ")");
    }
    for (Path f : files) {
      update(sha, f.getFileName().toString());
      try {
        byte[] bytes = Files.readAllBytes(f);
        update(sha, Integer.toString(bytes.length));
        sha.update(bytes);
      } catch (IOException e) {
        throw new org.yrdkg.text.InputException(f + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A cached build: its dataset (see {@link GraphStore#dataset}) and the directory of its extra files. */
  public record Hit(Dataset dataset, Path extras) {}

  /**
   * The entry of {@code key}, if there is a sound one. A damaged entry is removed and {@code warn}
   * hears one line about it; a missing entry is not worth a word.
   */
  public Optional<Hit> load(String key, Consumer<String> warn) {
    Path entry = dir.resolve(key);
    if (!Files.isDirectory(entry)) {
      return Optional.empty();
    }
    try {
      Map<String, String> manifest = readManifest(entry);
      if (!key.equals(manifest.get("key"))) {
        throw new Damaged("its manifest names another key");
      }
      for (Map.Entry<String, String> e : manifest.entrySet()) {
        String name = e.getKey().startsWith("file ") ? e.getKey().substring(5) : null;
        if (name != null && !name.equals(GRAPHS) && !checksum(entry.resolve(name)).equals(e.getValue())) {
          throw new Damaged(name + " does not match its checksum");
        }
      }
      // the graphs are used as read, in their packed form: loading indexes nothing. The file is mapped, not
      // read into an array: that spares copying it twice (through a direct buffer as large as the file) and
      // zeroing both, a sixth of a second of a cached start; the checksum is taken from the same pages.
      QuadFile.Content content;
      try (FileChannel file = FileChannel.open(entry.resolve(GRAPHS))) {
        if (file.size() > Integer.MAX_VALUE) {
          throw new Damaged(GRAPHS + " is over 2 GiB, more than one entry can hold");
        }
        ByteBuffer bytes = file.map(FileChannel.MapMode.READ_ONLY, 0, file.size());
        if (!checksum(bytes.duplicate()).equals(manifest.get("file " + GRAPHS))) {
          throw new Damaged(GRAPHS + " does not match its checksum");
        }
        content = QuadFile.read(bytes);
      }
      Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
      return Optional.of(new Hit(GraphStore.datasetOf(content.graphs(), content.union()), entry.resolve("extra")));
    } catch (IOException | RuntimeException e) {
      warn.accept("the cached graph " + entry + " is damaged (" + reason(e) + "); rebuilding");
      Trees.deleteQuietly(entry);
      return Optional.empty();
    }
  }

  /**
   * Stores {@code graphs} (named graph IRI to graph; the default graph is not stored) as the entry
   * of {@code key}; {@code extras} may write further files into the directory it is given. A cache
   * that cannot be written costs a warning, never the build.
   */
  public void store(String key, Map<String, Model> graphs, Extras extras, Consumer<String> warn) {
    Path part = dir.resolve("." + key + "." + ProcessHandle.current().pid() + ".part");
    try {
      Files.createDirectories(dir);
      Trees.delete(part);
      Files.createDirectories(part.resolve("extra"));
      Map<String, Graph> named = new TreeMap<>();
      graphs.forEach((name, model) -> named.put(name, model.getGraph()));
      named.computeIfAbsent(Yrd.ONTOLOGY_IRI, name -> Ontology.ontology());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part.resolve(GRAPHS)), 1 << 16)) {
        QuadFile.write(named, out);
      }
      extras.writeTo(part.resolve("extra"));
      writeManifest(part, key);
      Path entry = dir.resolve(key);
      if (Files.exists(entry)) {
        Trees.delete(part); // another process stored the same build meanwhile; it may be reading it
      } else {
        try {
          Files.move(part, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
          Trees.delete(part);
        }
      }
      prune(key);
    } catch (IOException | RuntimeException e) {
      Trees.deleteQuietly(part);
      warn.accept("the graph could not be cached in " + dir + " (" + reason(e) + "); it will be built again next time");
    }
  }

  /** Writes extra files into an entry being stored. */
  @FunctionalInterface
  public interface Extras {
    void writeTo(Path dir) throws IOException;

    Extras NONE = d -> { };
  }

  private void writeManifest(Path entry, String key) throws IOException {
    StringBuilder b = new StringBuilder().append("key ").append(key).append('\n');
    List<Path> files;
    try (Stream<Path> walk = Files.walk(entry)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      b.append("file ").append(entry.relativize(f).toString().replace('\\', '/')).append(' ').append(checksum(f)).append('\n');
    }
    Files.writeString(entry.resolve(MANIFEST), b.toString(), StandardCharsets.UTF_8);
  }

  private static Map<String, String> readManifest(Path entry) throws IOException {
    Path f = entry.resolve(MANIFEST);
    if (!Files.isRegularFile(f)) {
      throw new Damaged("no manifest");
    }
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      int sp = line.lastIndexOf(' ');
      if (sp <= 0) {
        throw new Damaged("unreadable manifest");
      }
      out.put(line.substring(0, sp), line.substring(sp + 1));
    }
    if (!out.containsKey("file " + GRAPHS)) {
      throw new Damaged("the manifest lists no graphs");
    }
    return out;
  }

  /** Removes all but the {@value #KEEP} most recently used entries besides {@code current}, and stale parts. */
  private void prune(String current) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}") && !p.getFileName().toString().equals(current))
          .forEach(entries::add);
    }
    entries.sort(Comparator.comparing(GraphCache::modified).reversed());
    for (Path p : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
      Trees.deleteQuietly(p);
    }
  }

  /** The checksum of the bytes {@code bytes} has left, as the manifest records it: their number and their CRC. */
  private static String checksum(ByteBuffer bytes) {
    CRC32C crc = new CRC32C();
    long size = bytes.remaining();
    crc.update(bytes);
    return size + ":" + Long.toHexString(crc.getValue());
  }

  private static String checksum(Path f) throws IOException {
    try (FileChannel file = FileChannel.open(f)) {
      return checksum(file.map(FileChannel.MapMode.READ_ONLY, 0, file.size()));
    }
  }

  /**
   * The running code's identity: a digest of the names, sizes and CRCs of the entries of the jar it
   * runs from (read from the jar's central directory, not its contents; the same for every
   * package of the same sources, whatever the files' dates), or of the names, sizes and dates of
   * the files of a class directory.
   */
  static String runningCodeVersion() {
    Path code = codeSource();
    MessageDigest sha = sha256();
    try {
      if (code != null && Files.isRegularFile(code)) {
        try (ZipFile jar = new ZipFile(code.toFile())) {
          ByteBuffer numbers = ByteBuffer.allocate(16);
          for (var entries = jar.entries(); entries.hasMoreElements(); ) {
            ZipEntry e = entries.nextElement();
            sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
            numbers.clear();
            sha.update(numbers.putLong(e.getCrc()).putLong(e.getSize()).array());
          }
        }
      } else if (code != null && Files.isDirectory(code)) {
        try (Stream<Path> walk = Files.walk(code)) {
          for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
            update(sha, code.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
          }
        }
      } else {
        update(sha, "unknown code " + System.nanoTime());
      }
    } catch (IOException e) {
      update(sha, "unreadable code " + System.nanoTime());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static Path codeSource() {
    try {
      var src = GraphCache.class.getProtectionDomain().getCodeSource();
      return src == null ? null : Path.of(src.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }



  private static final class Damaged extends RuntimeException {
    Damaged(String message) {
      super(message);
    }
  }
}
