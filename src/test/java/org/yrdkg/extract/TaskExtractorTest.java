package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences of a plan become tasks, by the part of the plan they stand in. */
class TaskExtractorTest {
    private final TaskExtractor extractor = new TaskExtractor();

    @Test
    void theSituationSectionsHoldNoTasks() {
        // Given a plan whose first chapter reports what was done and whose second says what is to be done
        String plan = """
                某某地区协同发展规划

                第一章 发展背景

                第一节 发展基础

                合作机制不断完善。设立区域合作办公室，建立一批跨区域合作平台。

                第二节 重大意义

                推进一体化发展，有利于提升整体竞争力。

                第二章 重点任务

                第一节 交通互联

                加快建设城际铁路网，推进港口协同发展。
                """;
        // When its tasks are read
        List<String> tasks = Snippets.names(Snippets.extract(extractor, plan), "Task");
        // Then only the measures of the second chapter are tasks
        assertEquals(List.of("加快建设城际铁路网", "推进港口协同发展"), tasks.stream().sorted().toList());
    }
}
