package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorReaderTest {
  private static final ActorReader SHANGHAI = ActorReader.forRegion("31");
  private static final ActorReader ZHEJIANG = ActorReader.forRegion("33");
  private static final ActorReader CENTRE = ActorReader.forRegion(null);

  private static List<String> names(List<ActorMention> mentions) {
    return mentions.stream().map(ActorMention::name).toList();
  }

  @Test
  void shortNamesOfMinistriesGiveTheirFullNames() {
    List<ActorMention> m = CENTRE.read("由国家发展改革委会同工信部、人民银行、海关总署研究制定。");

    assertEquals(List.of("国家发展和改革委员会", "工业和信息化部", "中国人民银行", "海关总署"), names(m));
    assertEquals("Ministry", m.get(0).type());
    assertEquals("国务院", m.get(0).parent());
    assertEquals("国家发展改革委", m.get(0).surface());
  }

  @Test
  void aDepartmentWithABarePrefixBelongsToTheDocumentsRegion() {
    List<ActorMention> m = SHANGHAI.read("由市经济信息化委牵头，市财政局、发展改革委配合。");

    assertEquals(List.of("上海市经济和信息化委员会", "上海市财政局", "上海市发展和改革委员会"), names(m));
    assertEquals(new ActorMention("上海市财政局", "GovernmentDepartment", "31", "上海市人民政府", 11, 15, "市财政局"), m.get(1));
  }

  @Test
  void aDepartmentWithARegionPrefixBelongsToThatRegion() {
    List<ActorMention> m = ZHEJIANG.read("（责任单位：省交通运输厅、省发展改革委、杭州市人民政府）");

    assertEquals(List.of("浙江省交通运输厅", "浙江省发展和改革委员会", "杭州市人民政府"), names(m));
    assertEquals("330100", m.get(2).regionCode());
  }

  @Test
  void aPlaceNamedRightBeforeADepartmentOrAGroupIsPartOfItsMention() {
    List<ActorMention> m = CENTRE.read("由苏州市发展改革委牵头，南京市推动长三角一体化发展领导小组办公室、杭州市委配合。");

    assertEquals(List.of("苏州市发展和改革委员会", "南京市推动长三角一体化发展领导小组办公室", "中共杭州市委员会"), names(m));
    assertEquals(List.of("苏州市发展改革委", "南京市推动长三角一体化发展领导小组办公室", "杭州市委"),
        m.stream().map(ActorMention::surface).toList());
    assertEquals(List.of(1, 12, 33), m.stream().map(ActorMention::from).toList());
  }

  @Test
  void aBareGovernmentIsTheDocumentsOwn() {
    assertEquals(List.of("浙江省人民政府"), names(ZHEJIANG.read("省政府要加强统筹。")));
    assertEquals(List.of(), names(CENTRE.read("省政府要加强统筹。")));
  }

  @Test
  void aListOfRegionsStandsForEachMembersGovernment() {
    List<ActorMention> m = CENTRE.read("领导小组办公室要会同三省一市和有关部门编制专项规划。");

    assertTrue(names(m).containsAll(List.of("上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府")));
    assertTrue(names(m).contains("国务院有关部门"));
  }

  @Test
  void aPlaceIsAnActorOnlyWhereAnActorStands() {
    assertEquals(List.of("安徽省人民政府"), names(CENTRE.read("支持安徽打造长三角特高压电力枢纽。")));
    assertEquals(List.of(), names(CENTRE.read("加快上海、江苏如东LNG接收站扩建。")));
    assertEquals(List.of(), names(CENTRE.read("中国（上海）自由贸易试验区新片区建设方案。")));
  }

  @Test
  void aLeadingGroupTakesItsRegionOrTheCentreFromItsPrefix() {
    List<ActorMention> m = SHANGHAI.read("成立市推动长三角一体化发展领导小组，对接中央推动长三角一体化发展领导小组办公室。");

    assertEquals(List.of("上海市推动长三角一体化发展领导小组", "推动长三角一体化发展领导小组办公室"), names(m));
    assertEquals("推动长三角一体化发展领导小组", m.get(1).parent());
  }

  @Test
  void enterprisesAreActorsWhereTheyAreSupportedOrJoined() {
    List<ActorMention> m = CENTRE.read("支持龙头企业联合高校建设创新中心。");

    assertEquals(List.of("龙头企业", "高校"), names(m));
    assertEquals("EnterpriseOrInstitution", m.get(0).type());
  }

  @Test
  void longSentenceWithoutPunctuationIsReadInBoundedTime() {
    String s = "推进长三角一体化发展加快建设市发展改革委".repeat(500);

    assertEquals(500, SHANGHAI.read(s).size());
  }

  @Test
  void partyCommitteesCongressesAndCppccCommitteesBelongToTheirRegion() {
    List<ActorMention> m = SHANGHAI.read("纳入市委、市政府重点工作，发挥人大立法保障作用和政协民主监督作用，由市人大常委会牵头，江苏省委配合。");

    assertEquals(List.of("中共上海市委员会", "上海市人民政府", "上海市人民代表大会", "中国人民政治协商会议上海市委员会",
        "上海市人民代表大会常务委员会", "中共江苏省委员会"), names(m));
    assertEquals("PoliticalBody", m.get(0).type());
    assertEquals("31", m.get(4).regionCode());
    assertEquals(List.of("中共浙江省委员会", "浙江省人民政府"), names(ZHEJIANG.read("省委、省政府要加强领导。")));
    // a 市委 in a province's plan is some city's: the text does not say which
    assertEquals(List.of(), names(ZHEJIANG.read("市委要加强领导。")));
    assertEquals(List.of("全国人民代表大会常务委员会", "全国人民代表大会"), names(CENTRE.read("全国人大常委会审议，人大监督。")));
    assertEquals(List.of(), names(CENTRE.read("建立财政协同投入机制，提高个人大额支付限额。")));
  }

  @Test
  void regionsPartyCommitteesAndGovernmentsAreBothActors() {
    assertEquals(List.of("国务院有关部门", "中共上海市委员会", "中共江苏省委员会", "中共浙江省委员会", "中共安徽省委员会",
        "上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府"),
        names(SHANGHAI.read("为国家有关部门和三省一市党委、政府做好决策储备。")));
    assertEquals(List.of("各级党委和政府", "中共中央", "国务院"), names(CENTRE.read("各级党委和政府要认真贯彻党中央、国务院战略部署。")));
  }

  @Test
  void theStateActsOnlyWhereAnActorStands() {
    assertEquals(List.of("国务院"), names(SHANGHAI.read("全力配合国家制定实施专项规划。")));
    assertEquals(List.of("国务院"), names(SHANGHAI.read("争取国家层面加大支持。")));
    assertEquals(List.of(), names(SHANGHAI.read("推进国家实验室建设，支持国家重大战略实施。")));
  }

  @Test
  void enterprisesByTheirEndingsWhereAnActorStands() {
    assertEquals(List.of("上港集团"), names(SHANGHAI.read("鼓励上港集团开展多层次合作。")));
    assertEquals(List.of("上海市交通委员会", "某某港务集团有限公司"),
        names(SHANGHAI.read("加快建设四期工程（责任单位：市交通委、某某港务集团有限公司）。")));
    assertEquals(List.of("甲能源集团", "乙航空股份有限公司"), names(SHANGHAI.read("甲能源集团、乙航空股份有限公司负责推进项目。")));
    // not names: a verb phrase, a kind of enterprise, a word the ending does not end, a name not in an actor's place
    assertEquals(List.of(), names(SHANGHAI.read("组建区域投资公司，支持设立产业投资有限公司。")));
    assertEquals(List.of(), names(SHANGHAI.read("推动上海电气、上海汽车等企业集团开展试点，做大做强联合职业教育集团。")));
    assertEquals(List.of(), names(SHANGHAI.read("支持现有跨国公司总部提升能级，市场化运作的开发建设平台公司。")));
  }

  @Test
  void aPlaceAfterACueActsOnlyWhenAVerbOrAJoinerFollowsIt() {
    assertEquals(List.of("安徽省人民政府"), names(CENTRE.read("支持安徽打造长三角特高压电力枢纽。")));
    assertEquals(List.of(), names(CENTRE.read("支持长江三角洲区域一体化发展并上升为国家战略。")));
    assertEquals(List.of(), names(SHANGHAI.read("鼓励上海学校开展跨区域牵手帮扶，引导长三角市场联动发展。")));
  }

  @Test
  void aDocumentIsReadOnceForAllItsExtractorsAndEachDocumentByItself() {
    String shanghai = "上海：贯彻《长江三角洲区域一体化发展规划纲要》实施方案\n\n一、总体要求\n\n市发展改革委牵头推进。\n";
    String centre = "长三角一体化发展规划纲要\n\n一、总体要求\n\n国家发展改革委牵头推进。\n";
    org.yrdkg.text.StructuredDocument a = Snippets.doc(shanghai);
    org.yrdkg.text.StructuredDocument b = Snippets.doc(centre);
    org.yrdkg.text.StructuredDocument aAgain = Snippets.doc(shanghai);

    ActorReader first = ActorReader.forDocument(a);

    assertTrue(first == ActorReader.forDocument(a), "the same document gives the same reader");
    assertEquals("31", first.regionCode());
    assertEquals(null, ActorReader.forDocument(b).regionCode());
    assertTrue(first != ActorReader.forDocument(aAgain), "another document of the same text is read by itself");
    assertEquals("31", ActorReader.forDocument(aAgain).regionCode());
  }

  /**
   * Governments and the State are found as their patterns' own find would find them, on texts dense in near misses:
   * words before 政府, cues and punctuation before 国家 (lookbehinds), 国家 opening the text (^).
   */
  @Test
  void governmentsAndTheStateAreFoundAsThePatternsFindThem() {
    assertFoundAsFindFinds(ActorReader.GOVERNMENT, "政府", 5, "党委、和人民政府市x".split(""));
    assertFoundAsFindFinds(ActorReader.STATE, "国家", 0, new String[] {"配合", "会同", "由", "支持", "争取", "协助", "国家",
        "国", "家", "层面", "要", "将", "负责", "统筹", "，", "；", "（", "：", "。", "在", "x"});
  }

  private static void assertFoundAsFindFinds(java.util.regex.Pattern pattern, String word, int lead,
      String[] pieces) {
    java.util.Random random = new java.util.Random(7);
    int matches = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher find = pattern.matcher(text);
      while (find.find()) {
        expected.add(find.start() + "-" + find.end());
      }
      List<String> actual = new java.util.ArrayList<>();
      java.util.regex.Matcher m = pattern.matcher(text);
      for (int at = 0; (at = ActorReader.next(m, text, word, lead, at)) >= 0; at = m.end()) {
        actual.add(m.start() + "-" + m.end());
      }
      assertEquals(expected, actual, text);
      matches += expected.size();
    }
    assertTrue(matches > 1_000, "the texts hold matches: " + matches);
  }
}
