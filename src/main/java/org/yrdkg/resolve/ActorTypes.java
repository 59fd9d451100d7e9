package org.yrdkg.resolve;

import org.apache.jena.rdf.model.Resource;
import org.yrdkg.vocab.Yrd;

/** The class of an actor known only by name (a default actor or a parent organisation no sentence names). */
final class ActorTypes {
  private ActorTypes() {}

  static Resource of(String name) {
    if (name.equals("国务院") || name.equals("中共中央") || name.equals("党中央")) {
      return Yrd.CentralAuthority;
    }
    if (name.endsWith("政府")) {
      return Yrd.Government;
    }
    if (name.contains("领导小组") || name.endsWith("联席会议") || name.endsWith("合作办公室")) {
      return Yrd.CoordinationBody;
    }
    if (name.matches(".*(委员会|委|厅|局|办公室|办)$") && name.matches("^.{2,}?[省市区县].*")) {
      return Yrd.GovernmentDepartment;
    }
    return Yrd.Actor;
  }
}
