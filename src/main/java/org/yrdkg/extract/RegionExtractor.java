package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Regions: every administrative division, cross-regional area and foreign place a document names, each resolved to
 * one gazetteer entry by its context. The hierarchy between them comes from the codes and is the resolver's job.
 */
public final class RegionExtractor implements Extractor {

    @Override
    public String name() {
        return "regions";
    }

    @Override
    public Set<Resource> produces() {
        return Set.of(Yrd.Region);
    }

    @Override
    public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
        Map<String, Double> prior = ctx.regions().prior(doc.paragraphs().stream().map(p -> p.text().text()).toList());
        List<EntityMention> mentions = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            for (RegionFinder.Place place : ctx.regions().find(p.text().text(), prior)) {
                mentions.add(new EntityMention(RegionFinder.key(place.entry()), RegionFinder.type(place.entry()),
                        place.entry().name(), new Mention(doc.name(), p.index(), place.from(), place.to(),
                        place.surface())));
            }
        }
        return new Extraction(mentions, List.of());
    }
}
