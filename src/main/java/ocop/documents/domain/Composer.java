package ocop.documents.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.documents.DocumentContent;
import ocop.documents.Section;
import ocop.documents.domain.ComposedDocument.Block;
import ocop.documents.domain.ComposedDocument.Block.Kind;
import ocop.documents.domain.ComposedDocument.SignatureBlock;
import ocop.system.VietnameseText;

/**
 * Lays out a document (trình bày văn bản) from its template, the issuing body's settings, the signer and the content:
 * header lines, number or blank number, date line, title, "Kính gửi", numbered headings, "./." after the last
 * sentence, "Nơi nhận" and the signature. Pure function; both renderers print its result.
 */
public final class Composer {

    private static final String CLOSING_MARK = "./.";

    private Composer() {
    }

    /**
     * @param number   the issued number, or {@code null} for a draft
     * @param issuedOn the issue date, or {@code null} for a draft
     * @param year     the year printed on a draft's blank date line
     * @param signer   the signer, or {@code null} while a draft has none
     */
    public static ComposedDocument compose(DocumentTemplate template, IssuingBody body, Signer signer,
                                           DocumentContent content, DocumentNumber number, LocalDate issuedOn, int year) {
        boolean draft = number == null;
        String symbol = body.symbolFor(template.type());
        String numberLine = draft ? DocumentNumber.blankLine(symbol) : number.line();
        String dateLine = !template.placeDate() ? null
                : draft ? DateLine.blank(body.placeName(), year) : DateLine.of(body.placeName(), issuedOn);
        String subject = content.subject();
        boolean underNumber = template.subjectStyle() == DocumentTemplate.SubjectStyle.UNDER_NUMBER;
        String vv = underNumber ? (subject.startsWith("V/v") ? subject : "V/v " + subject) : null;
        boolean addressed = template.addressed() && !content.recipients().isEmpty();
        List<String> addressees = !addressed ? List.of()
                : content.recipients().size() == 1 ? List.of(ListPunctuation.bare(content.recipients().get(0)) + ".")
                : ListPunctuation.dashed(content.recipients());
        List<Block> blocks = new ArrayList<>();
        content.preamble().forEach(p -> blocks.add(new Block(Kind.PARAGRAPH, null, p, null)));
        addSections(content.sections(), 1, blocks);
        if (template.closingMark()) {
            close(blocks);
        }
        return new ComposedDocument(draft, body.nameLines(), numberLine, vv, ComposedDocument.NATIONAL_NAME,
                ComposedDocument.MOTTO, dateLine, template.title(), underNumber ? null : subject, addressees,
                terminated(content.bases()), blocks, distribution(body, content, addressed),
                signature(template, body, signer), secretary(template, content));
    }

    private static void addSections(List<Section> sections, int depth, List<Block> out) {
        int n = 0;
        for (Section s : sections) {
            String heading = VietnameseText.nfc(s.heading());
            if (heading != null && !heading.isEmpty()) {
                n++;
                Kind kind = depth == 1 ? Kind.HEADING_1 : depth == 2 ? Kind.HEADING_2 : Kind.HEADING_3;
                String text = depth == 1 ? heading.toUpperCase(IssuingBody.VI) : heading;
                String label = SectionNumbering.alreadyLabelled(heading) ? null : SectionNumbering.label(depth, n);
                out.add(new Block(kind, label, text, null));
            }
            s.paragraphs().forEach(p -> out.add(new Block(Kind.PARAGRAPH, null, p, null)));
            s.bullets().forEach(b -> out.add(new Block(Kind.BULLET, null, ListPunctuation.bare(b) + ";", null)));
            if (!s.bullets().isEmpty()) {
                Block last = out.remove(out.size() - 1);
                out.add(new Block(Kind.BULLET, null, ListPunctuation.bare(last.text()) + ".", null));
            }
            if (s.table() != null && s.table().columns() > 0) {
                out.add(new Block(Kind.TABLE, null, null, s.table()));
            }
            addSections(s.sections(), Math.min(depth + 1, 3), out);
        }
    }

    /** "./." after the last sentence of the body (all models of Phụ lục III). */
    private static void close(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        Block last = blocks.get(blocks.size() - 1);
        if (last.kind() == Kind.PARAGRAPH || last.kind() == Kind.BULLET) {
            if (!last.text().endsWith(CLOSING_MARK)) {
                String text = last.text();
                while (!text.isEmpty() && ".;:,".indexOf(text.charAt(text.length() - 1)) >= 0) {
                    text = text.substring(0, text.length() - 1);
                }
                blocks.set(blocks.size() - 1, new Block(last.kind(), null, text + CLOSING_MARK, null));
            }
        } else {
            blocks.add(new Block(Kind.PARAGRAPH, null, CLOSING_MARK, null));
        }
    }

    private static List<String> distribution(IssuingBody body, DocumentContent content, boolean addressed) {
        Map<String, String> items = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        if (addressed) {
            all.add("Như trên");
        } else {
            all.addAll(content.recipients());
        }
        all.addAll(content.copyTo());
        all.addAll(body.distribution());
        all.add(body.archiveLine());
        for (String item : all) {
            String bare = ListPunctuation.bare(item);
            if (!bare.isEmpty()) {
                items.putIfAbsent(VietnameseText.fold(bare), bare);
            }
        }
        return ListPunctuation.dashed(List.copyOf(items.values()));
    }

    private static SignatureBlock signature(DocumentTemplate template, IssuingBody body, Signer signer) {
        String name = signer == null ? "" : signer.fullName();
        if (template.signatureStyle() == DocumentTemplate.SignatureStyle.MINUTES) {
            return new SignatureBlock(List.of("CHỦ TỌA"), name);
        }
        List<String> lines = signer != null ? signer.authorityLines()
                : List.of("TM. " + (body.nameLines().isEmpty() ? "ỦY BAN NHÂN DÂN" : body.nameLines().get(0)));
        return new SignatureBlock(lines, name);
    }

    private static SignatureBlock secretary(DocumentTemplate template, DocumentContent content) {
        if (template.signatureStyle() != DocumentTemplate.SignatureStyle.MINUTES) {
            return null;
        }
        return new SignatureBlock(List.of("THƯ KÝ"), content.secretary() == null ? "" : content.secretary());
    }

    /** Bases (căn cứ): each ends ";", the last ".". */
    private static List<String> terminated(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(ListPunctuation.bare(lines.get(i)) + (i == lines.size() - 1 ? "." : ";"));
        }
        return out;
    }
}
