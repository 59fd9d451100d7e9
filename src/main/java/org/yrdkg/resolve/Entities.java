package org.yrdkg.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yrdkg.extract.Division;
import org.yrdkg.extract.EntityMention;
import org.yrdkg.extract.ExtractionContext;
import org.yrdkg.extract.Gazetteer;
import org.yrdkg.extract.Mention;
import org.yrdkg.vocab.Yrd;

/**
 * The entity records of the knowledge base: a division with its code, class and English label from the gazetteer,
 * an area or foreign place with its English label, a sector with the lexicon's, a project or actor by its canonical
 * name; and the entities that relations point to without a mention of their own (an ancestor of a named county).
 */
final class Entities {

    private Entities() {}

    static void addReference(String id, Map<String, Entity> entities, Gazetteer gazetteer,
            ExtractionContext ctx) {
        String key = id.substring(id.indexOf('/') + 1);
        if (id.startsWith("sector/")) {
            entities.put(id, new Entity(id, Yrd.Sector, key, null, ctx.sectorEnglish(key), new TreeSet<>(),
                    List.of()));
        } else if (id.startsWith("region/")) {
            gazetteer.division(key).ifPresent(d -> entities.put(id, division(d, null, new TreeSet<>(),
                    List.of())));
            gazetteer.area(key).ifPresent(a -> entities.put(id, new Entity(id, Yrd.CrossRegionalArea, a.name(), null,
                    a.enLabel() == null || a.enLabel().isEmpty() ? null : a.enLabel(), new TreeSet<>(), List.of())));
        } else if (id.startsWith("actor/")) {
            entities.put(id, new Entity(id, ActorTypes.of(key), key, null, null, new TreeSet<>(), List.of()));
        }
    }

    static Entity of(String id, EntityMention first, String name, TreeSet<String> alt, List<Mention> ms,
            Gazetteer gazetteer, ExtractionContext ctx) {
        if (id.startsWith("region/")) {
            String key = id.substring("region/".length());
            if (Character.isDigit(key.charAt(0))) {
                return division(gazetteer.division(key).orElseThrow(), first, alt, ms);
            }
            String en = gazetteer.area(key).map(a -> a.enLabel())
                    .orElseGet(() -> gazetteer.foreign(key).map(f -> f.enLabel()).orElse(null));
            return new Entity(id, first.type(), key, null, en == null || en.isEmpty() ? null : en, alt, ms);
        }
        if (id.startsWith("sector/")) {
            return new Entity(id, first.type(), name, null, ctx.sectorEnglish(name), alt, ms);
        }
        return new Entity(id, first.type(), name, null, null, alt, ms);
    }

    static Entity division(Division d, EntityMention first, TreeSet<String> alt, List<Mention> ms) {
        alt.remove(d.name());
        Entity e = new Entity("region/" + d.code(), typeOf(d), d.name(), d.code(), RegionLabels.en(d), alt, ms);
        return e;
    }

    private static org.apache.jena.rdf.model.Resource typeOf(Division d) {
        return switch (d.level()) {
            case PROVINCE -> Yrd.ProvinceLevelDivision;
            case PREFECTURE -> Yrd.PrefectureLevelDivision;
            case COUNTY -> Yrd.CountyLevelDivision;
            case TOWN -> Yrd.TownLevelDivision;
        };
    }

    /**
     * The canonical name of a group: for a project the fullest name, preferring one that ends in its class's
     * canonical head (沪苏湖铁路 over 沪苏湖高铁), then the longest, then the first in code-point order.
     */
    static String canonicalName(String key, List<EntityMention> ms, ExtractionContext ctx) {
        if (!key.startsWith("project:")) {
            return ms.get(0).name();
        }
        String head = ctx.preferredProjectHead(ms.get(0).type());
        return ms.stream().map(EntityMention::name).distinct()
                .min(Comparator.comparing((String n) -> head.isEmpty() || !n.endsWith(head))
                        .thenComparing(Comparator.comparingInt(String::length).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
