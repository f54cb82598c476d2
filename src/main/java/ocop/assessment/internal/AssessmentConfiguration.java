package ocop.assessment.internal;

import ocop.assessment.domain.Conclusions;
import ocop.documents.DocumentType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds {@link AssessmentSettings} from configuration, each value with the decision's reading as default. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    AssessmentSettings assessmentSettings(
            @Value("${ocop.assessment.conclusions:" + Conclusions.DEFAULT + "}") String conclusions,
            @Value("${ocop.assessment.province-request-type:CV}") DocumentType requestType,
            @Value("${ocop.assessment.province-agency:Sở Nông nghiệp và Môi trường}") String agency) {
        return new AssessmentSettings(Conclusions.parse(conclusions), requestType, agency);
    }
}
