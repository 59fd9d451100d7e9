package org.yrdkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantitative targets and baseline figures from one sentence of the genre: "到2025年，铁路网
 * 密度达到507公里/万平方公里，5G网络覆盖率达到80%。" gives two targets. The year comes from the
 * sentence's time phrase (到/至/力争到 2025年: a target; a bare "2018年": a baseline figure); each
 * comma clause with a measure verb and a number is one target: indicator, value (a ratio such as
 * 2.2∶1 is kept as text), unit, comparator (from 以上/以内/以下/左右 after the number, else from the
 * verb).
 */
public final class TargetReader {
  static final Pattern YEAR =
      Pattern.compile("^(?:(?<to>到|至|力争到|力争至|截至|预计到)\\s*)?(?<year>(?:19|20)\\d{2})\\s*年(?:底|末|前)?[，,]?");
  private static final String NUMBER = "(?<num>\\d+(?:\\.\\d+)?(?:\\s*[:∶]\\s*\\d+(?:\\.\\d+)?)?)";
  private static final String UNIT = "(?<unit>%|‰|[\\p{IsHan}A-Za-z/²³]{0,12}?)";
  private static final String BREAK = "(?=[，；。、]|$)";
  private static final List<String> VERBS = List.of("达到", "控制在", "缩小到", "缩小至", "下降到", "下降至", "下降",
      "降低到", "降低至", "降低", "提高到", "提高至", "提高", "提升到", "提升至", "增长到", "增长至", "增长", "超过", "不低于",
      "不超过", "不少于", "保持在", "稳定在", "突破", "增加到", "增加至", "达");
  // What follows an indicator: a measure verb, a number, a unit, a comparator maybe, then a clause break. The lookahead
  // before the verbs rejects at once a position whose character starts no verb.
  private static final Pattern VERB_FIGURE = Pattern.compile(Lexicon.firstCharOf(VERBS) + "(?<verb>"
      + String.join("|", VERBS) + ")" + NUMBER + UNIT + "(?<cmp>以上|以内|以下|左右)?" + BREAK);
  // No verb, but an approximate or bounded figure, after an indicator that ends in a Han character: "人口规模1500万人左右"
  private static final Pattern BOUNDED_FIGURE = Pattern.compile(NUMBER + UNIT + "(?<cmp>以上|以内|以下|左右)" + BREAK);
  // An indicator has at most 40 code points before its figure (a bounded figure's one Han character more).
  static final int MAX_INDICATOR = 40;
  static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern LEADING_ADVERBS = Pattern.compile("^(其中|同时|并|且|使|力争|确保|实现|全面|基本|总体|累计|年均)+");
  private static final Pattern TRAILING_ADVERBS = Pattern.compile("(总体|基本|稳定|进一步|持续|分别|均|要|将|力争)+$");
  static final List<String> NORMATIVE = List.of("控制在", "不超过", "不低于", "不少于");

  /**
   * A target read from a sentence.
   *
   * @param indicator what is measured ("铁路网密度"), the clause before the measure verb
   * @param value the number, or null for a ratio
   * @param valueText the number as written ("507", "2.2:1")
   * @param unit "%", "公里/万平方公里", "" when none
   * @param comparator local name of the comparator in the ontology: AtLeast, AtMost, Approximately, Reach, Exceed
   * @param year the year of the time phrase, or null for a cap or floor the sentence sets without one
   * @param baseline a figure for the present or past rather than a target
   * @param from start of the clause in the sentence
   * @param to end of the clause in the sentence
   */
  public record Target(String indicator, BigDecimal value, String valueText, String unit, String comparator, Integer year,
      boolean baseline, int from, int to) {}

  private TargetReader() {}

  /**
   * Targets of {@code sentence} with a year: {@code inheritedYear} applies when the sentence has no time phrase of its
   * own (or null); none without a year.
   */
  public static List<Target> read(String sentence, Integer inheritedYear) {
    return read(sentence, inheritedYear, false);
  }

