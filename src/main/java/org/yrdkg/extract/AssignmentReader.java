package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yrdkg.extract.TaskReader.TaskClause;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.StructuredDocument;

/**
 * Reads who is to do what: the roles the actors of a sentence are given. Lead: "X牵头/负责/承担", "由X…", the
 * subject of the sentence ("领导小组办公室要…", "上海市、江苏省…作为…责任主体，要…"), "配合X…" (X leads, the subject
 * helps); cooperating: "会同/联合/协同X", "X配合/参与"; supported: "支持/鼓励/引导X…" (X is the one who acts); and the
 * bracket at the end of an item ("（合肥市，省发展改革委牵头）", "（责任单位：A、B）": A leads, B cooperates;
 * "（牵头单位：A；配合单位：B）"). Each assignment carries the stretch of text it governs: the whole sentence for a
 * subject, a bracket or a cue before the first task, else the clause of its cue. Where a task names no lead,
 * {@link #complete} adds the document's default actors ({@link #defaults}) as inferred leads.
 */
public final class AssignmentReader {
  private static final Pattern CUE_BEFORE = Pattern.compile(
      "(?<coop>会同|联合|协同|携手)$|(?<lead>由|配合)$|(?<sup>支持|鼓励|引导)(?:(?!会同|联合|协同|携手|由|配合)[\\p{IsHan}A-Za-z0-9]){0,8}$"
          + "|(?<resp>责任单位[：:])$|(?<leadu>牵头单位[：:])$|(?<coopu>(?:配合|参与|协办)单位[：:])$");
  private static final Pattern CUE_AFTER = Pattern.compile(
      "^(?:(?<lead>牵头|负责|承担|主办|作为|要|应|将|须|必须|共同|分别)|(?<coop>配合|参与|协办|协助))");
  private static final Pattern FOUNDED = Pattern.compile("(?:成立|设立|组建)$");
  private static final Pattern BRACKET = Pattern.compile("（([^（）]*)）[。；]?$");
  private static final Pattern DUTY = Pattern.compile("^([^，；]{2,40})作为[^，；]*责任主体");
  private static final String JOINERS = "、和及与";
  // the document speaking of itself: "编制本规划纲要", "制订本实施方案", "特制定本方案"
  private static final Pattern ABOUT_DOCUMENT = Pattern.compile(
      "(?:编制|制定|制订|印发|出台|修订|起草)(?:了)?本(?:规划纲要|规划|纲要|实施方案|方案|计划|意见|办法|细则)$");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern PREAMBLE = Pattern.compile("^(?:前言|序言|引言|导言)$");

  /**
   * A role of an actor in the tasks of a stretch of text.
   *
   * @param actor the actor
   * @param role local name of the role in the ontology: LeadRole, CooperatingRole, SupportedRole
   * @param inferred derived from the document (its default actors) rather than stated in the sentence
   * @param cue the word that gave the role ("牵头", "会同", "支持", "subject", "bracket", "default")
   * @param from start of the text it governs (paragraph offsets when read from a paragraph)
   * @param to end (exclusive) of the text it governs
   */
  public record Assignment(ActorMention actor, String role, boolean inferred, String cue, int from, int to) {}

  private AssignmentReader() {}

  /**
   * The explicit assignments of a paragraph, offsets in its text. A sentence that is only a bracket of assignment
   * ("（责任单位：…）" after the full stop) governs the sentences since the previous such bracket.
   */
  public static List<Assignment> read(Paragraph paragraph, ActorReader actors) {
    List<Assignment> out = new ArrayList<>();
    int since = 0;
    for (Sentence s : paragraph.sentences()) {
      boolean bracketOnly = s.text().startsWith("（") && BRACKET.matcher(s.text()).matches();
      // read in the sentence's place, so that a bare 领导小组 is the one defined before it
      List<ActorMention> mentions = actors.read(s).stream().map(m -> m.shift(-s.from())).toList();
      for (Assignment a : read(s.text(), mentions)) {
        int from = bracketOnly ? since : a.from() + s.from();
        out.add(new Assignment(a.actor().shift(s.from()), a.role(), false, a.cue(), from, a.to() + s.from()));
      }
      since = bracketOnly || s.text().indexOf('（') >= 0 && BRACKET.matcher(s.text()).find() ? s.to() : since;
    }
    return out;
  }

