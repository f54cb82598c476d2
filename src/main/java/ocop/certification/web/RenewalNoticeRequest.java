package ocop.certification.web;

import java.util.List;

/**
 * Đề nghị soạn thông báo đánh giá lại (a request to draft the renewal notice), from the API or the certificates page.
 *
 * @param certificateIds the certificates the notice covers (each in or approaching its re-evaluation window)
 * @param type           "TB" (Thông báo, the default) or "CV" (công văn)
 * @param replaces       the document id of an issued renewal notice this one replaces, or null
 */
record RenewalNoticeRequest(List<Long> certificateIds, String type, Long replaces) {
}
