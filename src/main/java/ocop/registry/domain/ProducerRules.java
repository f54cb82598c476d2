package ocop.registry.domain;

import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import static ocop.system.VietnameseText.nfc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;

/**
 * Rules for a producer record (quy tắc hồ sơ chủ thể): required fields by type, legal identifiers (MST with its
 * check digit, CCCD, household registration numbers warned rather than rejected), phone, e-mail and workforce.
 * Every broken rule is reported at once, each naming its field.
 */
public final class ProducerRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 300;

    private ProducerRules() {
    }

    public static ValidatedProducer validate(ProducerInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (in.type() == null) {
            errors.add(new FieldError("type", "Chọn loại hình chủ thể."));
        }
        String name = nfc(in.name());
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "Nhập tên chủ thể."));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "Tên chủ thể dài quá " + MAX_NAME + " ký tự."));
        }
        String taxCode = identifier("taxCode", in.taxCode(), TaxCode::validate, errors);
        String personalId = identifier("personalId", in.personalId(), PersonalId::validate, errors);
        HouseholdRegistrationNo.Check registration = HouseholdRegistrationNo.validate(in.registrationNo());
        String phone = identifier("phone", in.phone(), PhoneNumber::validate, errors);
        if (in.type() != null) {
            requireLegalId(in.type(), taxCode, registration.value(), personalId, in, errors);
        }
        String email = blankToNull(in.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Địa chỉ thư điện tử không hợp lệ."));
        }
        if (in.foundedOn() != null && in.foundedOn().isAfter(today)) {
            errors.add(new FieldError("foundedOn", "Ngày thành lập không được sau ngày hôm nay."));
        }
        Workforce.check(in, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidatedProducer(in.type(), name, taxCode, registration.value(), personalId,
                blankToNull(in.representativeName()), blankToNull(in.representativeTitle()),
                in.representativeGender(), blankToNull(in.representativeEthnicity()),
                blankToNull(in.representativeAddress()), blankToNull(in.street()), in.neighbourhoodId(), phone, email,
                in.foundedOn(), in.workforceTotal(), in.workforceLocal(), in.workforceWomen(), in.workforceEthnic(),
                Boolean.TRUE.equals(in.youthStartup()), registration.present() ? registration.message() : null);
    }

    private static void requireLegalId(ProducerType type, String taxCode, String registrationNo, String personalId,
                                       ProducerInput in, List<FieldError> errors) {
        switch (type.requiredId()) {
            case TAX_CODE -> {
                if (taxCode == null && blankToNull(in.taxCode()) == null) {
                    errors.add(new FieldError("taxCode", "Nhập mã số thuế (mã số doanh nghiệp) của chủ thể."));
                }
            }
            case REGISTRATION_NO -> {
                if (registrationNo == null) {
                    errors.add(new FieldError("registrationNo", "Nhập mã số đăng ký hộ kinh doanh."));
                }
            }
            case PERSONAL_ID -> {
                if (personalId == null && blankToNull(in.personalId()) == null) {
                    errors.add(new FieldError("personalId", "Nhập số định danh cá nhân (CCCD) của người đại diện."));
                }
            }
        }
    }

    private static String identifier(String field, String raw, java.util.function.Function<String, IdentifierCheck> check,
                                     List<FieldError> errors) {
        if (blankToNull(raw) == null) {
            return null;
        }
        IdentifierCheck result = check.apply(raw);
        if (!result.valid()) {
            errors.add(new FieldError(field, result.message()));
            return null;
        }
        return result.canonical();
    }

    public static String blankToNull(String s) {
        String n = nfc(s);
        return n == null || n.isEmpty() ? null : n;
    }
}
