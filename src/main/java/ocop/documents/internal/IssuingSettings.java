package ocop.documents.internal;

import java.util.List;
import java.util.Optional;
import ocop.documents.domain.IssuingBody;

/** The settings of one issuing body (thiết lập văn bản): the body, its signers, the version read (for 409). */
public record IssuingSettings(IssuingBody body, List<SignerRecord> signers, int version) {

    /** The signer by id among those in use, or the default one, or the first in use. */
    public Optional<SignerRecord> signer(Long id) {
        List<SignerRecord> active = signers.stream().filter(SignerRecord::active).toList();
        if (id != null) {
            return active.stream().filter(s -> s.id().equals(id)).findFirst();
        }
        return active.stream().filter(SignerRecord::isDefault).findFirst().or(() -> active.stream().findFirst());
    }
}
