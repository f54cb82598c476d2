package ocop.certification;

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
}
