package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Place names that stand for their governments: "支持安徽打造…", "会同三省一市和有关部门", "上海市、江苏省、浙江省、
 * 安徽省作为…责任主体，要…", "（合肥市，省发展改革委牵头）". A place is read as an actor only in such a position:
 * right after a cue of assignment, or opening a clause and followed by 要/作为/牵头 …; elsewhere it is a place.
 */
final class PlaceActors {
  private static final Pattern CUE_BEFORE =
      Pattern.compile("(?:会同|配合|联合|协同|支持|鼓励|引导|由|指导|督促|帮助|单位：|单位:)$");
  private static final Pattern CUE_BEFORE_MODIFIED =
      Pattern.compile("(?:会同|配合|联合|协同|支持|鼓励|引导|由|推动|组织|单位：|单位:)[\\p{IsHan}A-Za-z0-9]{0,8}$");
  private static final Pattern SUBJECT_AFTER =
      Pattern.compile("^(?:作为|要|应|将|须|必须|负责|牵头|配合|共同|联合|分别|率先|[，；）、])");
  private static final String OPENERS = "，；（：。";
  private static final String JOINERS = "、和与及";

  /** Makes the government of a division, as one mention. */
  interface GovernmentOf {
    ActorMention of(Division division, int from, int to, String surface);
  }

  private PlaceActors() {}

  /** The governments a place hit stands for: its division's, or each member's of an area (三省一市). */
  static List<ActorMention> governmentsOf(GazetteerHit hit, GovernmentOf government) {
    List<ActorMention> out = new ArrayList<>();
    for (GazetteerEntry e : hit.candidates()) {
      if (e instanceof Division d && d.level() != Division.Level.TOWN) {
        return List.of(government.of(d, hit.start(), hit.end(), hit.surface()));
      }
      if (e instanceof Area a && !a.memberCodes().isEmpty()) {
        Gazetteer g = Gazetteer.load();
        for (String code : a.memberCodes()) {
          g.division(code).filter(d -> d.level() == Division.Level.PROVINCE)
              .ifPresent(d -> out.add(government.of(d, hit.start(), hit.end(), hit.surface())));
        }
        // an area with members below province level (长三角中心区) is a place, not a list of governments
        return out.size() == a.memberCodes().size() ? out : List.of();
      }
    }
    return out;
  }

  /** Lists of places in an actor's position, each place as the governments it stands for. */
  static List<List<ActorMention>> find(String text, List<GazetteerHit> places, GovernmentOf government) {
    List<List<ActorMention>> out = new ArrayList<>();
    for (int i = 0; i < places.size(); ) {
      int j = i;
      while (j + 1 < places.size() && places.get(j + 1).start() == places.get(j).end() + 1
          && JOINERS.indexOf(text.charAt(places.get(j).end())) >= 0) {
        j++;
      }
      if (inPlaceActorPosition(text, places.get(i).start(), places.get(j).end())) {
        for (int k = i; k <= j; k++) {
          out.add(governmentsOf(places.get(k), government));
        }
      }
      i = j + 1;
    }
    return out;
  }

  /** Whether text[from, to) stands where an actor stands, a modifier between cue and name allowed (新能源龙头企业). */
  static boolean inActorPosition(String text, int from, int to) {
    return CUE_BEFORE_MODIFIED.matcher(text.substring(Math.max(0, from - 12), from)).find()
        || opensClause(text, from) && SUBJECT_AFTER.matcher(text.substring(to, Math.min(text.length(), to + 4))).find();
  }

  private static boolean inPlaceActorPosition(String text, int from, int to) {
    if (from > 0 && text.charAt(from - 1) == '（' && to < text.length() && text.charAt(to) == '）') {
      return false; // a place in brackets qualifies a name: 中国（上海）自由贸易试验区
    }
    return CUE_BEFORE.matcher(text.substring(Math.max(0, from - 5), from)).find() && actsAfter(text, to)
        || opensClause(text, from) && SUBJECT_AFTER.matcher(text.substring(to, Math.min(text.length(), to + 4))).find();
  }

  // After a cue the place acts when a verb, a joiner or the clause's end follows ("支持安徽打造…", "会同三省一市和…");
  // followed by a noun it only qualifies what is supported ("支持长三角区域一体化发展", "鼓励上海学校开展…").
  private static boolean actsAfter(String text, int to) {
    if (to >= text.length() || "、和与及，；。）等".indexOf(text.charAt(to)) >= 0) {
      return true;
    }
    return TaskReader.verbOf(text.substring(to, Math.min(text.length(), to + 12))) != null;
  }

  private static boolean opensClause(String text, int from) {
    return from == 0 || OPENERS.indexOf(text.charAt(from - 1)) >= 0;
  }
}
