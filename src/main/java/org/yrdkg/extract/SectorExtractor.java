package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Sectors: the industries and fields of the sector lexicon a document names, plus the items of the genre's sector
 * lists the lexicon lacks ("聚焦集成电路、类脑智能等产业"); each linked to its broader concept ({@code skos:broader})
 * and to the regions named in the same clause ({@code namedWith}: "合肥集成电路").
 */
public final class SectorExtractor implements Extractor {

    private static final int MAX_ITEM = 8;

    @Override
    public String name() {
        return "sectors";
    }

    @Override
    public Set<Resource> produces() {
        return Set.of(Yrd.Sector);
    }

    @Override
    public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
        Map<String, Double> prior = ctx.regions().prior(doc.paragraphs().stream().map(p -> p.text().text()).toList());
        List<EntityMention> entities = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        SectorLexicon lex = ctx.sectors();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().text();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && "，。；：！？".indexOf(text.charAt(i)) < 0) {
                    continue;
                }
                String clause = text.substring(from, i);
                List<EntityMention> found = new ArrayList<>();
                boolean[] taken = new boolean[clause.length()];
                for (PhraseMatcher.Match<SectorLexicon.Term> m : lex.names.findAll(clause)) {
                    java.util.Arrays.fill(taken, m.from(), m.to(), true);
                    found.add(mention(doc, p, from, m.from(), m.to(), clause, m.value().name(), m.value().broader(),
                            relations));
                }
                for (PhraseMatcher.Match<Boolean> c : lex.closers.findAll(clause)) {
                    listItems(doc, p, from, clause, c, taken, lex.broaderOf(c.phrase()), ctx, found, relations);
                }
                for (RegionFinder.Place place : ctx.regions().find(clause, prior)) {
                    for (EntityMention s : found) {
                        relations.add(new RelationMention(s.key(), Yrd.namedWith, RegionFinder.key(place.entry()), null,
                                s.mention()));
                    }
                }
                entities.addAll(found);
                from = i + 1;
            }
        }
        return new Extraction(entities, relations);
    }

    // Items of "A、B和C等产业" left of a closer that the lexicon did not name, back to the verb that opens the list.
    private void listItems(StructuredDocument doc, Paragraph p, int offset, String clause,
            PhraseMatcher.Match<Boolean> closer, boolean[] taken, String broader, ExtractionContext ctx,
            List<EntityMention> found, List<RelationMention> relations) {
        int b = closer.from();
        while (b > 0) {
            int a = b;
            while (a > 0 && "、和及与".indexOf(clause.charAt(a - 1)) < 0) {
                a--;
            }
            boolean last = a == 0;
            List<PhraseMatcher.Match<Boolean>> stops = ctx.projects().stopsIn(clause.substring(a, b));
            if (!stops.isEmpty()) {
                a += stops.get(stops.size() - 1).to();
                last = true;
            }
            boolean known = false;
            for (int k = a; k < b; k++) {
                known |= taken[k];
            }
            if (!known && b - a >= 2 && b - a <= MAX_ITEM) {
                // 制造 listed among industries is the lexicon's 制造业.
                String item = clause.substring(a, b);
                SectorLexicon.Term t = ctx.sectors().terms.get(item + "业");
                found.add(t != null ? mention(doc, p, offset, a, b, clause, t.name(), t.broader(), relations)
                        : mention(doc, p, offset, a, b, clause, item, broader, relations));
            }
            if (last) {
                break;
            }
            b = a - 1;
        }
    }

    private static EntityMention mention(StructuredDocument doc, Paragraph p, int offset, int from, int to,
            String clause, String name, String broader, List<RelationMention> relations) {
        Mention m = new Mention(doc.name(), p.index(), offset + from, offset + to, clause.substring(from, to));
        if (!broader.isEmpty()) {
            relations.add(new RelationMention("sector/" + name, SKOS.broader, "sector/" + broader, null, m));
        }
        return new EntityMention("sector/" + name, Yrd.Sector, name, m);
    }
}
