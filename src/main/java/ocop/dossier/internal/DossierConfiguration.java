package ocop.dossier.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import ocop.documents.DocumentType;
import ocop.dossier.domain.EvaluationRounds;
import ocop.dossier.domain.EvidenceChecklist;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.domain.FormCheck;
import ocop.dossier.domain.RegistrationNumber;
import ocop.dossier.domain.ResultRules;
import ocop.dossier.domain.WardClock;
import ocop.dossier.domain.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Builds the module's rules from configuration and reference data: the working-day calendar, the ward's clock, the
 * evaluation rounds ({@code MM-dd/MM-dd}: send before / evaluated before), the checklist, the form fields and the
 * settings. Every uncertain value of the decision is a property with the decision's reading as default.
 */
@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(
            @Value("${ocop.dossier.calendar:classpath:reference/calendar/vn-working-calendar.json}") Resource file)
            throws IOException {
        return ReferenceJson.calendar(file.getInputStream());
    }

    @Bean
    WardClock wardClock(@Value("${ocop.dossier.ward-working-days:15}") int days,
                        @Value("${ocop.dossier.restart-clock-on-resubmission:true}") boolean restart) {
        return new WardClock(days, restart);
    }

    @Bean
    EvaluationRounds evaluationRounds(@Value("${ocop.dossier.rounds:04-30/06-30,10-30/12-30}") String rounds) {
        List<EvaluationRounds.Round> list = new ArrayList<>();
        String[] parts = rounds.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] dates = parts[i].strip().split("/");
            list.add(new EvaluationRounds.Round(i + 1, MonthDay.parse("--" + dates[0].strip()),
                    MonthDay.parse("--" + dates[1].strip())));
        }
        return new EvaluationRounds(list);
    }

    @Bean
    EvidenceChecklist evidenceChecklist(
            @Value("${ocop.dossier.checklist:classpath:reference/dossier/evidence-checklist.json}") Resource file)
            throws IOException {
        return ReferenceJson.checklist(file.getInputStream());
    }

    @Bean
    FormCatalog formCatalog(@Value("${ocop.dossier.form-fields:classpath:reference/dossier/form-fields.json}") Resource file)
            throws IOException {
        return ReferenceJson.forms(file.getInputStream());
    }

    @Bean
    FormCheck formCheck(FormCatalog forms, EvidenceChecklist checklist, DossierSettings settings) {
        return new FormCheck(forms, checklist, settings.samplesRequired());
    }

    @Bean
    DossierSettings dossierSettings(
            @Value("${ocop.dossier.registration-number-format:" + RegistrationNumber.DEFAULT_FORMAT + "}") String format,
            @Value("${ocop.dossier.submit-requires-complete:true}") boolean complete,
            @Value("${ocop.dossier.samples:5}") int samples,
            @Value("${ocop.dossier.require-plan-for-new-ideas:true}") boolean plan,
            @Value("${ocop.dossier.form-document-type:BC}") DocumentType documentType,
            @Value("${ocop.dossier.evidence-max-bytes:10485760}") long maxBytes,
            @Value("${ocop.dossier.result.propose-at-or-above:90}") BigDecimal propose,
            @Value("${ocop.dossier.result.not-recognised-below:50}") BigDecimal notRecognised,
            @Value("${ocop.dossier.result.four-stars-from:70}") BigDecimal fourStars) {
        return new DossierSettings(format, complete, samples, plan, documentType, maxBytes,
                new ResultRules.Policy(propose, notRecognised, fourStars));
    }
}
