package org.yrdkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yrdkg.text.StructuredDocument;

/** The region whose government issued a document: from the title's prefix ("上海：…") or the issuer, else none. */
final class DocumentRegion {
  private static final Pattern TITLE = Pattern.compile("^([\\p{IsHan}]{2,10}?)[：:]");
  private static final Pattern ISSUER = Pattern.compile("^(?:中共)?([\\p{IsHan}]{2,12}?)(?:人民政府|政府|委员会|办公厅)");

  private DocumentRegion() {}

  /** The document's region, or null for a document of the centre (中共中央 国务院, a ministry) or an unknown one. */
  static Division of(StructuredDocument doc) {
    Division d = null;
    if (doc.title() != null) {
      d = match(TITLE.matcher(doc.title()));
    }
    if (d == null && doc.issuer() != null) {
      d = match(ISSUER.matcher(doc.issuer().replace(" ", "")));
    }
    return d;
  }

  private static Division match(Matcher m) {
    if (!m.find()) {
      return null;
    }
    List<Division> divisions = Gazetteer.load().byName(m.group(1));
    return divisions.isEmpty() ? null : divisions.get(0);
  }
}
