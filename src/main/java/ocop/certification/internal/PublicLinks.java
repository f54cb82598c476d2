package ocop.certification.internal;

/**
 * Địa chỉ tra cứu công khai (public check addresses): the absolute URL of a certificate's public page, built from
 * {@code ocop.base-url}, which is what the QR code encodes.
 */
public record PublicLinks(String baseUrl) {

    public PublicLinks {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public String page(String token) {
        return baseUrl + "/public/certificates/" + token;
    }
}
