package ocop.registry;

/**
 * Ảnh sản phẩm để hiển thị công khai (a product's main photo for public display): only its type and SHA-256 (for
 * caching), never its file name, uploader or the product's other records. {@link Content} adds the bytes.
 */
public record PublicPhoto(String contentType, String sha256) {

    /** The photo with its bytes, to send to a browser. */
    public record Content(String contentType, String sha256, byte[] bytes) {
    }
}
