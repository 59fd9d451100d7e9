package org.yrdkg.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction quality on the development gold set — entities, tasks, actor–role pairs and targets — may not fall more
 * than 0.05 under the figures reached.
 */
class EvaluationRegressionTest {

    // kind → {precision, recall} reached on src/test/resources/gold (entities; tasks/ and targets/ for the task
    // kinds) when this test was last raised.
    private static final Map<String, double[]> REACHED = Map.of(
            "region", new double[] {1.00, 0.99},
            "project", new double[] {1.00, 0.97},
            "project-region", new double[] {1.00, 0.97},
            "sector", new double[] {1.00, 1.00},
            "task", new double[] {0.97, 0.98},
            "actor-role", new double[] {1.00, 1.00},
            "target", new double[] {1.00, 1.00});

    private static List<Evaluation.Score> scores;

    static synchronized List<Evaluation.Score> scores() {
        if (scores == null) {
            KnowledgeBase kb = ResolverTest.seeds();
            Path gold = Path.of("src/test/resources/gold");
            List<Evaluation.Score> all = new java.util.ArrayList<>(
                    Evaluation.score(kb, ResolverTest.corpus, Evaluation.readGold(gold)));
            all.addAll(TaskEvaluation.score(kb, ResolverTest.corpus, gold));
            scores = all;
        }
        return scores;
    }

    static Stream<Arguments> kinds() {
        return Stream.concat(Evaluation.KINDS.stream(), TaskEvaluation.KINDS.stream()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void noWorseThanReached(String kind) {
        Evaluation.Score s = scores().stream().filter(x -> x.kind().equals(kind)).findFirst().orElseThrow();
        double[] reached = REACHED.get(kind);
        String report = kind + ": P=" + s.precision() + " R=" + s.recall() + "; misses " + s.misses() + "; false hits "
                + s.falseHits();
        assertTrue(s.precision() >= reached[0] - 0.05, report);
        assertTrue(s.recall() >= reached[1] - 0.05, report);
    }
}
