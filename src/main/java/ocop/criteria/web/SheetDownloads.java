package ocop.criteria.web;

import java.nio.charset.StandardCharsets;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.internal.SheetCatalog;
import ocop.criteria.internal.SheetJson;
import ocop.criteria.internal.SheetXlsxWriter;
import ocop.criteria.internal.StoredSheet;
import ocop.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Xuất bộ tiêu chí (sheet exports): the JSON format and the XLSX template, as downloads. */
final class SheetDownloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private SheetDownloads() {
    }

    static CriteriaSheet find(SheetCatalog catalog, String code, Integer version) {
        return (version == null ? catalog.latest(code) : catalog.find(code, version)).map(StoredSheet::sheet)
                .orElseThrow(() -> new NotFoundException("Không có bộ tiêu chí " + code
                        + (version == null ? "" : " phiên bản " + version) + "."));
    }

    static String json(CriteriaSheet sheet) {
        return SheetJson.write(sheet);
    }

    static ResponseEntity<byte[]> jsonDownload(CriteriaSheet sheet) {
        return download(SheetJson.write(sheet).getBytes(StandardCharsets.UTF_8),
                new MediaType("application", "json", StandardCharsets.UTF_8), fileName(sheet, "json"));
    }

    static ResponseEntity<byte[]> xlsx(CriteriaSheet sheet) {
        return download(SheetXlsxWriter.write(sheet), XLSX, fileName(sheet, "xlsx"));
    }

    private static String fileName(CriteriaSheet sheet, String extension) {
        return sheet.code() + "-v" + sheet.version() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }
}
