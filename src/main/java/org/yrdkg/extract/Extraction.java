package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;

/** What an extractor reads from one document: entity mentions and relation mentions, in text order. */
public record Extraction(List<EntityMention> entities, List<RelationMention> relations) {

    public Extraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }

    /** This extraction followed by another. */
    public Extraction plus(Extraction other) {
        List<EntityMention> e = new ArrayList<>(entities);
        e.addAll(other.entities);
        List<RelationMention> r = new ArrayList<>(relations);
        r.addAll(other.relations);
        return new Extraction(e, r);
    }
}
