package org.yrdkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ontology, the shapes and {@link Yrd} agree with each other, and the shapes accept a
 * well-formed graph and reject each kind of defect they are meant to catch.
 */
class OntologyTest {

    private static final String ONTOLOGY_FILE = "ontology/yrdkg.ttl";
    private static final String SHAPES_FILE = "ontology/shapes.ttl";
    private static final String ID = "https://w3id.org/yrdkg/id/";

    private static final String PREFIXES = """
            @prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org:  <http://www.w3.org/ns/org#> .
            @prefix oa:   <http://www.w3.org/ns/oa#> .
            @prefix yrd:  <https://w3id.org/yrdkg/ontology#> .
            @base <https://w3id.org/yrdkg/id/> .
            """;

    /** A small graph in the shape the pipeline produces; every shape has a focus node in it. */
    private static final String VALID_GRAPH = """
            <document/chang-jiang-san-jiao-zhou-qu-yu-yi-ti-hua-fa-zhan-gui-hua-gang-yao> a yrd:PolicyDocument ;
                rdfs:label "长江三角洲区域一体化发展规划纲要"@zh ,
                    "Outline of the Integrated Regional Development of the Yangtze River Delta"@en ;
                skos:altLabel "规划纲要"@zh ;
                yrd:title "长江三角洲区域一体化发展规划纲要" ;
                yrd:issuedBy <actor/zhonggong-zhongyang> , <actor/guowuyuan> ;
                yrd:issued "2019-12-01"^^xsd:date .
            <document/shanghai-shishi-fangan> a yrd:PolicyDocument ;
                rdfs:label "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案"@zh ;
                yrd:implements <document/chang-jiang-san-jiao-zhou-qu-yu-yi-ti-hua-fa-zhan-gui-hua-gang-yao> .

            <file/001> a yrd:DocumentFile ;
                yrd:fileName "001_bf7f4692ddf9924a.txt" ;
                yrd:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
                yrd:manifestationOf <document/chang-jiang-san-jiao-zhou-qu-yu-yi-ti-hua-fa-zhan-gui-hua-gang-yao> ;
                yrd:fullest true ;
                yrd:coverage 1.0 .
            <file/002> a yrd:DocumentFile ;
                yrd:fileName "002_1c4db03652775c40.txt" ;
                yrd:manifestationOf <document/chang-jiang-san-jiao-zhou-qu-yu-yi-ti-hua-fa-zhan-gui-hua-gang-yao> ;
                yrd:copyOf <file/001> ;
                yrd:fullest false ;
                yrd:coverage 0.42 ;
                yrd:covers <file/001/c5> ;
                yrd:variant <file/002/v1> .
            <file/002/v1> a yrd:VariantSpan ;
                yrd:inFile <file/002> ;
                oa:start "120"^^xsd:nonNegativeInteger ;
                oa:end "120"^^xsd:nonNegativeInteger ;
                yrd:variantText "" ;
                yrd:fullText "苏" .

            <file/001/c5> a yrd:Chapter ;
                yrd:partOf <file/001> ;
                yrd:inFile <file/001> ;
                yrd:order 5 ;
                yrd:number "第五章" ;
                yrd:title "提升基础设施互联互通水平" .
            <file/001/c5/p3> a yrd:Paragraph ;
                yrd:partOf <file/001/c5> ;
                yrd:inFile <file/001> ;
                yrd:order 3 ;
                yrd:leadSentence <file/001/c5/p3/s1> .
            <file/001/c5/p3/s1> a yrd:Sentence ;
                yrd:partOf <file/001/c5/p3> ;
                yrd:inFile <file/001> ;
                yrd:order 1 ;
                yrd:text "加快建设沪通铁路一期，推进北沿江高铁规划建设。" ;
                oa:start "30000"^^xsd:nonNegativeInteger ;
                oa:end "30024"^^xsd:nonNegativeInteger .

            <region/310000> a yrd:ProvinceLevelDivision ;
                rdfs:label "上海市"@zh , "Shanghai"@en , "Shànghǎi Shì"@zh-Latn-pinyin ;
                skos:altLabel "上海"@zh , "沪"@zh ;
                yrd:divisionCode "310000" ;
                yrd:within <region/chang-jiang-san-jiao-zhou> .
            <region/320000> a yrd:ProvinceLevelDivision ;
                rdfs:label "江苏省"@zh ;
                yrd:divisionCode "320000" ;
                yrd:within <region/chang-jiang-san-jiao-zhou> .
            <region/320600> a yrd:PrefectureLevelDivision ;
                rdfs:label "南通市"@zh ;
                yrd:divisionCode "320600" ;
                yrd:directlyWithin <region/320000> .
            <region/chang-jiang-san-jiao-zhou> a yrd:CrossRegionalArea ;
                rdfs:label "长三角"@zh , "Yangtze River Delta"@en ;
                skos:altLabel "长江三角洲"@zh .

            <project/hutong-tielu> a yrd:Railway ;
                rdfs:label "沪通铁路"@zh ;
                yrd:connects <region/310000> , <region/320600> ;
                yrd:locatedIn <region/320600> ;
                yrd:stage yrd:UnderConstruction ;
                yrd:inSector <sector/zonghe-jiaotong> ;
                yrd:mention <mention/001-30004> , <mention/001-30002> ;
                yrd:statedIn <file/001/c5/p3/s1> .
            <mention/001-30004> a yrd:Mention ;
                yrd:inSentence <file/001/c5/p3/s1> ;
                yrd:inFile <file/001> ;
                oa:start "30004"^^xsd:nonNegativeInteger ;
                oa:end "30008"^^xsd:nonNegativeInteger ;
                oa:exact "沪通铁路" .
            <mention/001-30002> a yrd:Mention ;
                yrd:inSentence <file/001/c5/p3/s1> ;
                oa:start "30002"^^xsd:nonNegativeInteger ;
                oa:end "30004"^^xsd:nonNegativeInteger ;
                oa:exact "建设" ;
                yrd:asserts yrd:stage ;
                yrd:assertsObject yrd:UnderConstruction .

            <sector/jichu-sheshi> a yrd:Sector ;
                rdfs:label "基础设施"@zh ;
                skos:inScheme yrd:SectorScheme .
            <sector/zonghe-jiaotong> a yrd:Sector ;
                rdfs:label "综合交通"@zh , "Integrated transport"@en ;
                skos:inScheme yrd:SectorScheme ;
                skos:broader <sector/jichu-sheshi> ;
                yrd:namedWith <region/chang-jiang-san-jiao-zhou> .

            <actor/zhonggong-zhongyang> a yrd:CentralAuthority ; rdfs:label "中共中央"@zh .
            <actor/guowuyuan> a yrd:CentralAuthority ;
                rdfs:label "国务院"@zh , "State Council"@en .
            <actor/shanghai-shi-renmin-zhengfu> a yrd:Government ;
                rdfs:label "上海市人民政府"@zh ;
                yrd:governs <region/310000> .
            <actor/shanghai-shi-fazhan-gaige-wei> a yrd:GovernmentDepartment ;
                rdfs:label "上海市发展改革委"@zh ;
                skos:altLabel "市发展改革委"@zh ;
                org:subOrganizationOf <actor/shanghai-shi-renmin-zhengfu> .

            <task/jiakuai-jianshe-hutong-tielu-yiqi> a yrd:Task ;
                rdfs:label "加快建设沪通铁路一期"@zh ;
                yrd:governingVerb "加快建设" ;
                yrd:mentions <project/hutong-tielu> , <region/320600> ;
                yrd:inSector <sector/zonghe-jiaotong> ;
                yrd:theme <file/001/c5/p3/s1> ;
                yrd:statedIn <file/001/c5/p3/s1> ;
                yrd:leadActor <actor/shanghai-shi-fazhan-gaige-wei> ;
                yrd:assignment <assignment/jiakuai-jianshe-hutong-tielu-yiqi-1> .
            <assignment/jiakuai-jianshe-hutong-tielu-yiqi-1> a yrd:Assignment ;
                yrd:assignedActor <actor/shanghai-shi-fazhan-gaige-wei> ;
                yrd:role yrd:LeadRole ;
                yrd:inferred true .

            <target/yanfa-touru-qiangdu-2025> a yrd:Target ;
                rdfs:label "2025年研发投入强度达到3%"@zh ;
                yrd:indicator "研发投入强度" ;
                yrd:value 3.0 ;
                yrd:unit "%" ;
                yrd:comparator yrd:Reach ;
                yrd:year 2025 ;
                yrd:baseline false ;
                yrd:scope <region/chang-jiang-san-jiao-zhou> ;
                yrd:statedIn <file/001/c5/p3/s1> .
            <target/chengxiang-shouru-bi-2025> a yrd:Target ;
                rdfs:label "2025年城乡居民收入差距缩小到2.2:1以内"@zh ;
                yrd:indicator "城乡居民收入差距" ;
                yrd:valueText "2.2:1" ;
                yrd:comparator yrd:AtMost ;
                yrd:year 2025 ;
                yrd:mention <mention/001-30004> .
            """;

