package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TurnsTest {
  @Test
  void aTurnIsTakenWaitedForOrRefusedAtOnceWhenNoPlaceIsLeftToWait() throws Exception {
    Turns turns = new Turns(1, 1);
    assertEquals(Turns.Outcome.TAKEN, turns.take(Duration.ZERO));
    // the one place to wait: taken by a request that waits for the turn
    CompletableFuture<Turns.Outcome> waiter = CompletableFuture.supplyAsync(() -> turns.take(Duration.ofSeconds(30)));
    while (turns.freePlaces() > 0) {
      Thread.sleep(5);
    }
    long start = System.nanoTime();
    assertEquals(Turns.Outcome.FULL, turns.take(Duration.ofSeconds(30)), "no place to wait");
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused without waiting");
    assertFalse(turns.enter(), "nor a place to wait for another's work");
    turns.give();
    assertEquals(Turns.Outcome.TAKEN, waiter.get(30, TimeUnit.SECONDS), "the waiting request gets the turn given back");
    turns.give();
    assertEquals(1, turns.free());
    assertEquals(2, turns.freePlaces());
  }

  @Test
  void aWaitThatRunsOutGivesItsPlaceBack() {
    Turns turns = new Turns(1, 1);
    assertEquals(Turns.Outcome.TAKEN, turns.take(Duration.ZERO));
    assertEquals(Turns.Outcome.TIMED_OUT, turns.take(Duration.ofMillis(50)));
    assertEquals(1, turns.freePlaces(), "the place of the request that gave up is free again");
    assertTrue(turns.enter());
    turns.leave();
    turns.give();
    assertEquals(2, turns.freePlaces());
  }
}
