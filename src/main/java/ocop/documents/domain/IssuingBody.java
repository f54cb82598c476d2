package ocop.documents.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ocop.documents.DocumentType;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import ocop.system.VietnameseText;

/**
 * Settings of an issuing body (cơ quan ban hành văn bản), the commune-level People's Committee: its name as printed
 * ("ỦY BAN NHÂN DÂN" / "PHƯỜNG LONG KHÁNH"), the place name of the date line, the symbol abbreviations (body
 * "UBND", drafting unit "KT" for công văn, overrides per type), the numbering mode, the default recipients of copies
 * and the archive line ("Lưu: VT, KT.").
 */
public record IssuingBody(String unitCode, List<String> nameLines, String placeName, String bodyAbbreviation,
                          String fieldAbbreviation, Map<DocumentType, String> typeAbbreviations,
                          NumberingMode numberingMode, List<String> distribution, String archiveLine) {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{N}]{1,12}");

    public IssuingBody {
        nameLines = clean(nameLines).stream().map(l -> l.toUpperCase(VI)).toList();
        placeName = VietnameseText.nfc(placeName);
        bodyAbbreviation = VietnameseText.nfc(bodyAbbreviation);
        fieldAbbreviation = VietnameseText.nfc(fieldAbbreviation);
        Map<DocumentType, String> overrides = new EnumMap<>(DocumentType.class);
        if (typeAbbreviations != null) {
            typeAbbreviations.forEach((t, a) -> {
                if (a != null && !a.isBlank()) {
                    overrides.put(t, VietnameseText.nfc(a));
                }
            });
        }
        typeAbbreviations = Map.copyOf(overrides);
        distribution = clean(distribution);
        archiveLine = VietnameseText.nfc(archiveLine);
    }

    /** Defaults for a unit named e.g. "Phường Long Khánh", place "Long Khánh". */
    public static IssuingBody defaults(String unitCode, String unitName, String placeName) {
        String kind = unitName.contains(" ") ? unitName.substring(0, unitName.indexOf(' ')).toLowerCase(VI) : "xã";
        return new IssuingBody(unitCode, List.of("Ủy ban nhân dân", unitName), placeName, "UBND", "KT", Map.of(),
                NumberingMode.SHARED, List.of("TT Đảng ủy, TT HĐND " + kind, "CT, các PCT UBND " + kind),
                "Lưu: VT, KT.");
    }

    /** Abbreviation of a type for this body: its override, else the decree's. */
    public String abbreviation(DocumentType type) {
        return typeAbbreviations.getOrDefault(type, type.abbreviation());
    }

    /** Symbol (ký hiệu): "BC-UBND"; for a công văn "UBND-KT". */
    public String symbolFor(DocumentType type) {
        return type == DocumentType.CV ? bodyAbbreviation + "-" + fieldAbbreviation
                : abbreviation(type) + "-" + bodyAbbreviation;
    }

    /** Checks the settings a person typed; names the fields in error. */
    public IssuingBody validated() {
        List<FieldError> errors = new ArrayList<>();
        if (nameLines.isEmpty() || nameLines.size() > 3) {
            errors.add(new FieldError("nameLines", "Nhập tên cơ quan ban hành, 1 đến 3 dòng."));
        }
        if (placeName == null || placeName.isEmpty()) {
            errors.add(new FieldError("placeName", "Nhập địa danh ghi trên văn bản, ví dụ: Long Khánh."));
        }
        checkAbbreviation("bodyAbbreviation", bodyAbbreviation, errors);
        checkAbbreviation("fieldAbbreviation", fieldAbbreviation, errors);
        typeAbbreviations.forEach((t, a) -> checkAbbreviation("typeAbbreviations." + t.name(), a, errors));
        if (numberingMode == null) {
            errors.add(new FieldError("numberingMode", "Chọn cách đánh số văn bản."));
        }
        if (archiveLine == null || archiveLine.isEmpty()) {
            errors.add(new FieldError("archiveLine", "Nhập dòng lưu, ví dụ: Lưu: VT, KT."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    private static void checkAbbreviation(String field, String value, List<FieldError> errors) {
        if (value == null || !ABBREVIATION.matcher(value).matches()) {
            errors.add(new FieldError(field, "Chữ viết tắt gồm chữ và số, không dấu cách, tối đa 12 ký tự."));
        }
    }

    static List<String> clean(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().map(VietnameseText::nfc).filter(l -> l != null && !l.isEmpty()).toList();
    }
}
