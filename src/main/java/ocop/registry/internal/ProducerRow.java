package ocop.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A producer as stored (registry.producer), with its quality certifications. */
@Table(schema = "registry", name = "producer")
record ProducerRow(@Id Long id, String unitCode, String provinceCode, String type, String name, String searchText,
                   String taxCode, String registrationNo, String personalId, String representativeName,
                   String representativeTitle, String representativeGender, String representativeEthnicity,
                   String representativeAddress, String street, Long neighbourhoodId, String phone, String email,
                   LocalDate foundedOn, Integer workforceTotal, Integer workforceLocal, Integer workforceWomen,
                   Integer workforceEthnic, boolean youthStartup, boolean demo, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, @Version Integer version,
                   @MappedCollection(idColumn = "producer_id", keyColumn = "producer_key")
                   List<QualityCertificationRow> certifications) {

    ProducerRow withCertifications(List<QualityCertificationRow> list) {
        return new ProducerRow(id, unitCode, provinceCode, type, name, searchText, taxCode, registrationNo, personalId,
                representativeName, representativeTitle, representativeGender, representativeEthnicity,
                representativeAddress, street, neighbourhoodId, phone, email, foundedOn, workforceTotal,
                workforceLocal, workforceWomen, workforceEthnic, youthStartup, demo, createdAt, OffsetDateTime.now(),
                version, list);
    }
}
