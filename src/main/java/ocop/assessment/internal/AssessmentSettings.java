package ocop.assessment.internal;

import ocop.assessment.domain.Conclusions;
import ocop.documents.DocumentType;

/**
 * The module's settings (cấu hình đánh giá tại cấp xã), from {@code ocop.assessment.*}: the conclusions the ward may
 * choose ({@code conclusions}, {@value Conclusions#DEFAULT}), the type of the request to the province
 * ({@code province-request-type}: CV for a công văn, TTr for a tờ trình) and the name of the province's OCOP agency
 * ({@code province-agency}, "Sở Nông nghiệp và Môi trường").
 */
public record AssessmentSettings(Conclusions conclusions, DocumentType provinceRequestType, String provinceAgency) {

    public AssessmentSettings {
        if (provinceRequestType != DocumentType.CV && provinceRequestType != DocumentType.TTr) {
            throw new IllegalArgumentException("ocop.assessment.province-request-type must be CV or TTr");
        }
    }
}
