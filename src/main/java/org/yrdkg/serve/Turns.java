package org.yrdkg.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Turns at work that only so many requests may do at once (writing a whole-graph answer or export), with only so many
 * more waiting for a turn. A waiting request holds one of the server's request threads; were every request allowed
 * to wait, a burst of heavy ones would hold them all, and a cheap query sent meanwhile would queue behind the burst
 * (a 40-request burst of whole-graph CONSTRUCTs held every thread and kept a one-row ASK waiting 3 to 13 s). One that
 * finds no place to wait is told to come back at once.
 */
final class Turns {
  private final Semaphore running;
  // places to be in: running or waiting
  private final Semaphore places;

  /** {@code atOnce} turns at a time, and at most {@code waiting} requests waiting for one. */
  Turns(int atOnce, int waiting) {
    running = new Semaphore(atOnce, true);
    places = new Semaphore(atOnce + waiting);
  }

  /** The turns for a server of {@code cores} processors: one per core, as many waiting. */
  static Turns perCore(int cores) {
    return new Turns(cores, cores);
  }

  /** What {@link #take} tells. */
  enum Outcome {
    /** A turn is taken; {@link #give} it back when done. */
    TAKEN,
    /** Every place to wait was taken: nothing was waited for. */
    FULL,
    /** The wait ran out (or was interrupted). */
    TIMED_OUT
  }

  /** Takes a turn, waiting up to {@code wait} for one when there is a place to wait. */
  Outcome take(Duration wait) {
    if (!places.tryAcquire()) {
      return Outcome.FULL;
    }
    try {
      if (running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        return Outcome.TAKEN;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    places.release();
    return Outcome.TIMED_OUT;
  }

  /** Gives back a turn taken. */
  void give() {
    running.release();
    places.release();
  }

  /**
   * Takes a place to wait in, for a request that waits on work someone else's turn is doing (an export being written
   * for another client); false when there is none. {@link #leave} it when done waiting.
   */
  boolean enter() {
    return places.tryAcquire();
  }

  /** Leaves a place taken by {@link #enter}. */
  void leave() {
    places.release();
  }

  /** How many turns are free now. */
  int free() {
    return running.availablePermits();
  }

  /** How many places (running or waiting) are free now. */
  int freePlaces() {
    return places.availablePermits();
  }
}