  /**
   * Every target of {@code sentence}: those of {@link #read(String, Integer)} and, in a sentence without a year, the
   * caps and floors a normative verb sets ("铁水产能规模控制在1502万吨以内", 不超过, 不低于), which are targets
   * whatever their year (null); a figure without a year and without such a verb may describe the present and is left.
   */
  public static List<Target> readAll(String sentence, Integer inheritedYear) {
    return read(sentence, inheritedYear, true);
  }

  private static List<Target> read(String sentence, Integer inheritedYear, boolean undated) {
    Matcher y = YEAR.matcher(sentence);
    Integer year = inheritedYear;
    boolean baseline = false;
    int start = 0;
    if (y.find()) {
      year = Integer.valueOf(y.group("year"));
      baseline = y.group("to") == null;
      start = y.end();
    }
    List<Target> out = new ArrayList<>();
    if (year == null && !undated || !hasDigit(sentence, start)) {
      // every target states a figure: without one no clause is to be looked for
      return out;
    }
    Clauses clauses = new Clauses(sentence);
    for (Clause c; (c = clauses.next(start)) != null; ) {
      start = c.figure().end(); // a clause holds a figure, never empty: the next starts after it
      String indicator = trimIndicator(c.indicator());
      if (indicator.isEmpty() || indicator.length() > MAX_INDICATOR) {
        continue;
      }
      String number = SPACE.matcher(c.figure().number()).replaceAll("").replace('∶', ':');
      BigDecimal value = number.contains(":") ? null : new BigDecimal(number);
      String verb = c.figure().verb();
      if (year == null && !NORMATIVE.contains(verb)) {
        continue;
      }
      String shown = indicator + (verb.startsWith("下降") || verb.startsWith("降低") || verb.startsWith("增长")
          || verb.startsWith("提高") || verb.startsWith("提升") ? verb.substring(0, 2) : "");
      int from = c.start() + (c.indicator().length() - c.indicator().stripLeading().length());
      out.add(new Target(shown, value, number, c.figure().unit(), comparator(verb, c.figure().comparator()), year,
          baseline, from, c.figure().end()));
    }
    return out;
  }

  /** The year a target sentence sets for the sentences after it in its paragraph, or null. */
  public static Integer yearOf(String sentence) {
    Matcher y = YEAR.matcher(sentence);
    return y.find() && y.group("to") != null ? Integer.valueOf(y.group("year")) : null;
  }

  /** What follows an indicator: a measure verb ("" for a bounded figure), a number, a unit, a comparator or null. */
  private record Figure(String verb, String number, String unit, String comparator, int end) {}

  /** A target's clause: where it starts, its indicator as written up to the figure, and the figure. */
  private record Clause(int start, String indicator, Figure figure) {}

  /**
   * The clauses of one sentence. A clause is what the pattern
   * {@code (?<ind>[^，；。]{0,40}?)VERB_FIGURE|(?<ind2>[^，；。]{0,40}?\p{IsHan})BOUNDED_FIGURE} matches from its start
   * with {@link Matcher#lookingAt()}. That pattern, tried at every start, would read the figure after each length of
   * its lazy indicator: in a text dense in figures without a clause break, each figure again from each of the 40 starts
   * before it. Whether a figure begins at a position does not depend on where the indicator began, so here each
   * position's figures are read at most once, and a start only looks them up along its indicator.
   */
  private static final class Clauses {
    private static final Figure NONE = new Figure("", "", "", null, -1);
    private final String sentence;
    private final Matcher verbFigure;
    private final Matcher boundedFigure;
    // by position: null until read, NONE where no such figure begins
    private final Figure[] verbFigures;
    private final Figure[] boundedFigures;

    Clauses(String sentence) {
      this.sentence = sentence;
      verbFigure = VERB_FIGURE.matcher(sentence);
      boundedFigure = BOUNDED_FIGURE.matcher(sentence);
      verbFigures = new Figure[sentence.length() + 1];
      boundedFigures = new Figure[sentence.length() + 1];
    }

