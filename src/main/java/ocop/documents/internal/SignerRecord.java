package ocop.documents.internal;

import java.util.List;
import ocop.documents.domain.Signer;

/** A signer as kept in the settings (người ký trong thiết lập): default or not, in use or not, demo or real. */
public record SignerRecord(Long id, String fullName, List<String> authorityLines, boolean isDefault, boolean active,
                           boolean demo) {

    public Signer toSigner() {
        return new Signer(id, fullName, authorityLines);
    }
}
