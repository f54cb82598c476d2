package ocop.registry.web;

import ocop.registry.ProducerView;
import ocop.registry.ProducerInput;

/** Turns a stored producer back into the input an edit form starts from. */
final class ProducerForms {

    private ProducerForms() {
    }

    static ProducerInput toInput(ProducerView p) {
        return new ProducerInput(p.type(), p.name(), p.taxCode(), p.registrationNo(), p.personalId(),
                p.representativeName(), p.representativeTitle(), p.representativeGender(),
                p.representativeEthnicity(), p.representativeAddress(), p.street(), p.neighbourhoodId(), p.phone(),
                p.email(), p.foundedOn(), p.workforceTotal(), p.workforceLocal(), p.workforceWomen(),
                p.workforceEthnic(), p.youthStartup(), p.unitCode(), p.version());
    }
}
