package org.yrdkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.Sentence;

/**
 * Splits a paragraph into tasks, one per policy measure. A sentence is cut into clauses at ，and ；(not inside
 * brackets or quotes); a clause opens a task when, after adverbs and modals (积极, 加快, 要 …), it starts with a
 * governing verb of {@code lexicon/task-verbs.txt}, also after a subject with 要/应/须 ("领导小组办公室要加强…") or a
 * prepositional phrase ("依托两淮煤炭基地建设…", "在…方面予以积极支持"). A task runs to the next such clause; clauses
 * that open no task continue it, and those before the first task of a sentence (its subject, a 在…下) belong to
 * none. The lead sentence of a paragraph is its theme, and a sentence that sets quantitative targets is a target:
 * neither gives a task.
 */
public final class TaskReader {
  private static final StartingWords VERBS = new StartingWords(Lexicon.words("task-verbs.txt"));
  private static final StartingWords ADVERBS = new StartingWords(Lexicon.words("task-adverbs.txt"));
  private static final Pattern SUBJECT = Pattern.compile("^[^，；]{1,30}?(?<![纲主重需只摘提概必])(?:要|应当|应|须|必须)");
  private static final Pattern PREPOSITION = Pattern.compile("^(?:按照|依据|根据|围绕|依托|通过|对标|对|以|在)");
  private static final Pattern LOCALIZER = Pattern.compile("(?:方面|领域|区域|地区|中|下|内|上)");
  private static final Pattern DOCUMENT_NOUN = Pattern.compile("^(?:方案|规划|纲要|计划|意见)");
  private static final Pattern TRAILING = Pattern.compile("[。！？；，\\s]*(?:（[^（）]*(?:牵头|负责|单位)[^（）]*）)?[。！？；，\\s]*$");
  // The characters TRAILING can begin with: its marks, the whitespace of \s, the opening bracket, and the line
  // terminators before which $ also matches.
  private static final String TRAILING_START = "。！？；， \t\n\u000B\f\r（\u0085\u2028\u2029";

  /**
   * A task of a paragraph.
   *
   * @param sentence index of its sentence among the paragraph's sentences
   * @param from start in the paragraph's text
   * @param to end (exclusive) in the paragraph's text, final punctuation and a bracket of assignment left out
   * @param text the paragraph's text in [from, to)
   * @param verb its governing verb ("建设" in "加快建设浙沪联络线", "加快" in "加快区域电网建设")
   */
  public record TaskClause(int sentence, int from, int to, String text, String verb) {}

  private TaskReader() {}

