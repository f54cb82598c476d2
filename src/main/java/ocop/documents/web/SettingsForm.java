package ocop.documents.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ocop.documents.DocumentType;
import ocop.documents.domain.IssuingBody;
import ocop.documents.domain.NumberingMode;
import ocop.documents.internal.IssuingSettings;
import ocop.documents.internal.SignerRecord;

/**
 * The settings form (biểu mẫu thiết lập văn bản): lines of text one per line, type abbreviations as "QD=QĐ" lines, and
 * the signers with their authority lines; {@code defaultSigner} is the index of the default one.
 */
public record SettingsForm(String nameLines, String placeName, String bodyAbbreviation, String fieldAbbreviation,
                           String typeAbbreviations, NumberingMode numberingMode, String distribution,
                           String archiveLine, Integer version, Integer defaultSigner, List<SignerForm> signers) {

    public SettingsForm {
        signers = signers == null ? List.of() : signers;
    }

    /** One signer row; a blank name on a new row means "no new signer". */
    public record SignerForm(Long id, String fullName, String authorityLines, Boolean active) {
    }

    static SettingsForm of(IssuingSettings s) {
        IssuingBody b = s.body();
        List<SignerForm> signers = new ArrayList<>(s.signers().stream()
                .map(x -> new SignerForm(x.id(), x.fullName(), String.join("\n", x.authorityLines()), x.active())).toList());
        int def = 0;
        for (int i = 0; i < s.signers().size(); i++) {
            if (s.signers().get(i).isDefault()) {
                def = i;
            }
        }
        signers.add(new SignerForm(null, null, null, true));
        return new SettingsForm(String.join("\n", b.nameLines()), b.placeName(), b.bodyAbbreviation(),
                b.fieldAbbreviation(), b.typeAbbreviations().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue()).sorted().collect(Collectors.joining("\n")),
                b.numberingMode(), String.join("\n", b.distribution()), b.archiveLine(), s.version(), def, signers);
    }

    IssuingBody body() {
        Map<DocumentType, String> types = new EnumMap<>(DocumentType.class);
        for (String line : DraftFormMapper.lines(typeAbbreviations)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    types.put(DocumentType.valueOf(line.substring(0, eq).strip()), line.substring(eq + 1).strip());
                } catch (IllegalArgumentException ignored) {
                    // an unknown type code is left out; the page shows what was kept
                }
            }
        }
        return new IssuingBody(null, DraftFormMapper.lines(nameLines), placeName, bodyAbbreviation, fieldAbbreviation,
                types, numberingMode, DraftFormMapper.lines(distribution), archiveLine);
    }

    List<SignerRecord> signerRecords() {
        List<SignerRecord> out = new ArrayList<>();
        for (int i = 0; i < signers.size(); i++) {
            SignerForm f = signers.get(i);
            if (f.id() == null && (f.fullName() == null || f.fullName().isBlank())) {
                continue;
            }
            out.add(new SignerRecord(f.id(), f.fullName(), DraftFormMapper.lines(f.authorityLines()),
                    defaultSigner != null && defaultSigner == i, f.active() == null || f.active(), false));
        }
        return out;
    }
}
