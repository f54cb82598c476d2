package ocop.dossier.web;

import java.nio.charset.StandardCharsets;
import ocop.dossier.EvidenceFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as a download (tải tệp về), with its name (UTF-8) and type; never rendered inline by the browser. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(EvidenceFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.bytes());
    }
}
