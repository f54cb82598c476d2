package ocop.documents;

/** A rendered document file (tệp văn bản), DOCX or PDF, with its download name and SHA-256 (hex). */
public record RenderedFile(String fileName, String contentType, byte[] bytes, String sha256) {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
