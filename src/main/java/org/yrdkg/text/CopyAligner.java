package org.yrdkg.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which files are copies of one document and aligns each copy with the fullest version.
 *
 * <p>A file is a copy of a longer one when most of its character 4-grams occur in it. Alignment
 * anchors on 12-grams that occur once in each text, keeps the longest chain of anchors in order
 * on both sides, and diffs the short gaps between anchors character by character (Myers), so the
 * cost stays near linear however partial the copy is.
 */
public final class CopyAligner {
  private static final int SHINGLE = 4;
  private static final double COPY_CONTAINMENT = 0.5;
  private static final int SAMPLE = 4;
  private static final int ANCHOR = 12;
  /** Gaps larger than this on both sides are recorded whole, not diffed. */
  private static final int MAX_DIFF_GAP = 4000;

  private CopyAligner() {}

  /**
   * The fullest version each document is a copy of; documents that are no copy are absent.
   * Containment is estimated on the 4-grams whose hash is 0 mod {@value #SAMPLE} (a fixed sample,
   * the same in every text), looked up in an inverted index, so the cost grows with the corpus,
   * not with the number of pairs.
   */
  public static Map<String, StructuredDocument> copies(List<StructuredDocument> docs) {
    List<StructuredDocument> bySize = new ArrayList<>(docs);
    bySize.sort((a, b) -> Integer.compare(b.bodyLength(), a.bodyLength()));
    // the documents (by rank in bySize) holding each sampled 4-gram; plain int arrays, since a 4-gram common in
    // the genre is held by a large share of the corpus and these lists are walked once per later document
    Map<Long, Postings> postings = new HashMap<>();
    Map<String, StructuredDocument> fullOf = new HashMap<>();
    for (int i = 0; i < bySize.size(); i++) {
      StructuredDocument d = bySize.get(i);
      long[] mine = sample(new Body(d).text);
      int[] common = new int[i];
      for (long g : mine) {
        Postings holders = postings.get(g);
        if (holders != null) {
          int[] ranks = holders.ranks;
          for (int k = 0, n = holders.size; k < n; k++) {
            common[ranks[k]]++;
          }
        }
      }
      int best = -1;
      for (int j = 0; j < i; j++) {
        if (mine.length > 0 && common[j] >= COPY_CONTAINMENT * mine.length && (best < 0 || common[j] > common[best])) {
          best = j;
        }
      }
      if (best >= 0) {
        StructuredDocument f = bySize.get(best);
        fullOf.put(d.name(), fullOf.getOrDefault(f.name(), f));
      }
      for (long g : mine) {
        postings.computeIfAbsent(g, k -> new Postings()).add(i);
      }
    }
    return fullOf;
  }

  /** A growing list of document ranks. */
  private static final class Postings {
    int[] ranks = new int[2];
    int size;

    void add(int rank) {
      if (size == ranks.length) {
        ranks = Arrays.copyOf(ranks, size * 2);
      }
      ranks[size++] = rank;
    }
  }

  /** The distinct sampled 4-grams of a text, as 64-bit codes. */
  static long[] sample(String s) {
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= s.length(); i++) {
      long code = (long) s.charAt(i) << 48 | (long) s.charAt(i + 1) << 32 | (long) s.charAt(i + 2) << 16 | s.charAt(i + 3);
      if (Long.remainderUnsigned(code * 0x9E3779B97F4A7C15L, SAMPLE) == 0) {
        out.add(code);
      }
    }
    return out.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  public static CopyAlignment align(StructuredDocument copy, StructuredDocument full) {
    Body c = new Body(copy);
    Body f = new Body(full);
    int[] map = new int[c.length()];
    Arrays.fill(map, -1);
    List<Variant> variants = new ArrayList<>();
    int ci = 0;
    int fj = -1;
    for (int[] a : chain(c.text, f.text)) {
      int i = a[0];
      int j = a[1];
      if (fj >= 0 && (i < ci || j < fj)) {
        if (i - j == ci - fj && i + ANCHOR > ci) {
          for (; ci < i + ANCHOR; ci++, fj++) {
            map[ci] = fj;
          }
        }
        continue;
      }
      int from = fj < 0 ? Math.max(0, j - 2 * i - ANCHOR) : fj;
      gap(c, ci, i, f, from, j, map, variants, fj < 0, false);
      for (int k = 0; k < ANCHOR; k++) {
        map[i + k] = j + k;
      }
      ci = i + ANCHOR;
      fj = j + ANCHOR;
    }
    if (fj >= 0 && ci < c.length()) {
      int to = Math.min(f.length(), fj + 2 * (c.length() - ci) + ANCHOR);
      gap(c, ci, c.length(), f, fj, to, map, variants, false, true);
    }
    return result(copy, full, c, f, map, variants);
  }

