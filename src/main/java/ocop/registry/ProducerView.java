package ocop.registry;

import java.time.LocalDate;
import java.util.List;
import ocop.registry.Gender;
import ocop.registry.ProducerType;
import ocop.registry.QualitySystem;

/** A producer in full (hồ sơ chủ thể), as the detail page and {@code GET /api/v1/producers/{id}} show it. */
public record ProducerView(long id, String unitCode, ProducerType type, String name, String taxCode,
                           String registrationNo, String registrationWarning, String personalId,
                           String representativeName, String representativeTitle, Gender representativeGender,
                           String representativeEthnicity, String representativeAddress, String street,
                           Long neighbourhoodId, String neighbourhoodName, String phone, String email,
                           LocalDate foundedOn, Integer workforceTotal, Integer workforceLocal, Integer workforceWomen,
                           Integer workforceEthnic, boolean youthStartup, List<Certification> certifications,
                           boolean demo, int version) {

    /** The phone as people write it, e.g. "0912 345 678". */
    public String phoneDisplay() {
        return phone == null ? null : ocop.registry.domain.PhoneNumber.of(phone)
                .map(ocop.registry.domain.PhoneNumber::display).orElse(phone);
    }

    /** The legal id the type asks for, as shown in lists and documents. */
    public String legalId() {
        return taxCode != null ? taxCode : registrationNo != null ? registrationNo : personalId;
    }

    /** A quality certification held (chứng nhận chất lượng): kind, number, issuer and validity. */
    public record Certification(long id, QualitySystem kind, String name, String number, String issuer,
                                LocalDate validFrom, LocalDate validUntil) {
    }
}