    // --- (a) the files parse -------------------------------------------------------------

    @Test
    void ontologyFileParsesAndDeclaresTheOntology() {
        // Given / When
        Model ontology = ontology();

        // Then
        assertTrue(ontology.contains(
                ontology.createResource(Yrd.ONTOLOGY_IRI), RDF.type, OWL.Ontology),
                ONTOLOGY_FILE + " declares no owl:Ontology " + Yrd.ONTOLOGY_IRI);
    }

    @Test
    void shapesFileParsesIntoTargetedShapes() {
        // Given / When
        Shapes shapes = shapes();

        // Then
        for (Resource top : List.of(Yrd.Region, Yrd.Project, Yrd.Sector, Yrd.Task, Yrd.Actor,
                Yrd.Target, Yrd.PolicyDocument)) {
            assertTrue(shapes.getGraph().contains(Node.ANY, SHACL.targetClass, top.asNode()),
                    "no shape targets " + top);
        }
    }

    @Test
    void shapesUseOnlyTermsTheOntologyDeclares() {
        // Given
        Model ontology = ontology();
        Set<String> undeclared = new TreeSet<>();

        // When
        Iterator<Triple> it = shapes().getGraph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Yrd.NS)
                        && !ontology.contains(ontology.createResource(n.getURI()), RDF.type)) {
                    undeclared.add(n.getURI());
                }
            }
        }

        // Then
        assertEquals(Set.of(), undeclared, "terms used in " + SHAPES_FILE + " but not declared");
    }

    // --- (b) OWL consistency ------------------------------------------------------------

    @Test
    void ontologyIsConsistentForOwlReasoner() {
        // Given
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(), ontology());

        // When
        ValidityReport report = inf.validate();

        // Then
        assertTrue(report.isValid(), () -> describe(report));
    }

    @Test
    void wellFormedGraphIsConsistentWithTheOntology() {
        // Given: the sample graph the shapes accept, so domains and ranges fit the intended use
        Model data = RDFParser.fromString(PREFIXES + VALID_GRAPH, Lang.TURTLE).toModel().add(ontology());
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(), data);

        // When
        ValidityReport report = inf.validate();

        // Then
        assertTrue(report.isValid(), () -> describe(report));
    }

    @Test
    void reasonerRejectsAThingThatIsBothARegionAndAnActor() {
        // Given: a municipality confused with its government
        Model data = ontology();
        Resource shanghai = data.createResource(ID + "region/310000");
        shanghai.addProperty(RDF.type, Yrd.ProvinceLevelDivision);
        shanghai.addProperty(RDF.type, Yrd.Government);
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(), data);

        // When
        ValidityReport report = inf.validate();

        // Then
        assertFalse(report.isValid(), "yrd:Region and yrd:Actor should be disjoint");
    }

    @Test
    void withinIsTransitiveAndSpecialisesGeoSparqlWithin() {
        // Given
        Model data = ontology();
        Resource qingpu = data.createResource(ID + "region/310118");
        Resource shanghai = data.createResource(ID + "region/310000");
        Resource delta = data.createResource(ID + "region/chang-jiang-san-jiao-zhou");
        qingpu.addProperty(Yrd.directlyWithin, shanghai);
        shanghai.addProperty(Yrd.directlyWithin, delta);

        // When
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), data);

        // Then
        assertTrue(inf.contains(qingpu, Yrd.within, delta));
        assertTrue(inf.contains(qingpu,
                ResourceFactory.createProperty("http://www.opengis.net/ont/geosparql#sfWithin"), delta));
    }

    // --- (c) Yrd and the ontology agree ---------------------------------------------------

    @Test
    void everyConstantInYrdIsDeclaredInTheOntology() {
        // Given
        Model ontology = ontology();

        // When
        List<String> undeclared = yrdConstants().entrySet().stream()
                .filter(e -> !ontology.contains(e.getValue(), RDF.type))
                .map(e -> e.getKey() + " = " + e.getValue().getURI())
                .toList();

        // Then
        assertEquals(List.of(), undeclared, "constants of Yrd with no rdf:type in " + ONTOLOGY_FILE);
    }

    @Test
    void everyOntologyTermHasAConstantNamedAfterIt() {
        // Given
        Map<String, Resource> constants = yrdConstants();
        Set<String> constantUris = constants.values().stream().map(Resource::getURI)
                .collect(Collectors.toSet());

        // When
        List<Resource> terms = yrdTerms(ontology());
        List<String> missing = terms.stream()
                .map(Resource::getURI)
                .filter(uri -> !constantUris.contains(uri))
                .toList();
        List<String> misnamed = constants.entrySet().stream()
                .filter(e -> !e.getValue().getURI().equals(Yrd.NS + e.getKey().replaceFirst("_$", "")))
                .map(Map.Entry::getKey)
                .toList();

        // Then
        assertTrue(terms.containsAll(List.of(Yrd.Region, Yrd.Railway, Yrd.locatedIn, Yrd.LeadRole)),
                "expected classes, properties and controlled terms among " + terms.size() + " terms");
        assertEquals(List.of(), missing, "terms of " + ONTOLOGY_FILE + " with no constant in Yrd");
        assertEquals(List.of(), misnamed, "constants not named after their local name");
    }

    // --- (d) labels and definitions -------------------------------------------------------

    @Test
    void everyTermHasChineseAndEnglishLabelsAndDefinitions() {
        // Given
        Model ontology = ontology();
        List<String> defects = new ArrayList<>();

        // When
        for (Resource term : yrdTerms(ontology)) {
            for (Property p : List.of(RDFS.label, SKOS.definition)) {
                for (String lang : List.of("zh", "en")) {
                    long n = ontology.listObjectsOfProperty(term, p).toList().stream()
                            .filter(RDFNode::isLiteral)
                            .map(RDFNode::asLiteral)
                            .filter(l -> l.getLanguage().equals(lang) && !l.getString().isBlank())
                            .count();
                    if (n != 1) {
                        defects.add(term.getLocalName() + " has " + n + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }

        // Then
        assertEquals(List.of(), defects);
    }

    // --- (e) SHACL ------------------------------------------------------------------------

    @Test
    void wellFormedGraphConforms() {
        // Given / When
        ValidationReport report = validate(VALID_GRAPH);

        // Then
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void everyKindOfValueARangeAllowsConforms() {
        // Given: a task naming one of each kind, a sector named with each kind, units in units and files
        String graph = VALID_GRAPH + """
                <task/jiakuai-jianshe-hutong-tielu-yiqi> yrd:mentions <region/320000> , <sector/zonghe-jiaotong> ,
                    <actor/guowuyuan> , <target/yanfa-touru-qiangdu-2025> .
                <sector/jichu-sheshi> yrd:namedWith <project/hutong-tielu> , <region/320600> ,
                    <task/jiakuai-jianshe-hutong-tielu-yiqi> .
                <file/002/c1> a yrd:Chapter ; yrd:partOf <file/002> ; yrd:order 1 .
                <file/002/c1/s1> a yrd:Sentence ; yrd:partOf <file/002/c1> ; yrd:order 1 ; yrd:text "推进。" .
                """;

        // When
        ValidationReport report = validate(graph);

        // Then
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void brokenGraphFromTheBriefGivesViolations() {
        // Given: a region with no label, and a project located in a sector
        String broken = VALID_GRAPH + """
                <region/320500> a yrd:PrefectureLevelDivision ; yrd:divisionCode "320500" .
                <project/hutong-tielu> yrd:locatedIn <sector/zonghe-jiaotong> .
                """;

        // When
        ValidationReport report = validate(broken);

        // Then
        assertFalse(report.conforms());
        assertTrue(has(report, ID + "region/320500", RDFS.label.asNode(), SHACL.MinCountConstraintComponent),
                () -> describe(report));
        assertTrue(has(report, ID + "project/hutong-tielu", Yrd.locatedIn.asNode(),
                SHACL.ClassConstraintComponent), () -> describe(report));
    }

    /** One defect added to the well-formed graph; only its focus node may be reported. */
    record Defect(String name, String turtle, String focus, Node path, Node component) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Defect> defects() {
        Node label = RDFS.label.asNode();
        return Stream.of(
                new Defect("region without a label",
                        "<region/320500> a yrd:PrefectureLevelDivision ; yrd:divisionCode \"320500\" .",
                        "region/320500", label, SHACL.MinCountConstraintComponent),
                new Defect("region labelled only in pinyin",
                        "<region/320500> a yrd:PrefectureLevelDivision ; yrd:divisionCode \"320500\" ;"
                                + " rdfs:label \"Sūzhōu Shì\"@zh-Latn-pinyin .",
                        "region/320500", label, SHACL.QualifiedMinCountConstraintComponent),
                new Defect("region with two Chinese labels",
                        "<region/320500> a yrd:PrefectureLevelDivision ; yrd:divisionCode \"320500\" ;"
                                + " rdfs:label \"苏州市\"@zh , \"苏州\"@zh .",
                        "region/320500", label, SHACL.UniqueLangConstraintComponent),
                new Defect("label without a language tag",
                        "<actor/x> a yrd:Ministry ; rdfs:label \"国家发展改革委\" .",
                        "actor/x", label, SHACL.LanguageInConstraintComponent),
                new Defect("county without a division code",
                        "<region/x> a yrd:CountyLevelDivision ; rdfs:label \"青浦区\"@zh .",
                        "region/x", Yrd.divisionCode.asNode(), SHACL.MinCountConstraintComponent),
                new Defect("malformed division code",
                        "<region/x> a yrd:TownLevelDivision ; rdfs:label \"金泽镇\"@zh ; yrd:divisionCode \"31011810\" .",
                        "region/x", Yrd.divisionCode.asNode(), SHACL.PatternConstraintComponent),
                new Defect("project located in a sector",
                        "<project/x> a yrd:Airport ; rdfs:label \"南通新机场\"@zh ;"
                                + " yrd:locatedIn <sector/zonghe-jiaotong> .",
                        "project/x", Yrd.locatedIn.asNode(), SHACL.ClassConstraintComponent),
                new Defect("project stage that is not a stage",
                        "<project/x> a yrd:Airport ; rdfs:label \"南通新机场\"@zh ; yrd:stage yrd:AtLeast .",
                        "project/x", Yrd.stage.asNode(), SHACL.InConstraintComponent),
                new Defect("target year before 1949",
                        "<target/x> a yrd:Target ; rdfs:label \"x\"@zh ; yrd:indicator \"x\" ; yrd:value 1.0 ;"
                                + " yrd:year 1900 ; yrd:statedIn <file/001/c5/p3/s1> .",
                        "target/x", Yrd.year.asNode(), SHACL.MinInclusiveConstraintComponent),
                new Defect("target year typed xsd:int, as a Java int would be",
                        "<target/x> a yrd:Target ; rdfs:label \"x\"@zh ; yrd:indicator \"x\" ; yrd:value 1.0 ;"
                                + " yrd:year \"2025\"^^xsd:int ; yrd:statedIn <file/001/c5/p3/s1> .",
                        "target/x", Yrd.year.asNode(), SHACL.DatatypeConstraintComponent),
                new Defect("comparator outside the fixed list",
                        "<target/x> a yrd:Target ; rdfs:label \"x\"@zh ; yrd:indicator \"x\" ; yrd:value 1.0 ;"
                                + " yrd:comparator yrd:LeadRole ; yrd:statedIn <file/001/c5/p3/s1> .",
                        "target/x", Yrd.comparator.asNode(), SHACL.InConstraintComponent),
                new Defect("target without provenance",
                        "<target/x> a yrd:Target ; rdfs:label \"x\"@zh ; yrd:indicator \"x\" ; yrd:value 1.0 .",
                        "target/x", null, SHACL.NodeConstraintComponent),
                new Defect("task without provenance",
                        "<task/x> a yrd:Task ; rdfs:label \"推进长三角一体化\"@zh .",
                        "task/x", null, SHACL.NodeConstraintComponent),
                new Defect("assignment without a role",
                        "<assignment/x> a yrd:Assignment ; yrd:assignedActor <actor/guowuyuan> ."
                                + " <task/jiakuai-jianshe-hutong-tielu-yiqi> yrd:assignment <assignment/x> .",
                        "assignment/x", Yrd.role.asNode(), SHACL.MinCountConstraintComponent),
                new Defect("mention that ends before it starts",
                        "<mention/x> a yrd:Mention ; yrd:inSentence <file/001/c5/p3/s1> ; oa:exact \"沪通\" ;"
                                + " oa:start \"20\"^^xsd:nonNegativeInteger ; oa:end \"10\"^^xsd:nonNegativeInteger .",
                        "mention/x", OA.start.asNode(), SHACL.LessThanConstraintComponent),
                new Defect("negative offset",
                        "<mention/x> a yrd:Mention ; yrd:inSentence <file/001/c5/p3/s1> ; oa:exact \"沪通\" ;"
                                + " oa:start -1 ; oa:end \"10\"^^xsd:nonNegativeInteger .",
                        "mention/x", OA.start.asNode(), SHACL.DatatypeConstraintComponent),
                new Defect("coverage above one",
                        "<file/x> a yrd:DocumentFile ; yrd:fileName \"x.txt\" ; yrd:coverage 1.5 .",
                        "file/x", Yrd.coverage.asNode(), SHACL.MaxInclusiveConstraintComponent),
                new Defect("sentence without text",
                        "<file/001/c5/p3/s2> a yrd:Sentence ; yrd:partOf <file/001/c5/p3> ; yrd:order 2 .",
                        "file/001/c5/p3/s2", Yrd.text.asNode(), SHACL.MinCountConstraintComponent),
                new Defect("task mentioning a sentence",
                        "<task/jiakuai-jianshe-hutong-tielu-yiqi> yrd:mentions <file/001/c5/p3/s1> .",
                        "task/jiakuai-jianshe-hutong-tielu-yiqi", Yrd.mentions.asNode(), SHACL.ClassConstraintComponent),
                new Defect("task mentioning an untyped thing",
                        "<task/jiakuai-jianshe-hutong-tielu-yiqi> yrd:mentions <region/nowhere> .",
                        "task/jiakuai-jianshe-hutong-tielu-yiqi", Yrd.mentions.asNode(), SHACL.ClassConstraintComponent),
                new Defect("sector named with an actor",
                        "<sector/zonghe-jiaotong> yrd:namedWith <actor/guowuyuan> .",
                        "sector/zonghe-jiaotong", Yrd.namedWith.asNode(), SHACL.ClassConstraintComponent),
                new Defect("sector named with a sector",
                        "<sector/zonghe-jiaotong> yrd:namedWith <sector/jichu-sheshi> .",
                        "sector/zonghe-jiaotong", Yrd.namedWith.asNode(), SHACL.ClassConstraintComponent),
                new Defect("paragraph part of a mention",
                        "<file/001/c5/p4> a yrd:Paragraph ; yrd:partOf <mention/001-30004> ; yrd:order 4 .",
                        "file/001/c5/p4", Yrd.partOf.asNode(), SHACL.ClassConstraintComponent),
                new Defect("chapter part of a policy document",
                        "<file/001/c6> a yrd:Chapter ; yrd:partOf"
                                + " <document/chang-jiang-san-jiao-zhou-qu-yu-yi-ti-hua-fa-zhan-gui-hua-gang-yao> ; yrd:order 6 .",
                        "file/001/c6", Yrd.partOf.asNode(), SHACL.ClassConstraintComponent),
                new Defect("instance as a blank node",
                        "<project/hutong-tielu> yrd:locatedIn [ a yrd:CountyLevelDivision ;"
                                + " rdfs:label \"海门区\"@zh ; yrd:divisionCode \"320614\" ] .",
                        null, null, SHACL.NodeKindConstraintComponent));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void shapesReportTheDefect(Defect defect) {
        // Given
        String broken = VALID_GRAPH + defect.turtle() + "\n";

        // When
        ValidationReport report = validate(broken);

        // Then
        Node focus = defect.focus() == null ? null : NodeFactory.createURI(ID + defect.focus());
        assertFalse(report.conforms(), defect.name() + " was not reported");
        assertTrue(report.getEntries().stream().anyMatch(e -> matches(e, focus, defect.path(), defect.component())),
                () -> "expected " + defect.component().getLocalName() + " at " + defect.focus() + "\n"
                        + describe(report));
        if (focus != null) {
            assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(focus)),
                    () -> "other nodes reported too\n" + describe(report));
        }
    }

    // --- helpers --------------------------------------------------------------------------

    private static Model ontology() {
        return RDFParser.source(ONTOLOGY_FILE).lang(Lang.TURTLE).toModel();
    }

    private static Shapes shapes() {
        return Shapes.parse(RDFParser.source(SHAPES_FILE).lang(Lang.TURTLE).toGraph());
    }

    /** Validates data together with the ontology, whose rdfs:subClassOf the shapes rely on. */
    private static ValidationReport validate(String turtle) {
        Model data = RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toModel();
        Model union = ModelFactory.createUnion(data, ontology());
        return ShaclValidator.get().validate(shapes(), union.getGraph());
    }

    /** Every Resource or Property constant of Yrd, by field name. */
    private static Map<String, Resource> yrdConstants() {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field field : Yrd.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    constants.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(field.getName(), e);
                }
            }
        }
        assertFalse(constants.isEmpty(), "Yrd has no vocabulary constants");
        return constants;
    }

    /** Every IRI in the yrd: namespace that the ontology gives a type: classes, properties, terms. */
    private static List<Resource> yrdTerms(Model ontology) {
        return ontology.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Yrd.NS))
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .toList();
    }

    private static boolean has(ValidationReport report, String focus, Node path, Node component) {
        Node f = NodeFactory.createURI(focus);
        return report.getEntries().stream().anyMatch(e -> matches(e, f, path, component));
    }

    private static boolean matches(ReportEntry e, Node focus, Node path, Node component) {
        boolean focusOk = focus == null || focus.equals(e.focusNode());
        boolean pathOk = path == null
                ? true
                : e.resultPath() != null && PathFactory.pathLink(path).equals(e.resultPath());
        return focusOk && pathOk && component.equals(e.sourceConstraintComponent());
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    private static String describe(ValidityReport report) {
        List<String> lines = new ArrayList<>();
        report.getReports().forEachRemaining(r -> lines.add(r.toString()));
        return String.join("\n", lines);
    }
}
