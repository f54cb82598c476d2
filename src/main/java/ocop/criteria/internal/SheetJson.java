package ocop.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Định dạng JSON của bộ tiêu chí (the sheet format, docs/criteria-format.md): reads and writes one sheet. Every
 * field must be present (null where the format allows it) and no other; fields are written in the format's order
 * with 2-space indentation and a trailing newline, so writing what was read gives the same text back
 * (tools/convert-criteria.py writes the shipped files the same way).
 */
public final class SheetJson {

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private SheetJson() {
    }

    /**
     * @param origin what the text is (a file name, "import"), named in the error
     * @throws CriteriaException {@code MALFORMED_SHEET} when the text is not a sheet in the format
     */
    public static CriteriaSheet read(String json, String origin) {
        try {
            return MAPPER.readValue(json, CriteriaSheet.class);
        } catch (JacksonException e) {
            throw malformed(origin, e);
        }
    }

    /** Reads UTF-8 bytes; closes nothing. */
    public static CriteriaSheet read(InputStream in, String origin) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), origin);
        } catch (IOException e) {
            throw new CriteriaException("MALFORMED_SHEET", origin, "Không đọc được " + origin + ": " + e.getMessage());
        }
    }

    /** The sheet in the format, UTF-8 text ending with a newline. */
    public static String write(CriteriaSheet sheet) {
        return WRITER.writeValueAsString(sheet) + "\n";
    }

    private static CriteriaException malformed(String origin, JacksonException e) {
        String where = e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNr() + ", cột "
                + e.getLocation().getColumnNr() + ")";
        return new CriteriaException("MALFORMED_SHEET", origin,
                "Bộ tiêu chí " + origin + " sai định dạng" + where + ": " + e.getOriginalMessage());
    }
}
