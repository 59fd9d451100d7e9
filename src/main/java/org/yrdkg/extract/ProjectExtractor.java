package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Projects: named works, zones and platforms, typed by their head noun or, for a bare name in a list, by the typed
 * names around it; each linked to the regions its name joins ({@code connects}: 沪苏湖 → 上海, 苏州, 湖州) or lies in
 * ({@code locatedIn}: 江苏如东 LNG 接收站 → 如东县), and to the stage its governing phrase gives.
 */
public final class ProjectExtractor implements Extractor {

    private static final java.util.regex.Pattern SHORT_FORM_NOTE = java.util.regex.Pattern.compile("（(以下)?简称[^）]*）");

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public Set<Resource> produces() {
        return Set.of(Yrd.Project, Yrd.Region);
    }

    @Override
    public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
        CompositeDecoder.Evidence prior = ctx.regions().evidence(doc);
        List<EntityMention> entities = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().text();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "，。；：！？".indexOf(text.charAt(i)) >= 0) {
                    clause(doc, p.index(), text, text.substring(from, i), from, ctx, prior, entities, relations);
                    from = i + 1;
                }
            }
        }
        return new Extraction(entities, relations);
    }

    private void clause(StructuredDocument doc, int paragraph, String paragraphText, String clause, int offset,
            ExtractionContext ctx, CompositeDecoder.Evidence prior, List<EntityMention> entities,
            List<RelationMention> relations) {
        String file = doc.name();
        ProjectLexicon lex = ctx.projects();
        List<GazetteerHit> places = ctx.places(doc).findAll(paragraphText, offset, offset + clause.length());
        List<ProjectSpans.Span> typed = ProjectSpans.find(clause, places, lex, ctx.gazetteer(), ctx.regions());
        if (typed.isEmpty()) {
            return;
        }
        Map<ProjectSpans.Span, Resource> types = new HashMap<>();
        typed.stream().filter(s -> s.head().type() != null).forEach(s -> types.put(s, s.head().type()));
        Resource majority = majority(types.values());
        for (ProjectSpans.Span s : typed) {
            if (s.head().type() == null) {
                List<PhraseMatcher.Match<Resource>> cues = lex.typeCues.findAll(s.name());
                types.put(s, !cues.isEmpty() ? cues.get(0).value() : majority != null ? majority : s.head().fallback());
            }
        }
        String sentence = sentence(paragraphText, offset);
        List<ProjectSpans.Span> works = new ArrayList<>();
        for (ProjectSpans.Span s : typed) {
            if (!figurativePort(s, sentence, lex, ctx.gazetteer())) {
                works.add(s);
            } else if (lex.riverContext.findAll(sentence).isEmpty()) {
                types.put(s, s.head().fallback() != null ? s.head().fallback() : ProjectLexicon.cls("OtherProject"));
                works.add(s);
            }
            // else a stream called 港 in a sentence about rivers and lakes (急水港 among 入湖河流): no work at all
        }
        majority = majority(types.values());
        List<ProjectSpans.Span> all = new ArrayList<>(works);
        for (ProjectSpans.Span s : BareListItems.find(clause, works, lex, ctx.gazetteer(), ctx.regions())) {
            all.add(s);
            types.put(s, majority);
        }
        List<RegionFinder.Place> clausePlaces = ctx.clausePlaces(doc, paragraph, paragraphText, offset,
                offset + clause.length());
        List<int[]> names = all.stream().map(s -> new int[] {s.from(), s.to()}).toList();
        StageReader stages = StageReader.of(clause, names, lex);
        for (ProjectSpans.Span s : all) {
            Resource type = types.get(s);
            // A parenthetical that defines a short form is no part of the name: 中国（上海）自由贸易试验区（以下简称…）新片区.
            String name = (s.head() == null ? s.name() + lex.preferredHead(type) : s.name())
                    .transform(n -> SHORT_FORM_NOTE.matcher(n).replaceAll(""));
            Mention mention = new Mention(file, paragraph, offset + s.from(), offset + s.to(), clause.substring(s.from(),
                    s.to()));
            String key = key(type, name, lex, ctx.gazetteer());
            entities.add(new EntityMention(key, type, name, mention));
            regions(key, type, s, clause, clausePlaces, offset, file, paragraph, ctx, prior, entities, relations,
                    mention);
            stages.read(s.from(), s.to()).ifPresent(stage ->
                    relations.add(new RelationMention(key, Yrd.stage, null, stage, mention)));
        }
    }

    /**
     * Whether a name ending in 港 is no port (虹桥国际人才港, a hub; 急水港, a stream): no place right before 港 and no
     * word of shipping in its sentence.
     */
    private static boolean figurativePort(ProjectSpans.Span s, String sentence, ProjectLexicon lex,
            Gazetteer gazetteer) {
        if (s.head() == null || !s.head().text().endsWith("港")) {
            return false;
        }
        String modifier = s.name().substring(0, Math.max(0, s.name().lastIndexOf(s.head().text())));
        boolean afterPlace = gazetteer.findAll(modifier).stream().anyMatch(h -> h.end() == modifier.length());
        return !afterPlace && lex.portContext.findAll(sentence).isEmpty();
    }

    // The sentence of a paragraph that holds the clause starting at offset.
    private static String sentence(String paragraph, int offset) {
        int from = offset;
        while (from > 0 && "。；！？".indexOf(paragraph.charAt(from - 1)) < 0) {
            from--;
        }
        int to = offset;
        while (to < paragraph.length() && "。；！？".indexOf(paragraph.charAt(to)) < 0) {
            to++;
        }
        return paragraph.substring(from, to);
    }

    private static void regions(String key, Resource type, ProjectSpans.Span s, String clause,
            List<RegionFinder.Place> clausePlaces, int offset,
            String file, int paragraph, ExtractionContext ctx, CompositeDecoder.Evidence evidence,
            List<EntityMention> entities, List<RelationMention> relations, Mention projectMention) {
        String surface = clause.substring(s.from(), s.to());
        List<RegionFinder.Place> places = ProjectRegions.places(clause, clausePlaces, s.from(), s.to(), type, ctx,
                evidence);
        for (RegionFinder.Place pl : places) {
            if (pl.surface().length() == 1) {
                Mention m = new Mention(file, paragraph, offset + s.from() + pl.from(), offset + s.from() + pl.to(),
                        pl.surface());
                entities.add(new EntityMention(RegionFinder.key(pl.entry()), RegionFinder.type(pl.entry()),
                        pl.entry().name(), m));
            }
        }
        List<RegionFinder.Place> linked = ProjectRegions.linked(places, surface, ctx.gazetteer());
        org.apache.jena.rdf.model.Property property = ProjectRegions.joins(type, linked) ? Yrd.connects : Yrd.locatedIn;
        for (String region : ProjectRegions.keys(linked)) {
            relations.add(new RelationMention(key, property, region, null, projectMention));
        }
    }

    /**
     * The merge key of a project: its class and its name without a head that names the same kind of thing (沪苏湖高铁
     * and 沪苏湖铁路 meet); a composite abbreviation becomes its sorted division codes (浙沪 and 沪浙 meet).
     */
    static String key(Resource type, String name, ProjectLexicon lex, Gazetteer gazetteer) {
        String core = name.replace(" ", "");
        for (String head : lex.sameHeadsLongestFirst(type)) {
            if (core.endsWith(head) && core.length() > head.length()) {
                core = core.substring(0, core.length() - head.length());
                break;
            }
        }
        String rest = core;
        String tail = "";
        PhraseMatcher.Match<ProjectLexicon.Head> head = lex.heads.endingAt(rest, rest.length());
        if (head != null && head.from() > 0) {
            tail = head.phrase();
            rest = rest.substring(0, head.from());
        }
        var decoded = gazetteer.byName(rest).isEmpty() ? CompositeNameDecoder.decode(rest, gazetteer)
                : java.util.Optional.<List<Division>>empty();
        if (decoded.isPresent()) {
            core = decoded.get().stream().map(Division::code).sorted().collect(Collectors.joining("|")) + tail;
        }
        return "project:" + type.getLocalName() + ":" + core;
    }

    // The type most spans have; of types as frequent, the one met first.
    private static Resource majority(java.util.Collection<Resource> types) {
        Map<Resource, int[]> counts = new java.util.LinkedHashMap<>();
        for (Resource t : types) {
            if (t != null) {
                counts.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        Resource best = null;
        int most = 0;
        for (Map.Entry<Resource, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] > most) {
                best = e.getKey();
                most = e.getValue()[0];
            }
        }
        return best;
    }
}
