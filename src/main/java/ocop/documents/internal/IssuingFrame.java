package ocop.documents.internal;

import ocop.documents.domain.IssuingBody;
import ocop.documents.domain.Signer;

/**
 * What a document was issued under (khung ban hành), frozen with it: the issuing body's settings and the signer at
 * that moment, so later changes to the settings never alter an issued document.
 */
public record IssuingFrame(IssuingBody body, Signer signer) {
}
