package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yrdkg.export.EntityGraph;
import org.yrdkg.export.ExportSettings;
import org.yrdkg.export.GraphFormat;
import org.yrdkg.export.GraphFormats;

/** Exports are written once per selection and format and shared, and only so many are written at a time. */
class ExportCacheTest {
  static final ServedDataset DATA = Fixture.served();

  /** A format that counts its writes and, until released, holds each writer inside {@link #write}. */
  static final class Gate implements GraphFormat {
    final AtomicInteger writes = new AtomicInteger();
    final CountDownLatch open = new CountDownLatch(1);

    @Override
    public String name() {
      return "gate";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
      writes.incrementAndGet();
      try {
        open.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      out.write(("nodes " + graph.nodes().size()).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void clientsAskingForTheSameExportShareOneWrite() throws Exception {
    // room for 16 to wait (twice the writers): what is tested here is the sharing, not the bound on waiting
    FMod_Export export = new FMod_Export(DATA, CannedQueries.load(Path.of("queries")), 8, Duration.ofSeconds(60));
    Gate gate = new Gate();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<byte[]>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> export.body(ExportSettings.defaults(), gate)));
      }
      Thread.sleep(200);
      gate.open.countDown();
      byte[] first = answers.get(0).get(30, TimeUnit.SECONDS);
      for (Future<byte[]> a : answers) {
        assertSame(first, a.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, gate.writes.get(), "written once for 16 clients");
      assertSame(first, export.body(ExportSettings.defaults(), gate), "and kept for the next");
    } finally {
      pool.shutdownNow();
    }
    GraphFormat graphml = GraphFormats.byName("graphml");
    assertArrayEquals(export.body(ExportSettings.defaults(), graphml),
        new FMod_Export(DATA, CannedQueries.load(Path.of("queries"))).body(ExportSettings.defaults(), graphml),
        "what is kept is what a fresh write gives");
  }

  @Test
  void whenEveryWriterIsBusyAClientIsToldToComeBack() throws Exception {
    FMod_Export export = new FMod_Export(DATA, CannedQueries.load(Path.of("queries")), 2, Duration.ofMillis(300));
    Gate gate = new Gate();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // two selections, one per writer, each held in its write
      List<Future<byte[]>> held = new ArrayList<>();
      for (ExportSettings s : List.of(ExportSettings.defaults(), ExportSettings.defaults().withTasks(false))) {
        held.add(pool.submit(() -> export.body(s, gate)));
      }
      Thread.sleep(300);
      ExportSettings other = ExportSettings.defaults().withAround(Fixture.ID + "region/320000", 2);
      assertThrows(FMod_Export.Busy.class, () -> export.body(other, gate));
      gate.open.countDown();
      for (Future<byte[]> f : held) {
        f.get(30, TimeUnit.SECONDS);
      }
      export.body(other, gate);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlySoManyWaitForAnExportBeingWritten() throws Exception {
    // one writer: one more may wait for a turn, two for the body being written
    FMod_Export export = new FMod_Export(DATA, CannedQueries.load(Path.of("queries")), 1, Duration.ofSeconds(30));
    Gate gate = new Gate();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<byte[]> writing = pool.submit(() -> export.body(ExportSettings.defaults(), gate));
      while (gate.writes.get() == 0) {
        Thread.sleep(5);
      }
      List<Future<byte[]>> sharing = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        sharing.add(pool.submit(() -> export.body(ExportSettings.defaults(), gate)));
      }
      Thread.sleep(200);
      long start = System.nanoTime();
      FMod_Export.Busy busy = assertThrows(FMod_Export.Busy.class, () -> export.body(ExportSettings.defaults(), gate));
      assertEquals(Turns.Outcome.FULL, busy.why);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused without waiting");
      gate.open.countDown();
      byte[] body = writing.get(30, TimeUnit.SECONDS);
      for (Future<byte[]> f : sharing) {
        assertSame(body, f.get(30, TimeUnit.SECONDS));
      }
      assertSame(body, export.body(ExportSettings.defaults(), gate), "once written, no wait and no bound");
      assertEquals(1, gate.writes.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
