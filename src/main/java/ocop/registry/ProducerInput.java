package ocop.registry;

import java.time.LocalDate;

/**
 * What a person types about a producer (thông tin chủ thể), from a form or the API. Only {@code type}, {@code name}
 * and the legal id the type needs are required; the rest may be completed later. {@code version} is the version
 * the editor started from (optimistic locking); {@code unitCode} defaults to the signed-in user's unit.
 */
public record ProducerInput(ProducerType type, String name, String taxCode, String registrationNo, String personalId,
                            String representativeName, String representativeTitle, Gender representativeGender,
                            String representativeEthnicity, String representativeAddress, String street,
                            Long neighbourhoodId, String phone, String email, LocalDate foundedOn,
                            Integer workforceTotal, Integer workforceLocal, Integer workforceWomen,
                            Integer workforceEthnic, Boolean youthStartup, String unitCode, Integer version) {

    public static ProducerInput empty() {
        return new ProducerInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, false, null, null);
    }
}
