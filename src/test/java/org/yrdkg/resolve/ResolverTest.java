package org.yrdkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yrdkg.text.Corpus;
import org.yrdkg.vocab.Yrd;

class ResolverTest {

    static synchronized KnowledgeBase seeds() {
        if (kb == null) {
            corpus = Corpus.load(Path.of("seeds"), n -> { });
            kb = Resolver.resolve(corpus);
        }
        return kb;
    }

    static Corpus corpus;
    private static KnowledgeBase kb;

    private static Entity entity(String id) {
        return seeds().entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no entity " + id));
    }

    @Test
    void oneEntityPerProjectWhateverItsSpelling() {
        // Given 沪苏湖 (outline), 沪苏湖高铁 (Shanghai plan); Then one railway, named in full, the others alt names
        Entity husuhu = entity("project/沪苏湖铁路");
        assertEquals(Yrd.Railway, husuhu.type());
        assertTrue(husuhu.altNames().containsAll(Set.of("沪苏湖", "沪苏湖高铁")), husuhu.altNames().toString());
        assertTrue(husuhu.mentions().stream().map(m -> m.file()).collect(Collectors.toSet()).size() >= 2);
        // and 浙沪联络线 / 沪浙联络线 are one pipeline
        long lianluo = seeds().entities().stream().filter(e -> e.id().matches("project/(浙沪|沪浙)联络线")).count();
        assertEquals(1, lianluo);
    }

    @Test
    void copiesJoinTheEntitiesOfTheFullText() {
        // Given the newspaper copies of the outline; Then no project is known only from a copy's misreading
        Entity e = entity("project/沪通铁路一期");
        Set<String> files = e.mentions().stream().map(m -> m.file()).collect(Collectors.toSet());
        assertTrue(files.size() >= 2, files.toString());
        assertTrue(seeds().entities().stream().allMatch(x -> x.altNames().stream().noneMatch(a -> a.contains("龙龙山"))));
    }

    @Test
    void aPassageACopyRepeatsStillJoinsTheFullText() {
        // Given a newspaper copy that prints a passage of the outline twice, misspelt, once merged into another
        // paragraph (where the alignment places only the first)
        seeds();
        // Then every project the copies name is also named by a file that is no copy
        List<String> copyOnly = seeds().entities().stream().filter(e -> e.id().startsWith("project/"))
                .filter(e -> e.mentions().stream().allMatch(m -> corpus.alignment(m.file()) != null))
                .map(Entity::name).toList();
        assertTrue(copyOnly.isEmpty(), copyOnly.toString());
    }

    @Test
    void aTaskIsStatedInACopyOnlyWhereTheCopySaysIt() {
        // Given newspaper copies of the outline, one of which moves passages about, so that its character
        // alignment places a sentence on another that shares a few characters (，建设) with it
        seeds();
        // Then every copy's mention of a task reads much as the task does: one of the two has at least half of the
        // other's two-character pieces (a copy misreads a character here and there, splits a task or runs two
        // together; it does not say something else)
        List<String> wrong = seeds().entities().stream().filter(e -> e.id().startsWith("task/"))
                .flatMap(e -> e.mentions().stream().filter(m -> corpus.alignment(m.file()) != null)
                        .filter(m -> Math.max(shared(m.surface(), e.name()), shared(e.name(), m.surface())) < 0.5).map(m -> e.name() + " | " + m.surface()))
                .toList();
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    // The share of the two-character pieces of a that b has too.
    private static double shared(String a, String b) {
        Set<String> pieces = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            pieces.add(a.substring(i, i + 2));
        }
        long found = pieces.stream().filter(b::contains).count();
        return pieces.isEmpty() ? 1 : (double) found / pieces.size();
    }

    @Test
    void regionHierarchyIsCompleteUpToTheProvince() {
        Entity rudong = entity("region/320623");
        assertEquals("Rudong County", rudong.en());
        assertEquals("Nantong", entity("region/320600").en());
        List<Relation> within = seeds().relations().stream()
                .filter(r -> r.subject().equals("region/320623") && r.property().equals(Yrd.within)).toList();
        assertEquals(Set.of("region/320600", "region/32"), within.stream().map(Relation::object)
                .collect(Collectors.toSet()));
        assertTrue(seeds().relations().stream().anyMatch(r -> r.subject().equals("region/320623")
                && r.property().equals(Yrd.directlyWithin) && r.object().equals("region/320600")));
    }

    @Test
    void sortedAndEveryObjectIsAnEntity() {
        List<String> ids = seeds().entities().stream().map(Entity::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        Set<String> known = Set.copyOf(ids);
        for (Relation r : seeds().relations()) {
            assertTrue(known.contains(r.subject()), r.toString());
            assertTrue(r.object() == null || known.contains(r.object()), r.toString());
        }
        assertFalse(seeds().entities().stream().anyMatch(e -> e.id().startsWith("project:")));
    }

    @Test
    void aNameWithARegionPrefixThatContainsItIsTheSameProject() {
        // Given 长三角G60科创走廊 and G60科创走廊 in the Shanghai plan; Then one corridor with both names
        List<Entity> corridors = seeds().entities().stream().filter(e -> e.id().startsWith("project/")
                && e.name().endsWith("G60科创走廊")).toList();
        assertEquals(1, corridors.size(), corridors.toString());
        assertEquals("长三角G60科创走廊", corridors.get(0).name());
        assertTrue(corridors.get(0).altNames().contains("G60科创走廊"), corridors.get(0).altNames().toString());
    }

    @Test
    void polyphonicPlaceNamesReadAsPlaces() {
        // Given 闵行区, whose 行 HanLP reads as in 行动; Then its English name is read as the place is
        assertEquals("Minhang District", entity("region/310112").en());
    }
}
