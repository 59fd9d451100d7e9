package org.yrdkg.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Keeps a long-running server's heap near what it holds. The JVM sizes its heap from the
 * machine's memory (a quarter of it by default) and, once grown by a build, keeps it; a server
 * holds far less than a build needs. After loading, this asks the collector to give back memory
 * it does not need: the heap may stay at most 30 % free, an idle server collects every 30 s
 * (which returns memory to the system), and a full collection drops the build's garbage now.
 * Flags the user set on the command line are left as they are.
 */
final class HeapTrim {
  private HeapTrim() {}

  /** Trims the heap a few seconds from now, on a daemon thread, out of the way of the first requests. */
  static void soon() {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        return;
      }
      afterLoad();
    }, "heap-trim");
    t.setDaemon(true);
    t.start();
  }

  static void afterLoad() {
    try {
      HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      setUnlessGiven(hotspot, "MinHeapFreeRatio", "10");
      setUnlessGiven(hotspot, "MaxHeapFreeRatio", "30");
      setUnlessGiven(hotspot, "G1PeriodicGCInterval", "30000");
    } catch (RuntimeException e) {
      // another JVM or collector without these flags: nothing to tune
    }
    System.gc();
  }

  private static void setUnlessGiven(HotSpotDiagnosticMXBean hotspot, String flag, String value) {
    try {
      var option = hotspot.getVMOption(flag);
      if (option.isWriteable() && option.getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
        hotspot.setVMOption(flag, value);
      }
    } catch (IllegalArgumentException e) {
      // the flag does not exist in this JVM
    }
  }
}
