package ocop.criteria;

/**
 * Nguồn (source) of a sheet's text.
 *
 * @param document        the document and annex it comes from
 * @param official        the official publication address, if any
 * @param transcribedFrom the copy that was actually transcribed
 * @param trust           a remark on how far the text can be trusted, if any
 */
public record SheetSource(String document, String official, String transcribedFrom, String trust) {
}