    /**
     * The first clause from {@code from}, or null, trying only the positions where a clause can start: its first
     * figure lies within REACH characters, with no ，；。 before it. Elsewhere a start would walk through up to
     * 40 code points for nothing.
     */
    Clause next(int from) {
      int digit = -1;
      int stop = -1;
      for (int p = from; p < sentence.length(); p++) {
        if (digit <= p) {
          digit = nextDigit(sentence, p + 1);
          if (digit < 0) {
            return null;
          }
          stop = lastStop(sentence, p, digit);
        }
        if (stop >= p) {
          p = stop; // the clause starts after it at the earliest
          continue;
        }
        if (digit - p > REACH) {
          p = digit - REACH - 1;
          continue;
        }
        Clause c = at(p);
        if (c != null) {
          return c;
        }
      }
      return null;
    }

    /**
     * The clause at {@code p}, or null: the shortest indicator followed by a figure with a verb; only when no length
     * has one, the shortest followed by a Han character and a bounded figure (the pattern's first alternative is tried
     * at every length before the second). Lengths count code points, as the pattern does, from {@code p} even inside a
     * surrogate pair.
     */
    private Clause at(int p) {
      for (int q = p, length = 0; ; q = after(q), length++) {
        Figure f = verbFigure(q);
        if (f != NONE) {
          return new Clause(p, sentence.substring(p, q), f);
        }
        if (length == MAX_INDICATOR || !indicatorGoesOn(q)) {
          break;
        }
      }
      for (int q = p, length = 0; ; q = after(q), length++) {
        if (q < sentence.length() && Character.UnicodeScript.of(sentence.codePointAt(q)) == Character.UnicodeScript.HAN) {
          int han = after(q);
          Figure f = boundedFigure(han);
          if (f != NONE) {
            return new Clause(p, sentence.substring(p, han), f);
          }
        }
        if (length == MAX_INDICATOR || !indicatorGoesOn(q)) {
          return null;
        }
      }
    }

    // Whether the indicator can take the code point at q: one there, and no ，；。
    private boolean indicatorGoesOn(int q) {
      return q < sentence.length() && "，；。".indexOf(sentence.charAt(q)) < 0;
    }

    private int after(int q) {
      return q + Character.charCount(sentence.codePointAt(q));
    }

    private Figure verbFigure(int q) {
      if (verbFigures[q] == null) {
        verbFigures[q] = figure(verbFigure, q, true);
      }
      return verbFigures[q];
    }

    private Figure boundedFigure(int q) {
      if (boundedFigures[q] == null) {
        boundedFigures[q] = figure(boundedFigure, q, false);
      }
      return boundedFigures[q];
    }

    // The figure patterns have no lookbehind and no anchor but the sentence's end, so the figure read from a region
    // starting at q is the one the clause pattern read at q whatever its start.
    private Figure figure(Matcher m, int q, boolean withVerb) {
      m.region(q, sentence.length());
      if (!m.lookingAt()) {
        return NONE;
      }
      return new Figure(withVerb ? m.group("verb") : "", m.group("num"), m.group("unit"), m.group("cmp"), m.end());
    }
  }

  // How far a clause's first figure lies from its start at most, in chars: an indicator of 40 code points (two chars
  // each at most), a verb of three.
  static final int REACH = 83;

  // The first ASCII digit after position from, or -1.
  static int nextDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  // The last ，；。 in [from, to), or -1.
  static int lastStop(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if ("，；。".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  static boolean hasDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  static String trimIndicator(String s) {
    String t = s.strip();
    // a leading connective or adverb is not part of what is measured
    t = LEADING_ADVERBS.matcher(t).replaceFirst("");
    t = TRAILING_ADVERBS.matcher(t).replaceFirst("");
    return t.strip();
  }

  static String comparator(String verb, String suffix) {
    if (suffix != null) {
      return switch (suffix) {
        case "以上" -> "AtLeast";
        case "以内", "以下" -> "AtMost";
        default -> "Approximately";
      };
    }
    return switch (verb) {
      case "超过", "突破" -> "Exceed";
      case "控制在", "不超过" -> "AtMost";
      case "不低于", "不少于" -> "AtLeast";
      default -> "Reach";
    };
  }
}
