package org.yrdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the yrdkg ontology ({@code ontology/yrdkg.ttl}): one constant per class, controlled
 * term and property, named after its local name ({@code implements_} because {@code implements}
 * is a Java keyword). {@code OntologyTest} keeps this class and the ontology in step.
 *
 * <p>Reused terms come from Jena's own vocabularies: {@code ORG.subOrganizationOf},
 * {@code OA.start}, {@code OA.end}, {@code OA.exact}, {@code SKOS.broader}, {@code SKOS.inScheme},
 * {@code SKOS.altLabel}.
 *
 * <p>Literal datatypes the shapes check: {@link #year} and {@link #order} are {@code xsd:integer}
 * (write them with {@code XSDDatatype.XSDinteger}; a Java {@code int} becomes {@code xsd:int},
 * which fails); {@link #value} and {@link #coverage} are {@code xsd:decimal} (from a
 * {@code BigDecimal}); {@code oa:start} and {@code oa:end} are {@code xsd:nonNegativeInteger};
 * text values are plain {@code xsd:string} without a language tag; only {@code rdfs:label} and
 * {@code skos:altLabel} carry language tags.
 */
public final class Yrd {

    /** The namespace of the ontology terms. */
    public static final String NS = "https://w3id.org/yrdkg/ontology#";

    /** The IRI of the ontology itself, as served at {@code /ontology}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/yrdkg/ontology";

    private Yrd() {
    }

    /** The namespace, as Jena's own vocabulary classes offer it. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    // Top classes

    /**
     * A named geographic area: an administrative division, a planning area spanning several
     * divisions, or a place abroad.
     */
    public static final Resource Region = resource("Region");

    /**
     * A named work, facility, park, platform or functional zone in a plan, with a definite
     * location or route.
     */
    public static final Resource Project = resource("Project");

    /**
     * A field of work or industry of the plans, such as integrated circuits, transport or ecology;
     * the concepts of yrd:SectorScheme.
     */
    public static final Resource Sector = resource("Sector");

    /**
     * A piece of work a document calls for, usually a sentence or item led by a verb, such as
     * “speed up building the Shanghai–Nantong railway”.
     */
    public static final Resource Task = resource("Task");

    /**
     * An organisation that leads or takes part in tasks: a party or state organ, a coordination
     * body, an enterprise or an institution.
     */
    public static final Resource Actor = resource("Actor");

    /**
     * A measurable indicator value with year, comparator and unit, such as “R&amp;D intensity
     * reaches 3% by 2025”; or a baseline value describing the present.
     */
    public static final Resource Target = resource("Target");

    /**
     * A policy document as a work (such as the Outline of the Integrated Regional Development of
     * the Yangtze River Delta), independent of the files that carry all or part of it.
     */
    public static final Resource PolicyDocument = resource("PolicyDocument");

    // Ranges with several kinds of value (nothing is typed with them; the shapes test them with sh:class)

    /** What the text of a task can name: a region, project, sector, actor or target; the range of {@link #mentions}. */
    public static final Resource TaskReferent = resource("TaskReferent");

    /** What can be named together with a sector in one phrase: a region, project or task; the range of {@link #namedWith}. */
    public static final Resource SectorCompanion = resource("SectorCompanion");

    /** What immediately contains a text unit: a larger text unit or the file itself; the range of {@link #partOf}. */
    public static final Resource TextContainer = resource("TextContainer");

    // Regions

    /**
     * A province, autonomous region or municipality directly under the central government, such as
     * Shanghai, Jiangsu, Zhejiang or Anhui.
     */
    public static final Resource ProvinceLevelDivision = resource("ProvinceLevelDivision");

    /**
     * A prefecture-level city, prefecture, autonomous prefecture or league, such as Nanjing or
     * Hefei.
     */
    public static final Resource PrefectureLevelDivision = resource("PrefectureLevelDivision");

    /**
     * A district, county-level city, county or autonomous county, such as Qingpu, Wujiang or
     * Jiashan.
     */
    public static final Resource CountyLevelDivision = resource("CountyLevelDivision");

    /** A town, township or sub-district, such as Jinze or Xitang. */
    public static final Resource TownLevelDivision = resource("TownLevelDivision");

    /**
     * An area drawn by the plans or in common use that spans or differs from administrative
     * divisions, such as the Yangtze River Delta, its central area, northern Anhui or northern
     * Jiangsu.
     */
    public static final Resource CrossRegionalArea = resource("CrossRegionalArea");

    /**
     * A country or region outside the administrative divisions of mainland China, such as the Belt
     * and Road countries or Europe.
     */
    public static final Resource ForeignRegion = resource("ForeignRegion");

    // Projects

    /**
     * A main-line, high-speed or intercity railway, or a railway hub, such as the Shanghai–Nantong
     * railway.
     */
    public static final Resource Railway = resource("Railway");

    /** A metro, light-rail or suburban rail line serving a city and its surroundings. */
    public static final Resource UrbanRail = resource("UrbanRail");

    /** An expressway or trunk road, or its widening, such as the Shanghai–Nanjing expressway. */
    public static final Resource Highway = resource("Highway");

    /**
     * A bridge, tunnel or other link across a river or the sea, such as the
     * Shanghai–Suzhou–Nantong Yangtze bridge.
     */
    public static final Resource Crossing = resource("Crossing");

    /**
     * A civil or general-aviation airport or its extension, such as Pudong International Airport.
     */
    public static final Resource Airport = resource("Airport");

    /**
     * A port, port area, wharf or inland or coastal waterway, such as the Yangshan port area or
     * the Grand Canal.
     */
    public static final Resource PortAndWaterway = resource("PortAndWaterway");

    /** A liquefied-natural-gas receiving terminal or storage facility. */
    public static final Resource LNGTerminal = resource("LNGTerminal");

    /** An oil or gas pipeline, or a work interconnecting pipelines. */
    public static final Resource Pipeline = resource("Pipeline");

    /**
     * A generation or grid work, such as an ultra-high-voltage line, a nuclear plant or offshore
     * wind.
     */
    public static final Resource PowerProject = resource("PowerProject");

    /**
     * A water transfer, flood control, water source or water environment work, such as the
     * Yangtze-to-Huaihe transfer.
     */
    public static final Resource WaterWorks = resource("WaterWorks");

    /** An industrial or cooperation park, such as the China–Singapore Suzhou Industrial Park. */
    public static final Resource IndustrialPark = resource("IndustrialPark");

    /**
     * A zone with its own policies: development zone, new area, demonstration zone, pilot zone or
     * new section, such as the Lingang Special Area.
     */
    public static final Resource DevelopmentZone = resource("DevelopmentZone");

    /**
     * A laboratory, comprehensive national science centre, large research facility or technology
     * innovation centre.
     */
    public static final Resource InnovationPlatform = resource("InnovationPlatform");

    /**
     * A planned corridor, development belt or cluster of towns, such as the G60 science and
     * innovation corridor.
     */
    public static final Resource Corridor = resource("Corridor");

    /**
     * A project that fits none of the other project classes, such as information infrastructure or
     * a public service facility.
     */
    public static final Resource OtherProject = resource("OtherProject");

    // Actors

    /** The Party Central Committee, the State Council or another central leading organ. */
    public static final Resource CentralAuthority = resource("CentralAuthority");

    /**
     * A ministry, commission or agency of the State Council, such as the National Development and
     * Reform Commission.
     */
    public static final Resource Ministry = resource("Ministry");

    /**
     * A coordinating group or its office, such as the Leading Group for the Yangtze River Delta
     * integration or its office.
     */
    public static final Resource CoordinationBody = resource("CoordinationBody");

    /**
     * A provincial, municipal, district, county or township people's government, such as the
     * Shanghai Municipal People's Government.
     */
    public static final Resource Government = resource("Government");

    /**
     * A department of a local people's government, such as a municipal development and reform
     * commission.
     */
    public static final Resource GovernmentDepartment = resource("GovernmentDepartment");

    /**
     * An enterprise, university, research institute, trade association or other non-governmental
     * organisation.
     */
    public static final Resource EnterpriseOrInstitution = resource("EnterpriseOrInstitution");

    /**
     * A local Party committee, people's congress or its standing committee, or committee of the
     * political consultative conference, such as the Shanghai Municipal People's Congress.
     */
    public static final Resource PoliticalBody = resource("PoliticalBody");

    // Documents, structure and provenance

    /**
     * One source file carrying all or part of a policy document (a newspaper copy, say); offsets
     * refer to its raw text.
     */
    public static final Resource DocumentFile = resource("DocumentFile");

    /**
     * A unit of a document's structure (chapter, section, item, paragraph or sentence); abstract,
     * instances take a subclass.
     */
    public static final Resource TextUnit = resource("TextUnit");

    /** A chapter numbered “第X章”. */
    public static final Resource Chapter = resource("Chapter");

    /** A section numbered “第X节”. */
    public static final Resource Section = resource("Section");

    /** An item numbered “一、”, “（一）” or “1.”, as in implementation plans. */
    public static final Resource Item = resource("Item");

    /** A paragraph, often opened by a lead sentence that sums it up. */
    public static final Resource Paragraph = resource("Paragraph");

    /**
     * A stretch of text ended by a full stop, semicolon, question or exclamation mark; the
     * smallest unit a fact is traced to.
     */
    public static final Resource Sentence = resource("Sentence");

    /**
     * A span of a sentence that names an entity or states a relation, located by code-point
     * offsets in the raw file.
     */
    public static final Resource Mention = resource("Mention");

    /** A span where a copy's wording differs from the fullest version, with both readings. */
    public static final Resource VariantSpan = resource("VariantSpan");

    /**
     * The n-ary relation between a task, an actor and the actor's role; stated by the document, or
     * inferred from its default division of responsibility.
     */
    public static final Resource Assignment = resource("Assignment");

    // Controlled terms (SKOS concepts in the yrd: namespace)

    /** The construction stage a plan gives for a project; values in yrd:StageScheme. */
    public static final Resource Stage = resource("Stage");

    /** How a target value bounds its indicator; values in yrd:ComparatorScheme. */
    public static final Resource Comparator = resource("Comparator");

    /** The part an actor plays in a task; values in yrd:RoleScheme. */
    public static final Resource Role = resource("Role");

    /** Controlled list of project construction stages. */
    public static final Resource StageScheme = resource("StageScheme");

    /** Controlled list of target comparators. */
    public static final Resource ComparatorScheme = resource("ComparatorScheme");

    /** Controlled list of the roles of actors in tasks. */
    public static final Resource RoleScheme = resource("RoleScheme");

    /**
     * Classification of the fields and industries of the plans; its concepts (instances of
     * yrd:Sector) come from the lexicon and form a hierarchy with skos:broader.
     */
    public static final Resource SectorScheme = resource("SectorScheme");

    /** Construction has started and is going on. */
    public static final Resource UnderConstruction = resource("UnderConstruction");

    /** Construction is to start within the plan period. */
    public static final Resource ToStartConstruction = resource("ToStartConstruction");

    /** Feasibility studies, approvals and other work before construction. */
    public static final Resource PreliminaryWork = resource("PreliminaryWork");

    /** Whether and how to build is still being studied. */
    public static final Resource Study = resource("Study");

    /** Included in the plan for building, with no more specific stage given. */
    public static final Resource Planned = resource("Planned");

    /** Enlarging an existing facility. */
    public static final Resource Expansion = resource("Expansion");

    /** Rebuilding or raising the grade of an existing facility. */
    public static final Resource Upgrade = resource("Upgrade");

    /** Built, or to be finished within the plan period. */
    public static final Resource Completed = resource("Completed");

    /** The indicator is greater than or equal to the value. */
    public static final Resource AtLeast = resource("AtLeast");

    /** The indicator is less than or equal to the value. */
    public static final Resource AtMost = resource("AtMost");

    /** The indicator is about the value. */
    public static final Resource Approximately = resource("Approximately");

    /**
     * The indicator reaches the value; also the comparator of a target stated with no other
     * comparative word.
     */
    public static final Resource Reach = resource("Reach");

    /** The indicator is strictly greater than the value. */
    public static final Resource Exceed = resource("Exceed");

    /** The actor that leads the task and answers for it. */
    public static final Resource LeadRole = resource("LeadRole");

    /** An actor that works on the task together with the lead. */
    public static final Resource CooperatingRole = resource("CooperatingRole");

    /**
     * The X of “support X to …” or “encourage X to …”: the actor that is backed and actually
     * carries out the task.
     */
    public static final Resource SupportedRole = resource("SupportedRole");

    // Properties: regions

    /**
     * The region lies inside another region (transitive): a county lies within its prefecture and
     * its province.
     */
    public static final Property within = property("within");

    /**
     * The division one level up, or the area that immediately contains the region (not
     * transitive).
     */
    public static final Property directlyWithin = property("directlyWithin");

    /**
     * The GB/T 2260 administrative division code (9-digit statistical code for towns), such as
     * “310118”.
     */
    public static final Property divisionCode = property("divisionCode");

    // Properties: projects and sectors

    /** A region the project lies in. */
    public static final Property locatedIn = property("locatedIn");

    /** A region a linear project (railway, road, crossing, pipeline …) links or runs through. */
    public static final Property connects = property("connects");

    /** The construction stage the document gives for the project. */
    public static final Property stage = property("stage");

    /** The sector a project, task or target belongs to. */
    public static final Property inSector = property("inSector");

    /**
     * The sector is named together with a region, project or task in one phrase, such as “Hefei
     * integrated circuits”.
     */
    public static final Property namedWith = property("namedWith");

    // Properties: tasks and assignments

    /** A region, project, sector, actor or target the text of the task names. */
    public static final Property mentions = property("mentions");

    /** The actor leading the task; a shortcut for an assignment with role yrd:LeadRole. */
    public static final Property leadActor = property("leadActor");

    /**
     * An actor working with the lead on the task; a shortcut for an assignment with role
     * yrd:CooperatingRole.
     */
    public static final Property cooperatingActor = property("cooperatingActor");

    /**
     * The X of “support X” or “encourage X”, who carries out the task; a shortcut for an
     * assignment with role yrd:SupportedRole.
     */
    public static final Property supportedActor = property("supportedActor");

    /** One assignment (actor and role) of the task. */
    public static final Property assignment = property("assignment");

    /** The actor of the assignment. */
    public static final Property assignedActor = property("assignedActor");

    /** The role of the actor in the assignment. */
    public static final Property role = property("role");

    /**
     * True when the assignment is not stated but derived from the document's default division of
     * responsibility.
     */
    public static final Property inferred = property("inferred");

    /**
     * The verb that governs the task or assignment, such as 推进 (advance), 加快建设 (speed up building)
     * or 牵头 (lead).
     */
    public static final Property governingVerb = property("governingVerb");

    /**
     * The lead sentence of the paragraph or item the task is in, which gives its broader purpose.
     */
    public static final Property theme = property("theme");

    /**
     * A sentence that states this entity or relation; every such sentence in every file is
     * recorded.
     */
    public static final Property statedIn = property("statedIn");

    // Properties: actors

    /**
     * The region a government or department has jurisdiction over, such as the Shanghai government
     * over Shanghai.
     */
    public static final Property governs = property("governs");

    // Properties: targets

    /** What the target measures, such as R&amp;D intensity or the urbanisation rate. */
    public static final Property indicator = property("indicator");

    /** The number of the target, without unit: 3 for 3%. */
    public static final Property value = property("value");

    /** The value as written in the document, such as “2.2:1”. */
    public static final Property valueText = property("valueText");

    /** How the indicator relates to the value. */
    public static final Property comparator = property("comparator");

    /** The unit of the value as written, such as “%”, “公里” (km) or “万标箱” (10,000 TEU). */
    public static final Property unit = property("unit");

    /** The year the target is due (for a baseline, the year it describes), such as 2025. */
    public static final Property year = property("year");

    /** True when the value describes the present, not a goal. */
    public static final Property baseline = property("baseline");

    /** The region the target applies to. */
    public static final Property scope = property("scope");

    // Properties: documents, files and structure

    /** The policy document the file carries. */
    public static final Property manifestationOf = property("manifestationOf");

    /**
     * An organ that issued the policy document, such as the Party Central Committee and the State
     * Council.
     */
    public static final Property issuedBy = property("issuedBy");

    /** The date the policy document was issued. */
    public static final Property issued = property("issued");

    /** The higher-level document an implementation plan carries out. */
    public static final Property implements_ = property("implements");

    /** The file the text unit, mention or variant span is in. */
    public static final Property inFile = property("inFile");

    /**
     * The unit immediately containing this one: a sentence in a paragraph, a paragraph in a
     * section or chapter, a chapter in a file.
     */
    public static final Property partOf = property("partOf");

    /** Position of the unit among its siblings, from 1. */
    public static final Property order = property("order");

    /** The numbering of the unit as written, such as “第五章” or “（一）”. */
    public static final Property number = property("number");

    /** The heading of a document, chapter, section or item, without its number. */
    public static final Property title = property("title");

    /** The text of the unit after cleaning and conversion to simplified characters. */
    public static final Property text = property("text");

    /** The sentence opening a paragraph or item that sums it up. */
    public static final Property leadSentence = property("leadSentence");

    /** The fullest version of the same document, which this copy is aligned to. */
    public static final Property copyOf = property("copyOf");

    /**
     * True when the file is the most complete version of its document, to which the copies are
     * aligned.
     */
    public static final Property fullest = property("fullest");

    /** The share of the fullest version's text that the file covers, from 0 to 1. */
    public static final Property coverage = property("coverage");

    /** A chapter or section of the fullest version that the copy contains. */
    public static final Property covers = property("covers");

    /** A span where the copy's wording differs from the fullest version. */
    public static final Property variant = property("variant");

    /** The copy's reading at the variant (empty when the copy lacks the text). */
    public static final Property variantText = property("variantText");

    /** The fullest version's reading at the variant (empty when the copy has extra text). */
    public static final Property fullText = property("fullText");

    /** The unit of the fullest version that this unit of a copy corresponds to. */
    public static final Property alignedWith = property("alignedWith");

    /** The name of the source file, without directory. */
    public static final Property fileName = property("fileName");

    /** The SHA-256 digest of the raw bytes of the file, as 64 lower-case hex digits. */
    public static final Property sha256 = property("sha256");

    // Properties: mentions and provenance

    /** A span of text that names this entity or states this relation. */
    public static final Property mention = property("mention");

    /** The sentence the mention is in. */
    public static final Property inSentence = property("inSentence");

    /**
     * The property (its IRI) a relation mention supports, such as yrd:locatedIn; the subject is
     * the resource pointing to the mention with yrd:mention.
     */
    public static final Property asserts = property("asserts");

    /** The object of the statement a relation mention supports. */
    public static final Property assertsObject = property("assertsObject");
}
