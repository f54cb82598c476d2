package ocop.system;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The real type of an uploaded file from its content (nhận dạng tệp theo nội dung), never from its name: PDF
 * ({@code %PDF-}), JPEG, PNG, WebP, and the Office Open XML documents DOCX and XLSX (a ZIP whose central directory
 * names {@code word/document.xml} or {@code xl/workbook.xml}; read without decompressing anything).
 */
public final class FileSignature {

    /** An accepted kind of file, with its media type and extension. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png"),
        WEBP("image/webp", "webp"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int MAX_ENTRIES = 10_000;

    private FileSignature() {
    }

    public static Optional<Kind> sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(Kind.PNG);
        }
        if (b.length >= 12 && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII)) && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return office(b);
        }
        return Optional.empty();
    }

    /** Reads the ZIP's central directory (names only) to tell a DOCX from an XLSX from any other ZIP. */
    private static Optional<Kind> office(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (int32(b, i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return Optional.empty();
        }
        int entries = int16(b, eocd + 10);
        long offset = int32(b, eocd + 16) & 0xffffffffL;
        boolean types = false;
        Kind kind = null;
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < Math.min(entries, MAX_ENTRIES); n++) {
            if (p < 0 || p + 46 > b.length || int32(b, p) != CENTRAL) {
                return Optional.empty();
            }
            int nameLength = int16(b, p + 28);
            int extra = int16(b, p + 30);
            int comment = int16(b, p + 32);
            if (p + 46 + nameLength > b.length) {
                return Optional.empty();
            }
            String name = new String(b, p + 46, nameLength, StandardCharsets.UTF_8);
            types |= name.equals("[Content_Types].xml");
            if (name.equals("word/document.xml")) {
                kind = Kind.DOCX;
            } else if (name.equals("xl/workbook.xml")) {
                kind = Kind.XLSX;
            }
            p += 46 + nameLength + extra + comment;
        }
        return types ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int16(byte[] b, int at) {
        return at + 1 < b.length ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : 0;
    }

    private static int int32(byte[] b, int at) {
        return at + 3 < b.length && at >= 0
                ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24 : 0;
    }
}
