package ocop.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.registry.domain.ProducerRules;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;

/**
 * A quality certification a producer holds (chứng nhận chất lượng: VietGAP, GlobalGAP, GMP, ISO 22000, HACCP,
 * hữu cơ, …) with its number, issuer and validity.
 */
public record CertificationInput(QualitySystem kind, String name, String number, String issuer, LocalDate validFrom,
                                 LocalDate validUntil) {

    public CertificationInput validated() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "Chọn loại chứng nhận."));
        }
        String cleanName = ProducerRules.blankToNull(name);
        if (kind == QualitySystem.OTHER && cleanName == null) {
            errors.add(new FieldError("name", "Nhập tên chứng nhận."));
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "Ngày hết hạn phải sau ngày cấp."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CertificationInput(kind, cleanName, ProducerRules.blankToNull(number),
                ProducerRules.blankToNull(issuer), validFrom, validUntil);
    }
}
