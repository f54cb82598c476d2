package ocop.dossier;

/** The content of a piece of evidence (tệp minh chứng), e.g. for the dossier package sent to the province. */
public record EvidenceFile(String fileName, String contentType, byte[] bytes, String sha256) {
}
