package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.StructuredDocument;

/**
 * Finds the actors a sentence names, read in the context of its document: "市发展改革委" in a plan of Shanghai is
 * 上海市发展和改革委员会, a bare "领导小组办公室" is the office of the leading group the document defined by
 * "（以下简称领导小组）" or last named in full. Sources: the central lexicon (国家发展改革委, 科技部, 海关总署 …);
 * region + 人民政府/政府 and bare 省政府/市政府; region or 省/市/区/县 + a standard department name; …推动…领导小组
 * (办公室) with its region or 中央/国家 before it; collective actors (有关部门, 龙头企业); and place names standing
 * where an actor stands (after 会同/支持/由 …, or as the subject before 要/作为/牵头), read as their governments,
 * lists such as 三省一市 as each member's; Party committees, people's congresses and CPPCC committees
 * ({@link PoliticalBodies}); 国家 where it acts (配合国家…, 国家层面统筹…) as the State Council. Its answers are fixed
 * once built (it keeps its readings of sentences); safe to share between threads.
 */
public final class ActorReader {
  private static final Pattern BODY = Pattern.compile("(?:推动|推进)[\\p{IsHan}A-Za-z0-9]{2,16}?领导小组(?:办公室)?");
  private static final Pattern BARE_BODY = Pattern.compile("领导小组(?:办公室)?");
  private static final Pattern ALIAS = Pattern.compile("^（以下简称“?([^）”]{2,16})”?）");
  // 国家 stands for the central government only where it acts: after a cue of assignment and before a verb or 层面
  // ("配合国家制定…", "争取国家层面…"), or opening a clause before 要/负责/统筹 …; not in names (国家实验室, 国家战略)
  static final Pattern STATE = Pattern.compile("(?<=配合|会同|由|支持|争取|请求|报请|协助)国家(?:层面)?"
      + "|(?:(?<=[，；（：。在])|^)国家(?:层面)?(?=要|将|负责|牵头|统筹|层面)");
  static final Pattern GOVERNMENT = Pattern.compile("(?:党委[、和])?(?:人民)?政府");
  private static final String CENTRAL = "国务院";

  /** A name the document gave an actor: explicitly ("以下简称领导小组") or by naming it in full. */
  private record Definition(int sentence, String alias, ActorMention actor, boolean explicit) {}

  private final Gazetteer gazetteer = Gazetteer.load();
  private final ActorNames names = ActorNames.load();
  private final Division region;
  // The document read, whose paragraphs' places are found once for all extractors; null for a reader of a region.
  private final StructuredDocument doc;
  private final List<Definition> definitions = new ArrayList<>();
  // The actor and task extractors both read every sentence; once the definitions are read, a reading is final.
  private final Map<Sentence, List<ActorMention>> bySentence = new ConcurrentHashMap<>();

  private ActorReader(Division region, StructuredDocument doc) {
    this.region = region;
    this.doc = doc;
  }

  /** A reader for a document of the region with this code (its own 市/省 prefixes), or of the centre if null. */
  public static ActorReader forRegion(String regionCode) {
    return new ActorReader(regionCode == null ? null : Gazetteer.load().division(regionCode).orElseThrow(), null);
  }

  /**
   * A reader for {@code doc}: its region from the title's prefix ("上海：…") or its issuer ("上海市人民政府"), none
   * for a document of the centre; its "以下简称" definitions and full names of leading groups, in document order.
   */
  public static ActorReader forDocument(StructuredDocument doc) {
    return RECENT.get(doc, ActorReader::readDocument);
  }

  // The actor, task and target extractors each ask for the reader of the document at hand: read it once.
  private static final RecentDocuments<ActorReader> RECENT = new RecentDocuments<>(4);

  private static ActorReader readDocument(StructuredDocument doc) {
    ActorReader reader = new ActorReader(DocumentRegion.of(doc), doc);
    for (Sentence s : doc.sentences()) {
      // a definition needs "（以下简称" after a name or a leading group named: a sentence with neither defines nothing
      if (!s.text().contains("以下简称") && !s.text().contains("领导小组")) {
        continue;
      }
      for (ActorMention m : reader.read(s.text(), s.index(), reader.places(s))) {
        Matcher alias = ALIAS.matcher(s.text().substring(m.to()));
        if (alias.find()) {
          reader.definitions.add(new Definition(s.index(), alias.group(1), m, true));
        }
        if (m.type().equals("CoordinationBody") && m.surface().contains("领导小组") && m.parent() == null) {
          reader.definitions.add(new Definition(s.index(), "领导小组", m, false));
        }
      }
    }
    return reader;
  }

  /** GB/T 2260 code of the document's region, or null for a document of the centre. */
  public String regionCode() {
    return region == null ? null : region.code();
  }

  /** The government of the document's region, or null for a document of the centre. */
  public ActorMention government() {
    return region == null ? null : government(region, 0, 0, "");
  }

  /** The actors of a sentence of the document, offsets in its paragraph's text. */
  public List<ActorMention> read(Sentence sentence) {
    return bySentence.computeIfAbsent(sentence,
        s -> read(s.text(), s.index(), places(s)).stream().map(m -> m.shift(s.from())).toList());
  }

