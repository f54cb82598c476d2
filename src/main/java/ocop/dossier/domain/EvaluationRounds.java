package ocop.dossier.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;

/**
 * The province's evaluation rounds (đợt đánh giá, QĐ 26/2026/QĐ-TTg Điều 5.1): the council finishes before 30/6 and
 * 30/12 the dossiers the commune proposes before 30/4 and 30/10. The dates are configuration.
 */
public final class EvaluationRounds {

    /** A round: the ward's cut-off to send and the date the province must finish by. */
    public record Round(int number, MonthDay sendBefore, MonthDay evaluatedBefore) {
    }

    /** The next cut-off on or after a day, with the year it falls in. */
    public record NextCutOff(int year, Round round, LocalDate sendBefore, LocalDate evaluatedBefore) {
    }

    private final List<Round> rounds;

    public EvaluationRounds(List<Round> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("at least one round");
        }
        this.rounds = rounds.stream().sorted(Comparator.comparing(Round::sendBefore)).toList();
    }

    public static EvaluationRounds decree26() {
        return new EvaluationRounds(List.of(new Round(1, MonthDay.of(4, 30), MonthDay.of(6, 30)),
                new Round(2, MonthDay.of(10, 30), MonthDay.of(12, 30))));
    }

    /** The first round whose cut-off is on or after {@code day} (the cut-off day itself still counts). */
    public NextCutOff next(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (Round r : rounds) {
                LocalDate cutOff = r.sendBefore().atYear(year);
                if (!cutOff.isBefore(day)) {
                    return new NextCutOff(year, r, cutOff, r.evaluatedBefore().atYear(year));
                }
            }
        }
    }

    public List<Round> rounds() {
        return rounds;
    }
}
