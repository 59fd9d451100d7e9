package org.yrdkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Party committees, people's congresses and committees of the political consultative conference, from the suffixes
 * of {@code lexicon/actors-bodies.tsv} after a region: "上海市委", "省委" (the document's own province), "市人大常委会",
 * "市政协"; "人大" or "政协" alone stand for the document's own region's (the whole country's in a document of the
 * centre). Immutable; the lexicon is loaded once.
 */
final class PoliticalBodies {
  /** A suffix of the lexicon: the canonical name with {R} for the region's name, and whether it may stand alone. */
  private record Body(String suffix, String canonical, boolean bare) {}

  private static final List<Body> BODIES = Lexicon.rows("actors-bodies.tsv", 3).stream()
      .map(r -> new Body(r[0], r[1], r[2].equals("own")))
      .sorted(Comparator.comparingInt((Body b) -> -b.suffix().length())).toList();
  // the body a suffix names (the longest suffix first, as above, when two bodies share one)
  private static final Map<String, Body> BY_SUFFIX = BODIES.stream()
      .collect(Collectors.toMap(Body::suffix, b -> b, (a, b) -> a));
  // a one-character suffix (委) must end its word: not 委员会, 委托, 委办
  private static final LeadingScan SUFFIX = new LeadingScan(Pattern.compile("(?:" + BODIES.stream()
      .map(b -> Pattern.quote(b.suffix()) + (b.suffix().length() == 1 ? "(?![员会托办常书])" : "(?![代学])"))
      .collect(Collectors.joining("|")) + ")"), BY_SUFFIX.keySet());
  private static final String TYPE = "PoliticalBody";
  private static final String NATION = "全国";

  private PoliticalBodies() {}

  /** The political bodies of {@code text}; {@code own} is the document's region, null for the centre. */
  static List<ActorMention> find(String text, GazetteerHit[] placeEndingAt, Division own) {
    List<ActorMention> out = new ArrayList<>();
    LeadingScan.Hits m = SUFFIX.in(text);
    while (m.find()) {
      Body body = BY_SUFFIX.get(m.group());
      int from = m.start();
      Division d = null;
      GazetteerHit h = placeEndingAt[from];
      if (h != null && !h.divisions().isEmpty() && h.divisions().get(0).level() != Division.Level.TOWN) {
        d = h.divisions().get(0);
        from = h.start();
      }
      // 省委, 市人大: the document's own region when its name ends in that character (a 市委 in a province's plan is
      // some city's, which one the text does not say)
      if (d == null && from > 0 && own != null && "省市区县".indexOf(text.charAt(from - 1)) >= 0
          && own.name().endsWith(text.substring(from - 1, from))) {
        d = own;
        from--;
      }
      if (d == null && (!body.bare() || !standsAlone(text, m.start(), m.end()))) {
        continue;
      }
      out.add(of(body, d != null ? d : own, from, m.end(), text));
    }
    return out;
  }

  /** The Party committees of the regions whose governments are named "X党委、政府" (the same span). */
  static ActorMention partyCommittee(ActorMention government) {
    String region = government.name().replaceFirst("人民政府$", "");
    return new ActorMention("中共" + region + "委员会", TYPE, government.regionCode(), null, government.from(),
        government.to(), government.surface());
  }

  // a bare 人大 or 政协 is a word of its own, not straddling others: 财政协同 holds no 政协, 个人大 no 人大
  private static boolean standsAlone(String text, int from, int to) {
    return (from == 0 || !CoreDictionary.contains(text.substring(from - 1, from + 1)))
        && (to == text.length() || !CoreDictionary.contains(text.substring(to - 1, to + 1)));
  }

  private static ActorMention of(Body body, Division d, int from, int to, String text) {
    String name = body.canonical().replace("{R}", d == null ? NATION : d.name());
    String type = d == null ? "CentralAuthority" : TYPE;
    return new ActorMention(name, type, d == null ? null : d.code(), null, from, to, text.substring(from, to));
  }
}
