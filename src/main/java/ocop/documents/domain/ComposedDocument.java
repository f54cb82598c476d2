package ocop.documents.domain;

import java.util.List;
import ocop.documents.DocumentTable;

/**
 * A document laid out by the rules (văn bản đã trình bày), independent of the file format: every line of the header,
 * the title, the addressees, the numbered body, "Nơi nhận" and the signature, as both renderers print them.
 *
 * @param numberLine         "Số: 05/BC-UBND" (blank number on a draft)
 * @param subjectUnderNumber "V/v …" of a công văn, else {@code null}
 * @param dateLine           "Long Khánh, ngày 06 tháng 4 năm 2026", or {@code null} for minutes
 * @param title              "BÁO CÁO", or {@code null} for a công văn
 * @param subjectLine        the subject under the title, or {@code null}
 * @param addressees         the lines after "Kính gửi:" ("Ủy ban nhân dân tỉnh Đồng Nai." or "- …;" lines), may be empty
 * @param distribution       the lines under "Nơi nhận:", "- …;" and the last "- Lưu: VT, KT."
 * @param secretary          the left signature of minutes, else {@code null}
 */
public record ComposedDocument(boolean draft, List<String> bodyNameLines, String numberLine, String subjectUnderNumber,
                               String nationalName, String motto, String dateLine, String title, String subjectLine,
                               List<String> addressees, List<String> bases, List<Block> body,
                               List<String> distribution, SignatureBlock signature, SignatureBlock secretary) {

    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String ADDRESSEES_LABEL = "Kính gửi:";
    public static final String DISTRIBUTION_LABEL = "Nơi nhận:";
    public static final String DRAFT_MARK = "DỰ THẢO";

    /** One block of the body. {@code label} is the heading's number ("I.", "1.", "a)"), else {@code null}. */
    public record Block(Kind kind, String label, String text, DocumentTable table) {

        public enum Kind { HEADING_1, HEADING_2, HEADING_3, PARAGRAPH, BULLET, TABLE }

        /** The printed text: label and heading, or "- item" for a bullet. */
        public String display() {
            return switch (kind) {
                case BULLET -> "- " + text;
                case TABLE -> "";
                default -> label == null ? text : label + " " + text;
            };
        }

        public boolean heading() {
            return kind == Kind.HEADING_1 || kind == Kind.HEADING_2 || kind == Kind.HEADING_3;
        }
    }

    /** Lines above the signature (bold capitals) and the name below the signing space (bold). */
    public record SignatureBlock(List<String> lines, String name) {
    }
}
