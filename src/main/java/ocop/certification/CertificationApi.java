package ocop.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules ask of certification (chứng nhận OCOP). Reads act as the signed-in user and are scoped like the
 * registry: a certificate of a product the user may not see does not exist.
 */
public interface CertificationApi {

    /** The certificates of a product, newest issue first (empty when the product is outside the user's scope). */
    List<CertificateView> certificates(long productId);

    Optional<CertificateView> certificate(long id);

    /** The certificates of the user's scope, newest issue first. */
    List<CertificateView> certificates();

    /**
     * The certificates of the user's scope with the given status today (null: any) and valid until on or before
     * {@code expiringBefore} (null: any), newest issue first.
     */
    List<CertificateView> certificates(CertificateStatus status, LocalDate expiringBefore);

    /**
     * Thu hồi giấy chứng nhận (Điều 8): records the decision as the signed-in ward officer, province officer (its
     * province) or admin; the product becomes REVOKED in the registry and {@link CertificateRevoked} is published.
     * Invalid input: {@link ocop.system.InvalidInputException} naming the fields.
     */
    CertificateView revoke(long id, RevocationInput input);

    /** The public check of a certificate by its token, without sign-in. */
    Optional<PublicCertificate> publicCertificate(String token);

    /**
     * The photo of the product of the certificate with this public token, without sign-in (the public check page's
     * image); empty for an unknown token or a product without a photo.
     */
    Optional<ocop.registry.PublicPhoto.Content> publicPhoto(String token);
}
