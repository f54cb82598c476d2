package ocop.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.assessment.internal.MeetingService;
import ocop.assessment.internal.MeetingView;
import ocop.assessment.internal.OpinionService;
import ocop.documents.DocumentView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the chairman's meetings with the ward's units (họp lấy ý kiến các đơn vị, Điều 7.2.a). */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Họp lấy ý kiến", description = "Cuộc họp do Chủ tịch UBND phường chủ trì: giấy mời (GM), ý kiến của các "
        + "đơn vị theo từng sản phẩm và nội dung, biên bản (BB)")
class MeetingApiController {

    private final MeetingService meetings;
    private final OpinionService opinions;

    MeetingApiController(MeetingService meetings, OpinionService opinions) {
        this.meetings = meetings;
        this.opinions = opinions;
    }

    @GetMapping
    @Operation(summary = "Các cuộc họp của phường, mới nhất trước")
    List<MeetingView> list() {
        return meetings.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo cuộc họp (cán bộ Phòng Kinh tế): thời gian, địa điểm, chủ trì, các đơn vị được "
            + "mời, các hồ sơ đang đánh giá; giấy mời (GM) được soạn ngay")
    MeetingView create(@RequestBody MeetingService.Input input) {
        return meetings.create(input);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem cuộc họp: sản phẩm, ý kiến đã ghi, giấy mời và biên bản")
    MeetingView get(@PathVariable long id) {
        return meetings.view(id);
    }

    @PostMapping("/{id}/opinions")
    @Operation(summary = "Ghi ý kiến của đơn vị cho một nội dung của một sản phẩm (tài khoản đơn vị, hoặc cán bộ ghi "
            + "thay, khi đó nêu tên đơn vị); ý kiến cùng đơn vị, cùng nội dung thay ý kiến trước")
    MeetingView opinion(@PathVariable long id, @RequestBody OpinionService.Input input) {
        return opinions.record(id, input);
    }

    @PostMapping("/{id}/invitation")
    @Operation(summary = "Soạn lại giấy mời (GM) từ thông tin cuộc họp, khi còn là dự thảo")
    DocumentView invitation(@PathVariable long id) {
        return meetings.invitation(id);
    }

    @PostMapping("/{id}/minutes")
    @Operation(summary = "Soạn (hoặc soạn lại) biên bản (BB) từ các ý kiến đã ghi")
    DocumentView minutes(@PathVariable long id) {
        return meetings.minutes(id);
    }
}