  // The gazetteer's names in a sentence, read from its paragraph's where the sentence is one of the document's.
  private List<GazetteerHit> places(Sentence s) {
    if (doc != null && s.paragraph() >= 0 && s.paragraph() < doc.paragraphs().size()) {
      String paragraph = doc.paragraphs().get(s.paragraph()).text().text();
      if (paragraph.startsWith(s.text(), s.from())) {
        return DocumentPlaces.of(doc, gazetteer).findAll(paragraph, s.from(), s.to());
      }
    }
    return gazetteer.findAll(s.text());
  }

  /** The actors of a text, offsets in it; every definition of the document applies. */
  public List<ActorMention> read(String text) {
    return read(text, Integer.MAX_VALUE, gazetteer.findAll(text));
  }

  private List<ActorMention> read(String text, int sentence, List<GazetteerHit> places) {
    List<List<ActorMention>> found = new ArrayList<>();
    ActorNames.Found named = names.find(text);
    named.central().forEach(h -> found.add(List.of(central(h, text))));
    GazetteerHit[] placeEndingAt = GazetteerHit.byEnd(places, text.length());
    // each pattern below needs its literal word in the text; most sentences lack them, and a pattern that opens with
    // an alternation or a lookbehind is tried at every character
    boolean group = text.contains("领导小组");
    Matcher m = group ? BODY.matcher(text) : null;
    while (group && m.find()) {
      found.add(List.of(body(text, m.start(), m.end(), placeEndingAt)));
    }
    m = group ? BARE_BODY.matcher(text) : null;
    while (group && m.find()) {
      ActorMention bare = bare(m.group(), m.start(), m.end(), sentence);
      if (bare != null) {
        found.add(List.of(bare));
      }
    }
    m = STATE.matcher(text);
    for (int at = 0; (at = next(m, text, "国家", 0, at)) >= 0; at = m.end()) {
      if (!m.group().endsWith("层面") && TaskReader.verbOf(text.substring(m.end(), Math.min(text.length(), m.end() + 12))) == null
          && !text.startsWith("要", m.end()) && !text.startsWith("将", m.end()) && !text.startsWith("负责", m.end())) {
        continue;
      }
      found.add(List.of(new ActorMention(CENTRAL, "CentralAuthority", null, null, m.start(), m.end(), m.group())));
    }
    m = GOVERNMENT.matcher(text);
    for (int at = 0; (at = next(m, text, "政府", 5, at)) >= 0; at = m.end()) {
      found.add(governments(text, m.start(), m.end(), placeEndingAt));
    }
    ActorMention last = null;
    for (ActorNames.Hit<String> h : named.departments()) {
      Division d = prefix(text, h.from(), placeEndingAt);
      int from = d == null ? h.from() : prefixStart(h.from(), placeEndingAt);
      if (d == null && last != null && last.to() == h.from() - 1 && "、和及".indexOf(text.charAt(h.from() - 1)) >= 0) {
        d = gazetteer.division(last.regionCode()).orElse(null);
      }
      if (d != null) {
        last = department(d, h.value(), from, h.to(), text);
        found.add(List.of(last));
      }
    }
    named.collectives().forEach(h -> found.add(collective(text, h)));
    PoliticalBodies.find(text, placeEndingAt, region).forEach(b -> found.add(List.of(b)));
    EnterpriseNames.find(text).forEach(e -> found.add(List.of(e)));
    found.addAll(PlaceActors.find(text, places, this::government));
    return resolve(found, text);
  }

  /**
   * The start of the next match of {@code m}'s pattern from {@code from}, as {@code m.find(from)} would find it
   * (leftmost), with {@code m} left on it; -1 if none. Every match of the pattern holds {@code word} and starts at
   * most {@code lead} characters before it ({@link #GOVERNMENT}: 5, 党委和人民 before 政府; {@link #STATE}: 0), so
   * only the starts up to the next {@code word} are tried, where find would try the pattern at every character. The
   * lookbehinds see the text before a start tried, and {@code ^} matches only at the start of the text, as in find.
   */
  static int next(Matcher m, String text, String word, int lead, int from) {
    int w = text.indexOf(word, from);
    if (w < 0) {
      return -1;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int start = Math.max(from, w - lead); ; start++) {
      if (m.region(start, text.length()).lookingAt()) {
        return start;
      }
      if (start >= w) {
        w = text.indexOf(word, start + 1);
        if (w < 0) {
          return -1;
        }
        start = Math.max(start, w - lead - 1);
      }
    }
  }

  // Leftmost, then longest; a department without its own prefix right after another of the same region's, joined
  // by 、 or 和, takes that region ("市经济信息化委、发展改革委").
  private List<ActorMention> resolve(List<List<ActorMention>> found, String text) {
    found.removeIf(List::isEmpty);
    found.sort(Comparator.<List<ActorMention>>comparingInt(l -> l.get(0).from()).thenComparingInt(l -> -l.get(0).to()));
    List<ActorMention> out = new ArrayList<>();
    int end = 0;
    for (List<ActorMention> group : found) {
      if (group.get(0).from() >= end) {
        out.addAll(group);
        end = group.get(0).to();
      }
    }
    return out;
  }