  /** The tasks of a paragraph, in text order. */
  public static List<TaskClause> read(Paragraph paragraph) {
    List<TaskClause> out = new ArrayList<>();
    Integer year = null;
    List<Sentence> sentences = paragraph.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      Integer own = TargetReader.yearOf(s.text());
      year = own != null ? own : year;
      if (s.lead() || !TargetReader.read(s.text(), year).isEmpty()) {
        continue;
      }
      for (TaskClause t : read(s.text())) {
        out.add(new TaskClause(k, t.from() + s.from(), t.to() + s.from(), t.text(), t.verb()));
      }
    }
    return out;
  }

  /** The tasks of one sentence, offsets in it, {@code sentence} 0. */
  public static List<TaskClause> read(String sentence) {
    List<TaskClause> out = new ArrayList<>();
    int start = -1;
    String verb = null;
    for (int[] c : clauses(sentence)) {
      String v = verbOf(sentence.substring(c[0], c[1]));
      if (v != null) {
        if (start >= 0) {
          out.add(task(sentence, start, c[0], verb));
        }
        start = c[0];
        verb = v;
      }
    }
    if (start >= 0) {
      out.add(task(sentence, start, sentence.length(), verb));
    }
    return out;
  }

  /** Where the first task of one sentence starts ({@link #read(String)}'s first), or its length if it has none. */
  public static int firstTaskFrom(String sentence) {
    for (int[] c : clauses(sentence)) {
      if (verbOf(sentence.substring(c[0], c[1])) != null) {
        return c[0];
      }
    }
    return sentence.length();
  }

  /** The governing verb that opens {@code clause}, or null if it opens no task. */
  public static String verbOf(String clause) {
    String c = clause.strip();
    String v = verbAt(c, 0);
    if (v == null && mayHaveSubject(c)) {
      Matcher m = SUBJECT.matcher(c);
      v = m.find() ? verbAt(c, m.end()) : null;
    }
    if (v == null && PREPOSITION.matcher(c).find()) {
      v = afterPhrase(c);
    }
    return v;
  }

  // Whether SUBJECT can match: its modal starts after one to 30 code points (60 chars at most) without ， or ；. Most
  // clauses hold no modal there, and the lazy subject would otherwise be tried at every length.
  private static boolean mayHaveSubject(String c) {
    for (int i = 1; i < Math.min(c.length(), 61); i++) {
      char ch = c.charAt(i);
      if (ch == '，' || ch == '；') {
        return false;
      }
      if ("要应须必".indexOf(ch) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static TaskClause task(String sentence, int from, int to, String verb) {
    int end = trailingFrom(sentence, from, to);
    return new TaskClause(0, from, end, sentence.substring(from, end), verb);
  }

  // Where the trailing punctuation and bracket of assignment of [from, to) begin, to if there are none: the first
  // position from which TRAILING matches to the end. It can only begin at a mark or a bracket, so only those are tried.
  private static int trailingFrom(String sentence, int from, int to) {
    Matcher m = TRAILING.matcher(sentence);
    for (int p = from; p < to; p++) {
      if (TRAILING_START.indexOf(sentence.charAt(p)) >= 0 && m.region(p, to).lookingAt()) {
        return p;
      }
    }
    return to;
  }

  // Adverbs first, then a verb; an adverb that is also a verb (加快, 加强) is the verb when no verb follows it.
  private static String verbAt(String c, int i) {
    String lastAdverb = null;
    for (String a = ADVERBS.at(c, i); a != null; a = ADVERBS.at(c, i)) {
      if (ADVERBS.at(c, i + a.length()) == null && VERBS.at(c, i + a.length()) == null) {
        break;
      }
      lastAdverb = a;
      i += a.length();
    }
    String v = VERBS.at(c, i);
    return v != null ? v : lastAdverb != null && VERBS.contains(lastAdverb) ? lastAdverb : null;
  }

  // A prepositional phrase first ("依托两淮煤炭基地", "在…方面"): the verb is the first after it that does not
  // head a document's name (按照本实施方案: 实施 is part of the name) nor start inside another word (公共建筑: not 共建).
  private static String afterPhrase(String c) {
    if (c.startsWith("在")) {
      Matcher m = LOCALIZER.matcher(c);
      while (m.find()) {
        String v = verbAt(c, m.end());
        if (v != null) {
          return v;
        }
      }
      return null;
    }
    for (int i = 2; i < c.length(); i++) {
      String v = VERBS.at(c, i);
      if (v != null && !DOCUMENT_NOUN.matcher(c.substring(i + v.length())).find() && c.charAt(i - 1) != '的'
          && !CoreDictionary.contains(c.substring(i - 1, i + 1))) {
        return v;
      }
    }
    return null;
  }

  /** Clauses of a sentence as [from, to) pairs, each to including its separator. */
  static List<int[]> clauses(String s) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int nesting = nesting(ch);
      if (nesting != 0) {
        depth = Math.max(0, depth + nesting);
      } else if (depth == 0 && (ch == '，' || ch == '；')) {
        out.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    if (from < s.length()) {
      out.add(new int[] {from, s.length()});
    }
    return out;
  }

  // 1 for a bracket or quotation mark that opens, -1 for one that closes, else 0 (a switch: this is asked of every
  // character of every sentence, and a search of a string of marks cost a few percent of extraction).
  private static int nesting(char ch) {
    return switch (ch) {
      case '（', '(', '“', '《', '〈', '[', '【' -> 1;
      case '）', ')', '”', '》', '〉', ']', '】' -> -1;
      default -> 0;
    };
  }

  /** The end of the first clause of {@code s}, as {@link #clauses} reads them, that ends after {@code i}. */
  static int clauseEndAfter(String s, int i) {
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      int nesting = nesting(ch);
      if (nesting != 0) {
        depth = Math.max(0, depth + nesting);
      } else if (depth == 0 && (ch == '，' || ch == '；') && k + 1 > i) {
        return k + 1;
      }
    }
    return s.length();
  }

}
