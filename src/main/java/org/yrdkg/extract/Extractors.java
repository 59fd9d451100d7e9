package org.yrdkg.extract;

import java.util.List;

/** The extractors a build runs, in one explicit list. */
public final class Extractors {

    private Extractors() {}

    /** Regions, projects, sectors, actors, tasks and targets, in that order. */
    public static List<Extractor> defaults() {
        return List.of(new RegionExtractor(), new ProjectExtractor(), new SectorExtractor(), new ActorExtractor(),
                new TaskExtractor(), new TargetExtractor());
    }
}
