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
  private static final Pattern YEAR =
      Pattern.compile("^(?:(?<to>到|至|力争到|力争至|截至|预计到)\\s*)?(?<year>(?:19|20)\\d{2})\\s*年(?:底|末|前)?[，,]?");
  private static final String NUMBER = "(?<N>\\d+(?:\\.\\d+)?(?:\\s*[:∶]\\s*\\d+(?:\\.\\d+)?)?)";
  private static final String UNIT = "(?<U>%|‰|[\\p{IsHan}A-Za-z/²³]{0,12}?)";
  private static final List<String> VERBS = List.of("达到", "控制在", "缩小到", "缩小至", "下降到", "下降至", "下降",
      "降低到", "降低至", "降低", "提高到", "提高至", "提高", "提升到", "提升至", "增长到", "增长至", "增长", "超过", "不低于",
      "不超过", "不少于", "保持在", "稳定在", "突破", "增加到", "增加至", "达");
  // The lookahead before the verbs lets the lazy indicator grow past a character that starts no verb at once.
  private static final Pattern CLAUSE = Pattern.compile(
      "(?<ind>[^，；。]{0,40}?)" + Lexicon.firstCharOf(VERBS) + "(?<verb>" + String.join("|", VERBS) + ")"
          + NUMBER.replace("N", "num") + UNIT.replace("U", "unit") + "(?<cmp>以上|以内|以下|左右)?(?=[，；。、]|$)"
          // no verb, but an approximate or bounded figure: "人口规模1500万人左右"
          + "|(?<ind2>[^，；。]{0,40}?\\p{IsHan})" + NUMBER.replace("N", "num2") + UNIT.replace("U", "unit2")
          + "(?<cmp2>以上|以内|以下|左右)(?=[，；。、]|$)");
  private static final int MAX_INDICATOR = 40;
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern LEADING_ADVERBS = Pattern.compile("^(其中|同时|并|且|使|力争|确保|实现|全面|基本|总体|累计|年均)+");
  private static final Pattern TRAILING_ADVERBS = Pattern.compile("(总体|基本|稳定|进一步|持续|分别|均|要|将|力争)+$");
  private static final List<String> NORMATIVE = List.of("控制在", "不超过", "不低于", "不少于");

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
      // every target states a figure; without one the clause pattern would only backtrack through the sentence
      return out;
    }
    Matcher m = CLAUSE.matcher(sentence);
    while (next(m, sentence, start)) {
      start = m.end() > m.start() ? m.end() : m.end() + 1;
      boolean verbless = m.group("verb") == null;
      String ind = verbless ? m.group("ind2") : m.group("ind");
      String indicator = trimIndicator(ind);
      if (indicator.isEmpty() || indicator.length() > MAX_INDICATOR) {
        continue;
      }
      String number = SPACE.matcher(m.group(verbless ? "num2" : "num")).replaceAll("").replace('∶', ':');
      BigDecimal value = number.contains(":") ? null : new BigDecimal(number);
      String verb = verbless ? "" : m.group("verb");
      if (year == null && !NORMATIVE.contains(verb)) {
        continue;
      }
      String unit = m.group(verbless ? "unit2" : "unit");
      String cmp = m.group(verbless ? "cmp2" : "cmp");
      String shown = indicator + (verb.startsWith("下降") || verb.startsWith("降低") || verb.startsWith("增长")
          || verb.startsWith("提高") || verb.startsWith("提升") ? verb.substring(0, 2) : "");
      int from = m.start(verbless ? "ind2" : "ind") + (ind.length() - ind.stripLeading().length());
      out.add(new Target(shown, value, number, unit, comparator(verb, cmp), year, baseline, from, m.end()));
    }
    return out;
  }

  /** The year a target sentence sets for the sentences after it in its paragraph, or null. */
  public static Integer yearOf(String sentence) {
    Matcher y = YEAR.matcher(sentence);
    return y.find() && y.group("to") != null ? Integer.valueOf(y.group("year")) : null;
  }

  /**
   * {@link Matcher#find()} from {@code from}, trying only the positions where a clause can start: its first figure
   * lies within {@link #REACH} characters, with no ，；。 before it. Elsewhere the lazy indicator would backtrack through
   * up to 40 characters and every verb at each of them, for nothing. The pattern has no lookbehind and no anchor but
   * the sentence's end, so a match at a position is the same with the region starting there.
   */
  private static boolean next(Matcher m, String sentence, int from) {
    int digit = -1;
    int stop = -1;
    for (int p = from; p < sentence.length(); p++) {
      if (digit <= p) {
        digit = nextDigit(sentence, p + 1);
        if (digit < 0) {
          return false;
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
      m.region(p, sentence.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  // How far a clause's first figure lies from its start at most, in chars: an indicator of 40 code points (two chars
  // each at most), a verb of three.
  private static final int REACH = 83;

  // The first ASCII digit after position from, or -1.
  private static int nextDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  // The last ，；。 in [from, to), or -1.
  private static int lastStop(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if ("，；。".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String trimIndicator(String s) {
    String t = s.strip();
    // a leading connective or adverb is not part of what is measured
    t = LEADING_ADVERBS.matcher(t).replaceFirst("");
    t = TRAILING_ADVERBS.matcher(t).replaceFirst("");
    return t.strip();
  }

  private static String comparator(String verb, String suffix) {
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