  private ActorMention central(ActorNames.Hit<ActorNames.Central> h, String text) {
    ActorNames.Central c = h.value();
    return new ActorMention(c.canonical(), c.type(), null, c.type().equals("Ministry") ? CENTRAL : null, h.from(),
        h.to(), text.substring(h.from(), h.to()));
  }

  private ActorMention body(String text, int from, int to, GazetteerHit[] placeEndingAt) {
    String core = text.substring(from, to);
    boolean office = core.endsWith("办公室");
    String group = office ? core.substring(0, core.length() - 3) : core;
    Division d = null;
    int start = from;
    if (from >= 2 && (text.startsWith("中央", from - 2) || text.startsWith("国家", from - 2))) {
      start = from - 2;
    } else {
      d = prefix(text, from, placeEndingAt);
      start = d == null ? from : prefixStart(from, placeEndingAt);
      d = d == null ? region : d;
    }
    String groupName = (d == null ? "" : d.name()) + group;
    String code = d == null ? null : d.code();
    return office
        ? new ActorMention(groupName + "办公室", "CoordinationBody", code, groupName, start, to, text.substring(start, to))
        : new ActorMention(groupName, "CoordinationBody", code, null, start, to, text.substring(start, to));
  }

  private ActorMention bare(String surface, int from, int to, int sentence) {
    ActorMention group = null;
    boolean explicit = definitions.stream().anyMatch(d -> d.explicit() && d.alias().equals("领导小组"));
    for (Definition d : definitions) {
      if (d.sentence() <= sentence && d.alias().equals("领导小组") && d.explicit() == explicit) {
        group = d.actor();
      }
    }
    if (group == null) {
      return null;
    }
    return surface.endsWith("办公室")
        ? new ActorMention(group.name() + "办公室", group.type(), group.regionCode(), group.name(), from, to, surface)
        : new ActorMention(group.name(), group.type(), group.regionCode(), null, from, to, surface);
  }

  private List<ActorMention> governments(String text, int from, int to, GazetteerHit[] placeEndingAt) {
    GazetteerHit h = placeEndingAt[from];
    if (h != null) {
      List<ActorMention> governments = PlaceActors.governmentsOf(h, this::government).stream()
          .map(g -> new ActorMention(g.name(), g.type(), g.regionCode(), null, h.start(), to, text.substring(h.start(), to)))
          .toList();
      if (!text.startsWith("党委", from)) {
        return governments;
      }
      List<ActorMention> withParty = new ArrayList<>();
      governments.forEach(g -> withParty.add(PoliticalBodies.partyCommittee(g)));
      withParty.addAll(governments);
      return withParty;
    }
    Division d = prefix(text, from, placeEndingAt);
    return d == null ? List.of() : List.of(government(d, from - 1, to, text.substring(from - 1, to)));
  }

  private ActorMention government(Division d, int from, int to, String surface) {
    return new ActorMention(d.name() + "人民政府", "Government", d.code(), null, from, to, surface);
  }

  private ActorMention department(Division d, String full, int from, int to, String text) {
    return new ActorMention(d.name() + full, "GovernmentDepartment", d.code(), d.name() + "人民政府", from, to,
        text.substring(from, to));
  }

  private List<ActorMention> collective(String text, ActorNames.Hit<String> h) {
    String surface = text.substring(h.from(), h.to());
    return switch (h.value()) {
      case "enterprise" -> PlaceActors.inActorPosition(text, h.from(), h.to())
          ? List.of(new ActorMention(surface, "EnterpriseOrInstitution", null, null, h.from(), h.to(), surface))
          : List.of();
      case "governments" -> List.of(new ActorMention(surface, "Government", null, null, h.from(), h.to(), surface));
      case "national" -> List.of(new ActorMention(CENTRAL + "有关部门", "Ministry", null, CENTRAL, h.from(), h.to(), surface));
      case "central" -> region == null
          ? List.of(new ActorMention(CENTRAL + "有关部门", "Ministry", null, CENTRAL, h.from(), h.to(), surface))
          : List.of(department(region, "有关部门", h.from(), h.to(), text));
      default -> region == null ? List.of() : List.of(department(region, "有关部门", h.from(), h.to(), text));
    };
  }

  // The region written right before position i: a place name ending there, or 省/市/区/县 for the document's own.
  private Division prefix(String text, int i, GazetteerHit[] placeEndingAt) {
    GazetteerHit h = placeEndingAt[i];
    if (h != null && !h.divisions().isEmpty() && h.divisions().get(0).level() != Division.Level.TOWN) {
      return h.divisions().get(0);
    }
    if (i > 0 && "省市区县".indexOf(text.charAt(i - 1)) >= 0 && region != null) {
      return region;
    }
    return null;
  }

  private static int prefixStart(int i, GazetteerHit[] placeEndingAt) {
    return placeEndingAt[i] != null ? placeEndingAt[i].start() : i - 1;
  }
}
