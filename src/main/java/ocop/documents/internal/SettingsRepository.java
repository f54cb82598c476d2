package ocop.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ocop.documents.DocumentType;
import ocop.documents.domain.IssuingBody;
import ocop.documents.domain.NumberingMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code documents.issuing_body} and {@code documents.signer} (thiết lập cơ quan ban hành, người ký). */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IssuingSettings> find(String unitCode) {
        return jdbc.sql("SELECT * FROM documents.issuing_body WHERE unit_code = :u").param("u", unitCode)
                .query((rs, i) -> new IssuingSettings(body(rs), signers(unitCode), rs.getInt("version")))
                .optional();
    }

    /** Inserts the settings unless another request just did; true when this call inserted them. */
    boolean insertIfAbsent(IssuingBody b) {
        return jdbc.sql("""
                INSERT INTO documents.issuing_body (unit_code, name_lines, place_name, body_abbreviation,
                       field_abbreviation, type_abbreviations, numbering_mode, distribution, archive_line)
                VALUES (:u, :names, :place, :body, :field, :types, :mode, :dist, :archive)
                ON CONFLICT (unit_code) DO NOTHING""").params(params(b)).update() == 1;
    }

    /** Updates when the version still matches; false when someone changed the settings meanwhile. */
    boolean update(IssuingBody b, int version) {
        Map<String, Object> p = params(b);
        p.put("version", version);
        return jdbc.sql("""
                UPDATE documents.issuing_body SET name_lines = :names, place_name = :place, body_abbreviation = :body,
                       field_abbreviation = :field, type_abbreviations = :types, numbering_mode = :mode,
                       distribution = :dist, archive_line = :archive, updated_at = now(), version = version + 1
                 WHERE unit_code = :u AND version = :version""").params(p).update() == 1;
    }

    List<SignerRecord> signers(String unitCode) {
        return jdbc.sql("SELECT * FROM documents.signer WHERE unit_code = :u ORDER BY position, id")
                .param("u", unitCode).query((rs, i) -> signer(rs)).list();
    }

    long insertSigner(String unitCode, SignerRecord s, int position) {
        return jdbc.sql("""
                INSERT INTO documents.signer (unit_code, full_name, authority_lines, is_default, active, demo, position)
                VALUES (:u, :name, :lines, :def, :active, :demo, :pos) RETURNING id""")
                .param("u", unitCode).param("name", s.fullName()).param("lines", String.join("\n", s.authorityLines()))
                .param("def", s.isDefault()).param("active", s.active()).param("demo", s.demo()).param("pos", position)
                .query(Long.class).single();
    }

    void updateSigner(String unitCode, SignerRecord s, int position) {
        jdbc.sql("""
                UPDATE documents.signer SET full_name = :name, authority_lines = :lines, is_default = :def,
                       active = :active, position = :pos WHERE id = :id AND unit_code = :u""")
                .param("id", s.id()).param("u", unitCode).param("name", s.fullName())
                .param("lines", String.join("\n", s.authorityLines())).param("def", s.isDefault())
                .param("active", s.active()).param("pos", position).update();
    }

    private static Map<String, Object> params(IssuingBody b) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("u", b.unitCode());
        p.put("names", String.join("\n", b.nameLines()));
        p.put("place", b.placeName());
        p.put("body", b.bodyAbbreviation());
        p.put("field", b.fieldAbbreviation());
        p.put("types", b.typeAbbreviations().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .sorted().collect(Collectors.joining("\n")));
        p.put("mode", b.numberingMode().name());
        p.put("dist", String.join("\n", b.distribution()));
        p.put("archive", b.archiveLine());
        return p;
    }

    private static IssuingBody body(ResultSet rs) throws SQLException {
        Map<DocumentType, String> types = new EnumMap<>(DocumentType.class);
        for (String line : lines(rs.getString("type_abbreviations"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                types.put(DocumentType.valueOf(line.substring(0, eq).strip()), line.substring(eq + 1).strip());
            }
        }
        return new IssuingBody(rs.getString("unit_code"), lines(rs.getString("name_lines")), rs.getString("place_name"),
                rs.getString("body_abbreviation"), rs.getString("field_abbreviation"), types,
                NumberingMode.valueOf(rs.getString("numbering_mode")), lines(rs.getString("distribution")),
                rs.getString("archive_line"));
    }

    private static SignerRecord signer(ResultSet rs) throws SQLException {
        return new SignerRecord(rs.getLong("id"), rs.getString("full_name"), lines(rs.getString("authority_lines")),
                rs.getBoolean("is_default"), rs.getBoolean("active"), rs.getBoolean("demo"));
    }

    static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
