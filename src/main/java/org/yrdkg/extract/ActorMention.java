package org.yrdkg.extract;

/**
 * An organisation named in a sentence as one that acts: a central authority, a ministry, a coordination body, a
 * government, a government department or an enterprise or institution.
 *
 * @param name canonical full name ("上海市发展和改革委员会", "安徽省人民政府")
 * @param type local name of its class in the ontology: CentralAuthority, Ministry, CoordinationBody, Government,
 *     GovernmentDepartment, EnterpriseOrInstitution
 * @param regionCode GB/T 2260 code (as in the gazetteer) of the region it governs or belongs to, or null
 * @param parent canonical name of the organisation it belongs to (a department's government, a ministry's 国务院,
 *     an office's leading group), or null
 * @param from start in the text read (the paragraph's text when read from a sentence of a paragraph)
 * @param to end (exclusive) in the text read
 * @param surface the text as written ("市发展改革委", "三省一市"); a list such as 三省一市 gives one mention per
 *     member, all with the same span
 */
public record ActorMention(String name, String type, String regionCode, String parent, int from, int to,
    String surface) {

  /** The same actor at another place: offsets shifted by {@code delta}. */
  public ActorMention shift(int delta) {
    return new ActorMention(name, type, regionCode, parent, from + delta, to + delta, surface);
  }
}