  /** Aligns copy {@code [ci, ce)} with full {@code [fj, fe)}; an open end trims unmatched full text there. */
  private static void gap(Body c, int ci, int ce, Body f, int fj, int fe, int[] map, List<Variant> variants,
      boolean openStart, boolean openEnd) {
    if (ci >= ce && (openStart || openEnd || fj >= fe)) {
      return;
    }
    if (ce - ci > MAX_DIFF_GAP && fe - fj > MAX_DIFF_GAP || ci >= ce || fj >= fe) {
      variants.add(variant(c, ci, ce, f, fj, fe));
      return;
    }
    List<Character> a = chars(c.text, ci, ce);
    List<Character> b = chars(f.text, fj, fe);
    List<AbstractDelta<Character>> deltas = DiffUtils.diff(a, b, true).getDeltas();
    int first = 0;
    int last = deltas.size() - 1;
    while (openStart && first <= last && deltas.get(first).getType() != DeltaType.EQUAL) {
      first++;
    }
    while (openEnd && last >= first && deltas.get(last).getType() != DeltaType.EQUAL) {
      last--;
    }
    for (int d = first; d <= last; d++) {
      AbstractDelta<Character> delta = deltas.get(d);
      int s = ci + delta.getSource().getPosition();
      int t = fj + delta.getTarget().getPosition();
      int sn = delta.getSource().size();
      int tn = delta.getTarget().size();
      if (delta.getType() == DeltaType.EQUAL) {
        for (int k = 0; k < sn; k++) {
          map[s + k] = t + k;
        }
      } else {
        variants.add(variant(c, s, s + sn, f, t, t + tn));
      }
    }
  }

  private static Variant variant(Body c, int cs, int ce, Body f, int fs, int fe) {
    Variant.Kind kind = cs >= ce ? Variant.Kind.OMISSION : fs >= fe ? Variant.Kind.INSERTION : Variant.Kind.SUBSTITUTION;
    return new Variant(kind, c.rawSpan(cs, ce), f.rawSpan(fs, fe), c.text.substring(cs, ce), f.text.substring(fs, fe));
  }

  private static CopyAlignment result(StructuredDocument copy, StructuredDocument full, Body c, Body f, int[] map,
      List<Variant> variants) {
    int[] carried = new int[full.paragraphs().size()];
    int[][] votes = new int[copy.paragraphs().size()][];
    int mapped = 0;
    Map<Integer, Map<Integer, Integer>> tally = new HashMap<>();
    for (int k = 0; k < map.length; k++) {
      if (map[k] >= 0) {
        mapped++;
        carried[f.paragraph[map[k]]]++;
        tally.computeIfAbsent(c.paragraph[k], x -> new HashMap<>()).merge(f.paragraph[map[k]], 1, Integer::sum);
      }
    }
    int[] paragraphMap = new int[votes.length];
    for (int p = 0; p < votes.length; p++) {
      Map<Integer, Integer> t = tally.getOrDefault(p, Map.of());
      paragraphMap[p] = t.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }
    List<Heading> covered = new ArrayList<>();
    List<Heading> partial = new ArrayList<>();
    for (Heading h : full.headings()) {
      if (h.kind() != HeadingKind.CHAPTER && h.kind() != HeadingKind.SECTION) {
        continue;
      }
      long total = 0;
      long got = 0;
      for (Paragraph p : full.paragraphs()) {
        if (full.path(p).contains(h)) {
          total += p.text().length();
          got += carried[p.index()];
        }
      }
      if (total > 0 && got * 2 >= total) {
        covered.add(h);
      } else if (got > 0) {
        partial.add(h);
      }
    }
    variants.addAll(headingVariants(copy, full));
    double coverage = f.length() == 0 ? 0 : (double) mapped / f.length();
    return new CopyAlignment(copy, full, coverage, List.copyOf(covered), List.copyOf(partial), List.copyOf(variants),
        paragraphMap, map);
  }

  /**
   * Headings are not part of the aligned body; a copy's heading is paired with the full text's
   * heading of the same number under a parent of the same number, and a different title is a
   * variant spanning both headings.
   */
  private static List<Variant> headingVariants(StructuredDocument copy, StructuredDocument full) {
    Map<String, Heading> byNumber = new HashMap<>();
    for (Heading h : full.headings()) {
      byNumber.put(numberPath(full, h), h);
    }
    List<Variant> out = new ArrayList<>();
    for (Heading h : copy.headings()) {
      Heading twin = byNumber.get(numberPath(copy, h));
      if (twin != null && !h.number().isEmpty() && !twin.title().equals(h.title())) {
        out.add(new Variant(Variant.Kind.SUBSTITUTION, h.span(), twin.span(), h.title(), twin.title()));
      }
    }
    return out;
  }

  private static String numberPath(StructuredDocument doc, Heading h) {
    return (h.parent() < 0 ? "" : doc.headings().get(h.parent()).number() + "/") + h.number();
  }

  /** Anchors: 12-grams once in each text, as the longest chain increasing on both sides. */
  static List<int[]> chain(String copy, String full) {
    Map<String, Integer> inFull = unique(full);
    Map<String, Integer> inCopy = unique(copy);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i + ANCHOR <= copy.length(); i++) {
      String g = copy.substring(i, i + ANCHOR);
      Integer j = inFull.get(g);
      if (j != null && j >= 0 && inCopy.get(g) >= 0) {
        pairs.add(new int[] {i, j});
      }
    }
    return longestIncreasing(pairs);
  }

  private static Map<String, Integer> unique(String s) {
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i + ANCHOR <= s.length(); i++) {
      pos.merge(s.substring(i, i + ANCHOR), i, (a, b) -> -1);
    }
    return pos;
  }

  /** Longest chain of pairs increasing in the second member (pairs come sorted by the first), O(n log n). */
  static List<int[]> longestIncreasing(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int k = 0; k < n; k++) {
      int j = pairs.get(k)[1];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      len = Math.max(len, lo + 1);
    }
    List<int[]> out = new ArrayList<>();
    for (int k = len > 0 ? tails[len - 1] : -1; k >= 0; k = prev[k]) {
      out.add(0, pairs.get(k));
    }
    return out;
  }

  private static List<Character> chars(String s, int from, int to) {
    List<Character> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(s.charAt(i));
    }
    return out;
  }
}
