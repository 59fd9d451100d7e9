package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Regions: every administrative division, cross-regional area and foreign place a document names, each resolved to
 * one gazetteer entry by its context; an area the document names in full may then be called by its own part
 * (长三角中心区, then 中心区). The hierarchy between them comes from the codes and is the resolver's job.
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
        Map<String, Double> prior = ctx.regions().evidence(doc).prior();
        Map<Paragraph, List<RegionFinder.Place>> found = new LinkedHashMap<>();
        DocumentPlaces names = ctx.places(doc);
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().text();
            found.put(p, ctx.regions().find(text, prior, ctx.words(doc, text), names.findAll(text)));
        }
        Map<String, Area> shortForms = shortForms(found.values(), ctx.gazetteer());
        List<EntityMention> mentions = new ArrayList<>();
        for (Map.Entry<Paragraph, List<RegionFinder.Place>> e : found.entrySet()) {
            Paragraph p = e.getKey();
            List<RegionFinder.Place> places = new ArrayList<>(e.getValue());
            places.addAll(bareShortForms(p.text().text(), places, shortForms, ctx.words(doc, p.text().text())));
            for (RegionFinder.Place place : places) {
                mentions.add(new EntityMention(RegionFinder.key(place.entry()), RegionFinder.type(place.entry()),
                        place.entry().name(), new Mention(doc.name(), p.index(), place.from(), place.to(),
                        place.surface())));
            }
        }
        return new Extraction(mentions, List.of());
    }

    /**
     * A document that names an area whose name is a wider area's name and a part (长三角 + 中心区) may go on to call it
     * by the part alone: part → area, for the areas the document names in full.
     */
    static Map<String, Area> shortForms(Collection<List<RegionFinder.Place>> found, Gazetteer gazetteer) {
        Map<String, Area> forms = new HashMap<>();
        found.stream().flatMap(List::stream).map(RegionFinder.Place::entry).filter(Area.class::isInstance)
                .map(Area.class::cast).distinct().forEach(area -> {
                    for (String form : area.surfaceForms()) {
                        for (int k = 2; k <= form.length() - 2; k++) {
                            Optional<Area> wider = gazetteer.area(form.substring(0, k));
                            if (wider.isPresent() && !wider.get().equals(area)) {
                                forms.putIfAbsent(form.substring(k), area);
                            }
                        }
                    }
                });
        return forms;
    }

    // The part alone, as a word of its own that no noun or name qualifies (强化中心区产业, not 城市中心区), outside
    // the places already found.
    private static List<RegionFinder.Place> bareShortForms(String text, List<RegionFinder.Place> places,
            Map<String, Area> shortForms, WordBoundaries boundaries) {
        List<RegionFinder.Place> bare = new ArrayList<>();
        shortForms.forEach((form, area) -> {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                int from = i;
                int to = i + form.length();
                if (places.stream().noneMatch(pl -> pl.from() < to && from < pl.to())
                        && boundaries.aligned(from, to) && !boundaries.qualifiedAt(from)) {
                    bare.add(new RegionFinder.Place(from, to, form, area));
                }
            }
        });
        return bare;
    }
}
