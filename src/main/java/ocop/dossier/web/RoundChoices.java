package ocop.dossier.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.dossier.domain.EvaluationRounds;

/** The evaluation rounds a new dossier may aim at (đợt đánh giá): the next cut-off and the three after it. */
final class RoundChoices {

    private RoundChoices() {
    }

    /** One choice, e.g. value {@code 1/2027}, sent before 30/04/2027. */
    record Choice(String value, int round, int year, LocalDate sendBefore, LocalDate evaluatedBefore) {
    }

    static List<Choice> from(EvaluationRounds rounds, EvaluationRounds.NextCutOff next) {
        List<Choice> out = new ArrayList<>();
        EvaluationRounds.NextCutOff at = next;
        for (int i = 0; i < 4; i++) {
            out.add(new Choice(at.round().number() + "/" + at.year(), at.round().number(), at.year(), at.sendBefore(),
                    at.evaluatedBefore()));
            at = rounds.next(at.sendBefore().plusDays(1));
        }
        return out;
    }
}
