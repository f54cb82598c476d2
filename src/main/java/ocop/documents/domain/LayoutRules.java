package ocop.documents.domain;

/**
 * Layout rules of Nghị định 30/2020/NĐ-CP Phụ lục I (thể thức, kỹ thuật trình bày văn bản hành chính), as the
 * values both renderers use: A4 portrait, margins, Times New Roman, the size and style of each element.
 * Where the decree gives a range the chosen value is noted.
 */
public final class LayoutRules {

    /** Phông chữ: Times New Roman, named in DOCX; PDFs embed {@link #PDF_FONT_FAMILY}, metric-compatible. */
    public static final String FONT_FAMILY = "Times New Roman";
    public static final String PDF_FONT_FAMILY = "Liberation Serif";

    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    /** Lề trên 20–25 mm, lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm: the lower bounds. */
    public static final double MARGIN_TOP_MM = 20;
    public static final double MARGIN_BOTTOM_MM = 20;
    public static final double MARGIN_LEFT_MM = 30;
    public static final double MARGIN_RIGHT_MM = 15;
    /** Page number sits in the top margin, this far from the paper's edge. */
    public static final double HEADER_DISTANCE_MM = 10;
    public static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

    /** Share of the text width for the left header column (body name, number); the usual 40 / 60 split. */
    public static final double HEADER_LEFT_SHARE = 0.40;
    /** Share of the text width for the left closing column ("Nơi nhận"); the signature takes the rest. */
    public static final double CLOSING_LEFT_SHARE = 0.45;

    /** Nội dung: 13–14 pt, justified, first-line indent 1 or 1.27 cm, at least 6 pt between paragraphs. */
    public static final double BODY_PT = 14;
    public static final double FIRST_LINE_INDENT_CM = 1.27;
    public static final double SPACE_AFTER_PT = 6;
    /** Line spacing, single to 1.5 lines: 1.15 ("multiple" in Word). */
    public static final double LINE_SPACING = 1.15;

    /** Tên cơ quan ban hành: 12–13 pt, bold upper case. */
    public static final double BODY_NAME_PT = 13;
    /** Số, ký hiệu: 13 pt upright. */
    public static final double NUMBER_PT = 13;
    /** Quốc hiệu: 12–13 pt bold upper case; 12 keeps it on one line in the right column. */
    public static final double NATIONAL_NAME_PT = 12;
    /** Tiêu ngữ: 13–14 pt bold. */
    public static final double MOTTO_PT = 13;
    /** Địa danh, ngày tháng năm: 13–14 pt italic. */
    public static final double DATE_PT = 14;
    /** Tên loại và trích yếu: 13–14 pt bold. */
    public static final double TITLE_PT = 14;
    /** Trích yếu of a công văn ("V/v …"): 12–13 pt upright. */
    public static final double VV_PT = 12;
    /** "Nơi nhận:" 12 pt bold italic; its list 11 pt upright. */
    public static final double RECIPIENTS_LABEL_PT = 12;
    public static final double RECIPIENTS_PT = 11;
    /** Quyền hạn, chức vụ, họ tên người ký: 13–14 pt bold. */
    public static final double SIGNATURE_PT = 14;
    /** Số trang: 13–14 pt upright, centred in the top margin, not on page 1. */
    public static final double PAGE_NUMBER_PT = 14;
    public static final double TABLE_PT = 13;
    /** Space left for the handwritten signature and the seal. */
    public static final double SIGNATURE_SPACE_MM = 26;

    /** The short rule under the body name and the subject: 1/3–1/2 of the text above; 40 % here. */
    public static final double SHORT_RULE_SHARE = 0.40;

    private LayoutRules() {
    }

    /** Length of a short rule (đường kẻ ngang) under a line of the given width, in mm, at least 15 mm. */
    public static double shortRuleMm(double textWidthMm) {
        return Math.max(15, Math.round(textWidthMm * SHORT_RULE_SHARE * 10) / 10.0);
    }

    /** Millimetres to twentieths of a point (twips), as DOCX measures the page. */
    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    public static double pointsToMm(double pt) {
        return pt * 25.4 / 72;
    }
}
