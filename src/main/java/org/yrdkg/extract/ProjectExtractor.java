package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    // Classes whose names join the places they run between, rather than name the place they stand in.
    private static final Set<Resource> LINEAR = Set.of(Yrd.Railway, Yrd.UrbanRail, Yrd.Highway, Yrd.Crossing,
            Yrd.Pipeline, Yrd.PowerProject, Yrd.Corridor, Yrd.PortAndWaterway, Yrd.WaterWorks);

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
        Map<String, Double> prior = ctx.regions().prior(doc.paragraphs().stream().map(p -> p.text().text()).toList());
        List<EntityMention> entities = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().text();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "，。；：！？".indexOf(text.charAt(i)) >= 0) {
                    clause(doc.name(), p.index(), text.substring(from, i), from, ctx, prior, entities, relations);
                    from = i + 1;
                }
            }
        }
        return new Extraction(entities, relations);
    }

    private void clause(String file, int paragraph, String clause, int offset, ExtractionContext ctx,
            Map<String, Double> prior, List<EntityMention> entities, List<RelationMention> relations) {
        ProjectLexicon lex = ctx.projects();
        List<ProjectSpans.Span> typed = ProjectSpans.find(clause, lex, ctx.gazetteer(), ctx.regions());
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
        majority = majority(types.values());
        List<ProjectSpans.Span> all = new ArrayList<>(typed);
        for (ProjectSpans.Span s : ProjectSpans.bareItems(clause, typed, lex, ctx.gazetteer(), ctx.regions())) {
            all.add(s);
            types.put(s, majority);
        }
        for (ProjectSpans.Span s : all) {
            Resource type = types.get(s);
            // A parenthetical that defines a short form is no part of the name: 中国（上海）自由贸易试验区（以下简称…）新片区.
            String name = (s.head() == null ? s.name() + lex.preferredHead(type) : s.name())
                    .replaceAll("（(以下)?简称[^）]*）", "");
            Mention mention = new Mention(file, paragraph, offset + s.from(), offset + s.to(), clause.substring(s.from(),
                    s.to()));
            String key = key(type, name, lex, ctx.gazetteer());
            entities.add(new EntityMention(key, type, name, mention));
            regions(key, type, s, clause, offset, file, paragraph, ctx, prior, entities, relations, mention);
            StageReader.read(clause, s.from(), s.to(), lex).ifPresent(stage ->
                    relations.add(new RelationMention(key, Yrd.stage, null, stage, mention)));
        }
    }

    private void regions(String key, Resource type, ProjectSpans.Span s, String clause, int offset, String file,
            int paragraph, ExtractionContext ctx, Map<String, Double> prior, List<EntityMention> entities,
            List<RelationMention> relations, Mention projectMention) {
        String surface = clause.substring(s.from(), s.to());
        List<RegionFinder.Place> places = new ArrayList<>(ctx.regions().find(surface, prior));
        boolean[] covered = new boolean[surface.length()];
        places.forEach(pl -> java.util.Arrays.fill(covered, pl.from(), pl.to(), true));
        int i = 0;
        while (i < surface.length()) {
            int j = i;
            while (j < surface.length() && !covered[j]
                    && !ctx.gazetteer().abbreviations(surface.substring(j, j + 1)).isEmpty()) {
                j++;
            }
            if (j - i >= 2) {
                int at = i;
                int end = j;
                CompositeNameDecoder.readings(surface.substring(i, j), ctx.gazetteer()).ifPresent(ds -> {
                    for (int k = 0; k < ds.size() && at + k < end; k++) {
                        places.add(new RegionFinder.Place(at + k, at + k + 1, surface.substring(at + k, at + k + 1),
                                ds.get(k)));
                    }
                });
            }
            i = Math.max(j, i + 1);
        }
        List<RegionFinder.Place> specific = places.stream().filter(pl -> places.stream().noneMatch(o -> o != pl
                && o.entry() instanceof Division od && pl.entry() instanceof Division pd
                && ctx.gazetteer().isWithin(od.code(), pd.code()))).toList();
        Set<String> seen = new TreeSet<>();
        boolean divisions = specific.stream().anyMatch(pl -> pl.entry() instanceof Division);
        // An area in a name is part of the name (北沿江, 苏南硕放) unless the name has no division to link to.
        specific = specific.stream().filter(pl -> !divisions || pl.entry() instanceof Division).toList();
        boolean joins = LINEAR.contains(type) && specific.stream().map(pl -> pl.entry().name()).distinct().count() >= 2;
        for (RegionFinder.Place pl : places) {
            Mention m = new Mention(file, paragraph, offset + s.from() + pl.from(), offset + s.from() + pl.to(),
                    pl.surface());
            if (pl.surface().length() == 1) {
                entities.add(new EntityMention(RegionFinder.key(pl.entry()), RegionFinder.type(pl.entry()),
                        pl.entry().name(), m));
            }
            if (specific.contains(pl) && seen.add(RegionFinder.key(pl.entry()))) {
                relations.add(new RelationMention(key, joins ? Yrd.connects : Yrd.locatedIn,
                        RegionFinder.key(pl.entry()), null, projectMention));
            }
        }
    }

    /**
     * The merge key of a project: its class and its name without a head that names the same kind of thing (沪苏湖高铁
     * and 沪苏湖铁路 meet); a composite abbreviation becomes its sorted division codes (浙沪 and 沪浙 meet).
     */
    static String key(Resource type, String name, ProjectLexicon lex, Gazetteer gazetteer) {
        String core = name.replace(" ", "");
        for (String head : lex.sameHeads(type).stream().sorted((a, b) -> b.length() - a.length()).toList()) {
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

    private static Resource majority(java.util.Collection<Resource> types) {
        return types.stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(t -> t, java.util.LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