  /** The explicit assignments of one sentence given its actors (offsets in the sentence). */
  public static List<Assignment> read(String sentence, List<ActorMention> actors) {
    List<Assignment> out = new ArrayList<>();
    int firstTask = TaskReader.firstTaskFrom(sentence);
    Matcher bracket = BRACKET.matcher(sentence);
    // the pattern opens with a bracket: without one, it would be tried at every character for nothing
    int bracketFrom = sentence.indexOf('（') >= 0 && bracket.find() ? bracket.start() : sentence.length();
    List<List<ActorMention>> lists = lists(sentence, actors);
    for (List<ActorMention> list : lists) {
      int from = list.get(0).from();
      int to = list.get(list.size() - 1).to();
      String role = null;
      String cue = null;
      boolean wide = from < firstTask || from >= bracketFrom;
      boolean firstLeads = false;
      Matcher b = CUE_BEFORE.matcher(sentence.substring(Math.max(0, from - 14), from));
      Matcher a = CUE_AFTER.matcher(sentence).region(to, sentence.length());
      boolean before = b.find();
      boolean after = a.lookingAt();
      if (list.get(0).type().equals("CoordinationBody")
          && FOUNDED.matcher(sentence.substring(Math.max(0, from - 2), from)).find()) {
        // "成立X领导小组，统筹…，研究…": the body set up does what the rest of the sentence says
        int rest = clauseEnd(sentence, from);
        list.forEach(m -> out.add(new Assignment(m, "LeadRole", false, "成立", rest, sentence.length())));
        continue;
      }
      if (from >= bracketFrom) {
        cue = "bracket";
        role = before && b.group("coopu") != null || after && a.group("coop") != null ? "CooperatingRole" : "LeadRole";
        firstLeads = before && b.group("resp") != null;
      } else if (before) {
        role = b.group("coop") != null || b.group("coopu") != null ? "CooperatingRole"
            : b.group("sup") != null ? "SupportedRole" : "LeadRole";
        cue = b.group("sup") != null ? b.group("sup") : b.group();
        wide = wide || "由".equals(b.group("lead")) || b.group("resp") != null || b.group("leadu") != null;
        firstLeads = b.group("resp") != null;
      } else if (after) {
        role = a.group("coop") != null ? "CooperatingRole" : "LeadRole";
        cue = a.group();
        wide = true;
      } else if (from == 0 && !sentence.startsWith("的", to)) {
        role = "LeadRole";
        cue = "subject";
        wide = true;
      }
      if (role == null) {
        continue;
      }
      int start = wide ? 0 : clauseStart(sentence, from);
      int end = wide ? sentence.length() : clauseEnd(sentence, from);
      for (ActorMention m : list) {
        boolean rest = firstLeads && m.from() != list.get(0).from();
        out.add(new Assignment(m, rest ? "CooperatingRole" : role, false, cue, start, end));
      }
    }
    return out;
  }

  /**
   * The document's default actors, leads of every task that names none: the governments an outline makes
   * "责任主体" ("上海市、江苏省、浙江省、安徽省作为…责任主体"), else the government that issued the document.
   */
  public static List<ActorMention> defaults(StructuredDocument doc, ActorReader actors) {
    for (Sentence s : doc.sentences()) {
      // DUTY names the 责任主体: a sentence without it is not tried at every character
      Matcher m = s.text().contains("责任主体") ? DUTY.matcher(s.text()) : null;
      if (m != null && m.find()) {
        List<ActorMention> governments = actors.read(s.text()).stream()
            .filter(a -> a.to() <= m.end(1) && a.type().equals("Government")).toList();
        if (!governments.isEmpty()) {
          return governments;
        }
      }
    }
    ActorMention government = actors.government();
    return government == null ? List.of() : List.of(government);
  }

  /**
   * Whether a task can take the document's default actors: not in the document's preamble (the text before its
   * first heading in a document that has headings, or a 前言/序言), whose sentences say why the document was written rather than ask anything of
   * anyone, and not a sentence about the document itself ("编制本规划纲要").
   */
  public static boolean takesDefaults(StructuredDocument doc, Paragraph paragraph, TaskClause task) {
    List<org.yrdkg.text.Heading> path = doc.path(paragraph);
    boolean preamble = path.isEmpty() ? !doc.headings().isEmpty()
        : PREAMBLE.matcher(SPACE.matcher(path.get(0).title()).replaceAll("")).matches();
    // the pattern names the document as 本…: without that character it is not tried at every character
    return !preamble && !(task.text().indexOf('本') >= 0 && ABOUT_DOCUMENT.matcher(task.text()).find());
  }

  /**
   * The assignments of a task: the explicit ones whose text overlaps it, and the defaults as inferred leads when
   * none of those leads (as inferred cooperating actors when the lead came from "配合X", which makes the subject a
   * helper).
   */
  public static List<Assignment> complete(TaskClause task, List<Assignment> explicit, List<ActorMention> defaults) {
    List<Assignment> out = new ArrayList<>(explicit.stream()
        .filter(a -> a.from() < task.to() && task.from() < a.to()).toList());
    boolean lead = out.stream().anyMatch(a -> a.role().equals("LeadRole") && !a.cue().equals("配合"));
    boolean helper = out.stream().anyMatch(a -> a.cue().equals("配合"));
    if (!lead) {
      for (ActorMention d : defaults) {
        out.add(new Assignment(d, helper ? "CooperatingRole" : "LeadRole", true, "default", task.from(), task.to()));
      }
    }
    return out;
  }

  // Actors joined by 、和及与 (or sharing one span, as the members of 三省一市) form one list.
  private static List<List<ActorMention>> lists(String s, List<ActorMention> actors) {
    List<List<ActorMention>> out = new ArrayList<>();
    List<ActorMention> current = null;
    for (ActorMention m : actors) {
      ActorMention last = current == null ? null : current.get(current.size() - 1);
      boolean joined = last != null && (m.from() == last.from()
          || m.from() == last.to() + 1 && JOINERS.indexOf(s.charAt(last.to())) >= 0);
      if (!joined) {
        current = new ArrayList<>();
        out.add(current);
      }
      current.add(m);
    }
    return out;
  }

  private static int clauseStart(String s, int i) {
    int k = i;
    while (k > 0 && s.charAt(k - 1) != '，' && s.charAt(k - 1) != '；') {
      k--;
    }
    return k;
  }

  private static int clauseEnd(String s, int i) {
    return TaskReader.clauseEndAfter(s, i);
  }
}
