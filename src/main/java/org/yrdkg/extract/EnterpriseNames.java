package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Enterprises named by the genre's endings ({@code lexicon/enterprise-suffixes.txt}: X集团, X股份有限公司, X公司 …)
 * where an actor stands: right after a cue of assignment (由, 会同, 支持, 鼓励, 配合, 责任单位：; not 联合, which
 * also opens names such as 联合职业教育集团), in a list that
 * follows one, or opening a clause before 牵头/负责/要/承担 (also inside a bracket of assignment). The name X runs back
 * from the ending to the cue or the clause's start, at most 12 characters, and must be a name: no verb phrase
 * (组建…集团), no 的/等, not a kind of enterprise ({@code lexicon/enterprise-generic.txt}: 企业集团, 平台公司), and the
 * ending must end the word (跨国公司总部 is not a company). Kept as named.
 */
final class EnterpriseNames {
  private static final List<String> SUFFIXES = Lexicon.words("enterprise-suffixes.txt");
  private static final List<String> GENERIC = Lexicon.words("enterprise-generic.txt");
  private static final LeadingScan ENDING = new LeadingScan(Pattern.compile("(?:" + SUFFIXES.stream()
      .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|")) + ")"), SUFFIXES);
  private static final Pattern CUE = Pattern.compile("(?:由|会同|支持|鼓励|引导|配合|委托|单位[：:])");
  private static final Pattern AFTER = Pattern.compile("^(?:牵头|负责|承担|要|作为|配合|参与|与|、|，|；|。|）|和|及|共同|联合|在|对|为|向)");
  private static final Pattern LIST_SUBJECT = Pattern.compile("^(?:、[^、，；]{2,18}?)+(?:牵头|负责|承担|要|作为)");
  private static final Pattern SUBJECT_AFTER = Pattern.compile("^(?:牵头|负责|承担|要|作为|应|将|须|配合|参与)");
  private static final String BOUNDARY = "，；。：:（）()、“”《》 \n";
  private static final int LONGEST = 12;

  private EnterpriseNames() {}

  /** The enterprises in an actor's position in {@code text}. */
  static List<ActorMention> find(String text) {
    List<ActorMention> out = new ArrayList<>();
    LeadingScan.Hits m = ENDING.in(text);
    while (m.find()) {
      int end = m.end();
      String next = text.substring(end, Math.min(text.length(), end + 10));
      if (end < text.length() && !AFTER.matcher(next).find() && TaskReader.verbOf(next) == null) {
        continue; // 跨国公司总部: the ending does not end the word
      }
      int start = m.start();
      while (start > 0 && m.start() - start < LONGEST + 4 && BOUNDARY.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      String run = text.substring(start, m.start());
      Matcher cue = CUE.matcher(run);
      int cueEnd = -1;
      while (cue.find()) {
        cueEnd = cue.end();
      }
      int from = cueEnd >= 0 ? start + cueEnd : start;
      String name = text.substring(from, m.start());
      boolean position = cueEnd >= 0 || listAfterCue(text, start)
          || (opensClause(text, start) || inList(text, start)) && subjectAfter(text, end);
      if (position && isName(name)) {
        String surface = text.substring(from, end);
        out.add(new ActorMention(surface, "EnterpriseOrInstitution", null, null, from, end, surface));
      }
    }
    return out;
  }

  private static boolean isName(String x) {
    return x.length() >= 2 && x.length() <= LONGEST && !x.contains("的") && !x.contains("等")
        && GENERIC.stream().noneMatch(g -> x.equals(g) || x.startsWith(g) && g.length() >= 2)
        && TaskReader.verbOf(x) == null;
  }

  // "（责任单位：市交通委、上港集团）", "支持甲集团、乙公司…": an item of a list whose first item follows a cue
  private static boolean listAfterCue(String text, int start) {
    if (start == 0 || text.charAt(start - 1) != '、') {
      return false;
    }
    int k = start - 1;
    while (k > 0 && "，；。（(".indexOf(text.charAt(k - 1)) < 0) {
      k--;
    }
    return CUE.matcher(text.substring(k, start)).find();
  }

  // the actor, or the list it opens, is followed by a cue of a subject: "甲公司牵头", "甲公司、乙公司负责"
  private static boolean subjectAfter(String text, int end) {
    int k = end;
    while (k < text.length() && "，；。）)".indexOf(text.charAt(k)) < 0) {
      k++;
    }
    String rest = text.substring(end, k);
    return SUBJECT_AFTER.matcher(rest).find() || LIST_SUBJECT.matcher(rest).find();
  }

  private static boolean inList(String text, int start) {
    return start > 0 && text.charAt(start - 1) == '、';
  }

  private static boolean opensClause(String text, int start) {
    return start == 0 || "，；。（(：".indexOf(text.charAt(start - 1)) >= 0;
  }
}
