package ocop.criteria.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.domain.ScoringEngine;
import ocop.criteria.domain.SheetIndex;
import ocop.criteria.internal.BundledSheets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Đo tốc độ chấm (evaluate throughput): QĐ26-01 with every item answered (the middle option of each, a 3★/4★
 * product that also needs the gap to the next class). Run with {@code ./mvnw -B -Pbenchmark test}
 * (docs/criteria-format.md, "Benchmark").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmark {

    private final ScoringEngine engine = new ScoringEngine();
    private CriteriaSheet sheet;
    private Map<String, String> answers;

    @Setup
    public void load() {
        sheet = new BundledSheets().sheets().stream().filter(s -> s.code().equals("QD26-01")).findFirst()
                .orElseThrow();
        answers = new HashMap<>();
        for (SheetIndex.Item item : SheetIndex.of(sheet).items()) {
            var options = item.criterion().options();
            answers.put(item.code(), options.get(options.size() / 2).code());
        }
    }

    @Benchmark
    public Evaluation evaluate() {
        return engine.evaluate(sheet, answers, Set.of());
    }
}
