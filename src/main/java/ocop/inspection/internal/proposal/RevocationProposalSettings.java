package ocop.inspection.internal.proposal;

import ocop.documents.DocumentType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the revocation proposal (văn bản đề nghị thu hồi): {@code ocop.inspection.revocation-proposal-type} —
 * CV for a công văn (default, as the ward's request to the province for evaluation), TTr for a tờ trình — and
 * {@code ocop.inspection.province-agency}, the province's OCOP agency named on the copy list ("Sở Nông nghiệp và Môi
 * trường").
 */
@Configuration(proxyBeanMethods = false)
class RevocationProposalSettings {

    /** The values, checked at start. */
    record Values(DocumentType type, String provinceAgency) {

        Values {
            if (type != DocumentType.CV && type != DocumentType.TTr) {
                throw new IllegalArgumentException("ocop.inspection.revocation-proposal-type must be CV or TTr");
            }
        }
    }

    @Bean
    Values revocationProposalValues(
            @Value("${ocop.inspection.revocation-proposal-type:CV}") DocumentType type,
            @Value("${ocop.inspection.province-agency:Sở Nông nghiệp và Môi trường}") String agency) {
        return new Values(type, agency);
    }
}
