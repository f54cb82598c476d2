package ocop.registry.domain;

import ocop.registry.Gender;
import ocop.registry.ProducerType;
import java.time.LocalDate;

/** A producer's data after {@link ProducerRules}: NFC text, canonical identifiers, and the warnings to show. */
public record ValidatedProducer(ProducerType type, String name, String taxCode, String registrationNo,
                                String personalId, String representativeName, String representativeTitle,
                                Gender representativeGender, String representativeEthnicity,
                                String representativeAddress, String street, Long neighbourhoodId, String phone,
                                String email, LocalDate foundedOn, Integer workforceTotal, Integer workforceLocal,
                                Integer workforceWomen, Integer workforceEthnic, boolean youthStartup,
                                String registrationWarning) {
}
