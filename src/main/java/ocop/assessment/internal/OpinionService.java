package ocop.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.WardAssessment;
import ocop.dossier.WardItem;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.VietnameseText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opinions of the ward's units (ý kiến của các đơn vị) on one item of one product of a meeting: a WARD_UNIT account
 * gives its own (the unit named as it types it, by default its account's name), the officer records one for a unit
 * from the meeting (naming the unit). A second opinion of the same unit on the same item replaces the first; none
 * once the minutes are issued.
 */
@Service
public class OpinionService {

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final AssessmentSettings settings;

    OpinionService(MeetingService meetings, MeetingRepository repository, AssessmentSettings settings) {
        this.meetings = meetings;
        this.repository = repository;
        this.settings = settings;
    }

    /** An opinion: the product (dossier), the item, the text, a conclusion if any; unit and person for others. */
    public record Input(Long dossierId, WardItem item, String opinion, String conclusion, String unitName,
                        String author) {
    }

    @Transactional
    public MeetingView record(long meetingId, Input in) {
        CurrentUser me = meetings.reader();
        if (!AssessmentPermissions.mayGiveOpinion(me)) {
            throw new ForbiddenException("Chỉ các đơn vị thuộc UBND phường (hoặc cán bộ ghi thay) cho ý kiến.");
        }
        MeetingRow m = meetings.load(meetingId, me);
        MeetingView current = meetings.view(meetingId);
        if (!current.open()) {
            throw new ConflictException(null, "Biên bản cuộc họp đã ban hành: không ghi thêm ý kiến.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.dossierId() == null || !m.dossierIds().contains(in.dossierId())) {
            errors.add(new FieldError("dossierId", "Chọn một sản phẩm của cuộc họp."));
        }
        if (in.item() == null) {
            errors.add(new FieldError("item", "Chọn nội dung (1–4) cho ý kiến."));
        }
        String text = MeetingService.required(in.opinion(), "opinion", "Nhập ý kiến.", errors);
        if (text != null && text.length() > WardAssessment.MAX_TEXT) {
            errors.add(new FieldError("opinion", "Ý kiến dài quá " + WardAssessment.MAX_TEXT + " ký tự."));
        }
        String conclusion = in.conclusion() == null || in.conclusion().isBlank() ? null : in.conclusion().strip();
        if (conclusion != null && !settings.conclusions().contains(conclusion)) {
            errors.add(new FieldError("conclusion", "Kết luận không thuộc danh mục."));
        }
        String unit = VietnameseText.nfc(in.unitName());
        String author = VietnameseText.nfc(in.author());
        if (AssessmentPermissions.recordsForOthers(me)) {
            if (unit == null || unit.isEmpty()) {
                errors.add(new FieldError("unitName", "Ghi ý kiến thay: nhập tên đơn vị cho ý kiến."));
            }
            author = author == null || author.isEmpty() ? unit : author;
        } else {
            unit = unit == null || unit.isEmpty() ? me.fullName() : unit;
            author = me.fullName();
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        repository.saveOpinion(meetingId, in.dossierId(), in.item(), unit, author, conclusion, text, me.username());
        return meetings.view(meetingId);
    }
}
