package ocop.documents.web;

import io.swagger.v3.oas.annotations.media.Schema;
import ocop.system.InvalidInputException;

/** Body of "hủy dự thảo": the reason (required) and the version of the draft that was read. */
record DiscardRequest(@Schema(description = "Lý do hủy dự thảo (bắt buộc)", example = "Soạn nhầm danh sách sản phẩm")
                      String reason,
                      @Schema(description = "Phiên bản dự thảo đã đọc; khác phiên bản hiện tại thì trả 409")
                      Integer version) {

    int requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "Thiếu phiên bản (version) của dự thảo đã đọc.");
        }
        return version;
    }
}
