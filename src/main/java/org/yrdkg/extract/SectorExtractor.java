package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Sectors: the industries and fields of the sector lexicon a document names, where they end a word (not 化工 in
 * 绿化工程), plus the items of the genre's sector lists ({@link SectorLists}); each linked to its broader concept
 * ({@code skos:broader}) and to the regions named in the same clause ({@code namedWith}: "合肥集成电路").
 *
 * <p>A list item is one sector: the item as a whole if the lexicon knows it (also with or without 业/产业/服务:
 * 高端制造 is 高端制造业); an item with one lexicon name in it (前沿新材料, 人工智能基础算法) is that name; any other item
 * is a sector of its own, whatever lexicon words it contains (智慧健康养老 is neither 健康 nor 养老).
 */
public final class SectorExtractor implements Extractor {

    private static final String[] SUFFIXES = {"产业", "行业", "服务", "业"};
    // What after a word of everyday sense marks it as the industry: 船舶制造, 汽车产业, 汽车行业.
    private static final Pattern INDUSTRY = Pattern.compile("^(?:产业|工业|制造|行业|业)");

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
        Map<String, Double> prior = ctx.regions().evidence(doc).prior();
        List<EntityMention> entities = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().text();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && "，。；：！？".indexOf(text.charAt(i)) < 0) {
                    continue;
                }
                List<EntityMention> found = new ArrayList<>();
                String clause = text.substring(from, i);
                WordBoundaries words = ctx.words(doc, clause);
                for (Span s : sectors(clause, words, prior, ctx)) {
                    found.add(mention(doc, p, from, s, clause, relations));
                }
                // the places of a clause matter only to the sectors it names; most clauses name none
                if (!found.isEmpty()) {
                    // each region once: a clause naming it again states no new pairing, and in a clause without
                    // end (a text without punctuation) sectors times places would grow with the square of its length
                    Set<String> regions = new LinkedHashSet<>();
                    for (RegionFinder.Place place : ctx.clausePlaces(doc, p.index(), text, from, i)) {
                        regions.add(RegionFinder.key(place.entry()));
                    }
                    for (String region : regions) {
                        for (EntityMention s : found) {
                            relations.add(new RelationMention(s.key(), Yrd.namedWith, region, null, s.mention()));
                        }
                    }
                }
                entities.addAll(found);
                from = i + 1;
            }
        }
        return new Extraction(entities, relations);
    }

    /** A sector named by {@code clause.substring(from, to)}. */
    private record Span(int from, int to, String name, String broader) {}

    private static List<Span> sectors(String clause, WordBoundaries words, Map<String, Double> prior,
            ExtractionContext ctx) {
        SectorLexicon lex = ctx.sectors();
        List<PhraseMatcher.Match<SectorLexicon.Term>> known = lex.names.findAll(clause, (a, b) -> endsWord(clause, words, a, b));
        List<Span> spans = new ArrayList<>();
        boolean[] listed = new boolean[clause.length()];
        boolean[] decided = new boolean[clause.length()];
        for (SectorLists.SectorList list : SectorLists.find(clause, known, words, prior, ctx)) {
            for (SectorLists.Item item : list.items()) {
                Span s = itemSector(clause, item, list.broader(), known, lex);
                if (s != null) {
                    spans.add(s);
                }
                for (int k = item.from(); k < item.to(); k++) {
                    listed[k] = true;
                    decided[k] |= s != null;
                }
            }
        }
        for (int k = 0; k < known.size(); k++) {
            PhraseMatcher.Match<SectorLexicon.Term> m = known.get(k);
            if (decided[m.from()]) {
                continue;
            }
            if (lex.everyday(m.phrase()) && !listed[m.from()] && !industrySense(clause, known, k)) {
                continue;
            }
            spans.add(new Span(m.from(), m.to(), m.value().name(), m.value().broader()));
        }
        spans.sort(java.util.Comparator.comparingInt(Span::from));
        return spans;
    }

    // A sector name ends where a word does (not 化工 in 绿化工程); a name ending in 业 ends there whatever the
    // segmenter says (制造业主阵地 is not 制造/业主).
    private static boolean endsWord(String clause, WordBoundaries words, int from, int to) {
        return clause.charAt(to - 1) == '业' || words.endsWord(from, to);
    }

    // The sector an item names when the item as a whole decides it; null leaves it to the lexicon words inside it.
    private static Span itemSector(String clause, SectorLists.Item item, String broader,
            List<PhraseMatcher.Match<SectorLexicon.Term>> known, SectorLexicon lex) {
        String text = clause.substring(item.from(), item.to());
        SectorLexicon.Term t = whole(text, lex);
        if (t != null) {
            return new Span(item.from(), item.to(), t.name(), t.broader());
        }
        List<PhraseMatcher.Match<SectorLexicon.Term>> inner = known.stream()
                .filter(m -> m.from() >= item.from() && m.to() <= item.to()).toList();
        boolean overlaps = known.stream().anyMatch(m -> m.from() < item.to() && m.to() > item.from()
                && (m.from() < item.from() || m.to() > item.to()));
        if (overlaps || inner.size() == 1) {
            return null; // 前沿新材料, 人工智能基础算法: a lexicon name qualified, or a part of its field
        }
        if (text.length() < 2 || text.length() > SectorLists.MAX_ITEM) {
            return null;
        }
        return new Span(item.from(), item.to(), text, broader);
    }

    // The concept an item names as a whole: a name of the lexicon, or one with 业/产业/行业/服务 added or removed.
    private static SectorLexicon.Term whole(String item, SectorLexicon lex) {
        SectorLexicon.Term t = lex.term(item);
        if (t == null) {
            t = lex.term(item + "业");
        }
        for (String suffix : SUFFIXES) {
            if (t == null && item.endsWith(suffix) && item.length() > suffix.length() + 1) {
                String stem = item.substring(0, item.length() - suffix.length());
                t = lex.term(stem) != null ? lex.term(stem) : lex.term(stem + "业");
            }
        }
        return t;
    }

    // An everyday word (船舶 ships) is its sector before a word of industry or next to another sector in a 、 list.
    private static boolean industrySense(String clause, List<PhraseMatcher.Match<SectorLexicon.Term>> known, int k) {
        PhraseMatcher.Match<SectorLexicon.Term> m = known.get(k);
        if (INDUSTRY.matcher(clause.substring(m.to())).find()) {
            return true;
        }
        boolean before = k > 0 && known.get(k - 1).to() == m.from() - 1 && clause.charAt(m.from() - 1) == '、';
        boolean after = k + 1 < known.size() && known.get(k + 1).from() == m.to() + 1 && clause.charAt(m.to()) == '、';
        return before || after;
    }

    private static EntityMention mention(StructuredDocument doc, Paragraph p, int offset, Span s, String clause,
            List<RelationMention> relations) {
        Mention m = new Mention(doc.name(), p.index(), offset + s.from(), offset + s.to(),
                clause.substring(s.from(), s.to()));
        if (!s.broader().isEmpty()) {
            relations.add(new RelationMention("sector/" + s.name(), SKOS.broader, "sector/" + s.broader(), null, m));
        }
        return new EntityMention("sector/" + s.name(), Yrd.Sector, s.name(), m);
    }
}
