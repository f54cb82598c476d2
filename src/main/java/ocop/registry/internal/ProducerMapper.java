package ocop.registry.internal;

import java.time.OffsetDateTime;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.Neighbourhood;
import ocop.registry.ProducerView;
import ocop.registry.Gender;
import ocop.registry.domain.HouseholdRegistrationNo;
import ocop.registry.ProducerType;
import ocop.registry.QualitySystem;
import ocop.registry.domain.ValidatedProducer;
import ocop.system.VietnameseText;
import org.springframework.stereotype.Component;

/** Producer rows ⇄ validated input and views. */
@Component
class ProducerMapper {

    private final AccessApi access;

    ProducerMapper(AccessApi access) {
        this.access = access;
    }

    ProducerRow newRow(ValidatedProducer p, AdministrativeUnit unit, boolean demo, OffsetDateTime now) {
        return row(null, unit.code(), unit.provinceCode(), p, demo, now, now, null, List.of());
    }

    ProducerRow updatedRow(ProducerRow current, ValidatedProducer p, OffsetDateTime now) {
        return row(current.id(), current.unitCode(), current.provinceCode(), p, current.demo(), current.createdAt(),
                now, current.version(), current.certifications());
    }

    private static ProducerRow row(Long id, String unitCode, String provinceCode, ValidatedProducer p, boolean demo,
                                   OffsetDateTime created, OffsetDateTime updated, Integer version,
                                   List<QualityCertificationRow> certifications) {
        return new ProducerRow(id, unitCode, provinceCode, p.type().name(), p.name(), searchText(p), p.taxCode(),
                p.registrationNo(), p.personalId(), p.representativeName(), p.representativeTitle(),
                p.representativeGender() == null ? null : p.representativeGender().name(),
                p.representativeEthnicity(), p.representativeAddress(), p.street(), p.neighbourhoodId(), p.phone(),
                p.email(), p.foundedOn(), p.workforceTotal(), p.workforceLocal(), p.workforceWomen(),
                p.workforceEthnic(), p.youthStartup(), demo, created, updated, version, certifications);
    }

    /** What the search box matches: name, representative and legal ids, folded (no diacritics, lower case). */
    static String searchText(ValidatedProducer p) {
        return VietnameseText.fold(String.join(" ", nz(p.name()), nz(p.representativeName()), nz(p.taxCode()),
                nz(p.registrationNo()), nz(p.personalId())));
    }

    ProducerView toView(ProducerRow r) {
        String neighbourhood = r.neighbourhoodId() == null ? null
                : access.neighbourhood(r.neighbourhoodId()).map(Neighbourhood::name).orElse(null);
        String warning = r.registrationNo() == null ? null
                : HouseholdRegistrationNo.validate(r.registrationNo()).message();
        List<ProducerView.Certification> certs = r.certifications().stream()
                .map(c -> new ProducerView.Certification(c.id() == null ? 0 : c.id(), QualitySystem.valueOf(c.kind()),
                        c.name(), c.number(), c.issuer(), c.validFrom(), c.validUntil()))
                .toList();
        return new ProducerView(r.id(), r.unitCode(), ProducerType.valueOf(r.type()), r.name(), r.taxCode(),
                r.registrationNo(), warning, r.personalId(), r.representativeName(), r.representativeTitle(),
                r.representativeGender() == null ? null : Gender.valueOf(r.representativeGender()),
                r.representativeEthnicity(), r.representativeAddress(), r.street(), r.neighbourhoodId(), neighbourhood,
                r.phone(), r.email(), r.foundedOn(), r.workforceTotal(), r.workforceLocal(), r.workforceWomen(),
                r.workforceEthnic(), r.youthStartup(), certs, r.demo(), r.version() == null ? 0 : r.version());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
