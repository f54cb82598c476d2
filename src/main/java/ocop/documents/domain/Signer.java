package ocop.documents.domain;

import java.util.ArrayList;
import java.util.List;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import ocop.system.VietnameseText;

/**
 * A signer (người ký) of the issuing body with the lines above the signature (quyền hạn, chức vụ): e.g.
 * "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", then the full name in bold (no degrees or honorifics).
 */
public record Signer(Long id, String fullName, List<String> authorityLines) {

    public Signer {
        fullName = VietnameseText.nfc(fullName);
        authorityLines = IssuingBody.clean(authorityLines).stream().map(l -> l.toUpperCase(IssuingBody.VI)).toList();
    }

    public Signer validated() {
        List<FieldError> errors = new ArrayList<>();
        if (fullName == null || fullName.isEmpty() || fullName.length() > 100) {
            errors.add(new FieldError("fullName", "Nhập họ và tên người ký."));
        }
        if (authorityLines.isEmpty() || authorityLines.size() > 4) {
            errors.add(new FieldError("authorityLines",
                    "Nhập 1 đến 4 dòng quyền hạn, chức vụ, ví dụ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
