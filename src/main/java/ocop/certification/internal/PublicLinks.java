package ocop.certification.internal;

/**
 * Địa chỉ tra cứu công khai (public check addresses): the absolute URL of a certificate's public page, built from
 * {@code ocop.base-url}, which is what the QR code encodes, and of the product photo on it.
 */
public record PublicLinks(String baseUrl) {

    public PublicLinks {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public String page(String token) {
        return baseUrl + "/public/certificates/" + token;
    }

    /** The product photo shown on that page. */
    public String photo(String token) {
        return page(token) + "/photo";
    }
}
