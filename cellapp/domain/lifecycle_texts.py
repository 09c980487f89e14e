"""Names of member lifecycle events and the Party rule each one follows, in both languages, keyed by the
event kind's code (see `lifecycle.EventKind`)."""

from __future__ import annotations

from cellapp.domain.l10n import T, Text

KIND_LABELS: dict[str, Text] = {
    "registered": T("Entered in the register", "Vào sổ đảng viên của chi bộ"),
    "entry_corrected": T("Register dates corrected", "Đính chính ngày tháng trong sổ"),
    "admitted": T("Admitted as probationary member", "Kết nạp đảng viên dự bị"),
    "recognised": T("Recognised as full member", "Công nhận đảng viên chính thức"),
    "transferred_out": T("Permanent transfer out", "Chuyển sinh hoạt đảng chính thức đi"),
    "transferred_in": T("Permanent transfer in", "Tiếp nhận sinh hoạt đảng chính thức"),
    "attached_out": T("Temporary attachment elsewhere", "Giới thiệu sinh hoạt đảng tạm thời đi"),
    "returned": T("Back from temporary attachment", "Trở về sinh hoạt tại chi bộ"),
    "attached_in": T("Temporary attachment here", "Tiếp nhận sinh hoạt đảng tạm thời"),
    "attachment_ended": T("Temporary attachment here ended", "Kết thúc sinh hoạt tạm thời tại chi bộ"),
    "exempted": T("Exempted from work and meetings", "Miễn công tác và sinh hoạt đảng"),
    "temporarily_exempted": T("Temporarily exempted from meetings", "Tạm miễn sinh hoạt đảng"),
    "exemption_ended": T("Back to meetings after exemption", "Trở lại sinh hoạt đảng"),
    "suspended": T("Suspended from party activity", "Đình chỉ sinh hoạt đảng"),
    "suspension_lifted": T("Suspension lifted", "Hết đình chỉ sinh hoạt đảng"),
    "disciplined": T("Discipline", "Thi hành kỷ luật"),
    "awarded": T("Award or Party badge", "Khen thưởng, Huy hiệu Đảng"),
    "struck_off": T("Name struck off", "Xóa tên trong danh sách đảng viên"),
    "resigned": T("Left the Party", "Xin ra khỏi Đảng"),
    "died": T("Died", "Từ trần"),
    "readmitted": T("Readmitted", "Kết nạp lại"),
    "reinstated": T("Membership restored", "Phục hồi đảng tịch"),
    "seniority_gap": T("Period not counted in seniority", "Thời gian không tính tuổi đảng"),
    "reversal": T("Wrong entry reversed", "Hủy bỏ sự kiện ghi sai"),
}

RULES: dict[str, Text] = {
    "registered": T(
        "The member's status as written in the cell's register when CellApp started keeping it.",
        "Trạng thái của đảng viên theo sổ đảng viên của chi bộ khi bắt đầu dùng CellApp.",
    ),
    "entry_corrected": T(
        "Corrects dates copied from the paper register; dates set by recorded events are corrected by "
        "reversing the event.",
        "Đính chính ngày tháng chép từ sổ giấy; ngày tháng do sự kiện đã ghi thì đính chính bằng cách hủy "
        "bỏ sự kiện đó.",
    ),
    "admitted": T(
        "A person aged 18 or older is admitted by decision of the competent committee; the 12 months of "
        "probation count from the cell's admission ceremony.",
        "Người từ đủ 18 tuổi được kết nạp theo quyết định của cấp ủy có thẩm quyền; 12 tháng dự bị tính "
        "từ ngày chi bộ tổ chức lễ kết nạp.",
    ),
    "recognised": T(
        "Only a probationary member, and only when the 12 months of probation since the admission "
        "ceremony have ended; the cell considers and votes on each person.",
        "Chỉ với đảng viên dự bị và khi đã hết 12 tháng dự bị kể từ ngày lễ kết nạp; chi bộ xét và biểu "
        "quyết từng người.",
    ),
    "transferred_out": T(
        "The committee writes the transfer letter; the member presents it to the new cell within 30 "
        "working days. The member leaves this cell's list.",
        "Cấp ủy có thẩm quyền giới thiệu chuyển sinh hoạt; đảng viên phải xuất trình giấy giới thiệu với "
        "nơi đến trong 30 ngày làm việc. Đảng viên ra khỏi danh sách chi bộ.",
    ),
    "transferred_in": T(
        "A member presents the transfer letter and joins this cell's list as a probationary or full member.",
        "Đảng viên xuất trình giấy giới thiệu sinh hoạt đảng và được ghi vào danh sách chi bộ là đảng viên "
        "dự bị hoặc chính thức.",
    ),
    "attached_out": T(
        "For 3 months to under a year away (2 years for study); the member stays in this cell's total but "
        "not among those who vote here.",
        "Khi đi vắng từ 3 tháng đến dưới 1 năm (học tập đến 2 năm); đảng viên vẫn tính trong tổng số của "
        "chi bộ nhưng không tính vào số biểu quyết tại đây.",
    ),
    "returned": T(
        "The member attached elsewhere comes back to meetings of this cell.",
        "Đảng viên sinh hoạt tạm thời nơi khác trở về sinh hoạt tại chi bộ.",
    ),
    "attached_in": T(
        "A member of another organisation attends this cell for a while; not counted in this cell's total.",
        "Đảng viên của tổ chức đảng khác sinh hoạt tạm thời tại chi bộ; không tính vào tổng số đảng viên "
        "của chi bộ.",
    ),
    "attachment_ended": T(
        "The member attached here goes back to their own organisation.",
        "Đảng viên sinh hoạt tạm thời trở về tổ chức đảng của mình.",
    ),
    "exempted": T(
        "For a full member who is elderly and in poor health, on their written request; the cell decides by "
        "resolution and reports to the committee above. Still a member.",
        "Với đảng viên chính thức tuổi cao, sức khỏe yếu, có đơn đề nghị; chi bộ xem xét, quyết định bằng "
        "nghị quyết và báo cáo cấp ủy cấp trên. Vẫn là đảng viên.",
    ),
    "temporarily_exempted": T(
        "For work far away, mobile work, long treatment or maternity leave, with an end date; the member "
        "may pay fees late or in advance for that time.",
        "Khi đi làm ăn xa, làm việc lưu động, chữa bệnh dài ngày, nghỉ thai sản…, có thời hạn; đảng viên "
        "được đóng đảng phí chậm hoặc trước trong thời gian đó.",
    ),
    "exemption_ended": T(
        "The exempt member returns to meetings of the cell.",
        "Đảng viên được miễn, tạm miễn trở lại sinh hoạt cùng chi bộ.",
    ),
    "suspended": T(
        "Decided by the competent committee, e.g. while the member is prosecuted; a suspended member is "
        "not counted among those who vote.",
        "Do cấp ủy có thẩm quyền quyết định, ví dụ khi đảng viên bị truy tố; đảng viên bị đình chỉ không "
        "tính vào số biểu quyết.",
    ),
    "suspension_lifted": T(
        "The suspension ends and the member returns to activity.",
        "Hết thời hạn đình chỉ, đảng viên trở lại sinh hoạt.",
    ),
    "disciplined": T(
        "Full members: reprimand, warning, removal from post or expulsion. Probationary members: reprimand "
        "or warning only. Expulsion removes the member from the Party.",
        "Đảng viên chính thức: khiển trách, cảnh cáo, cách chức hoặc khai trừ. Đảng viên dự bị: chỉ khiển "
        "trách hoặc cảnh cáo. Khai trừ thì không còn là đảng viên.",
    ),
    "awarded": T(
        "Party badges at 30, 40, 45, 50 … 90 years of seniority (a gravely ill member up to 12 months "
        "early, 24 months from 70 years); badges may be awarded posthumously.",
        "Huy hiệu Đảng ở các mốc 30, 40, 45, 50 … 90 năm tuổi đảng (đảng viên ốm nặng được xét sớm tối "
        "đa 12 tháng, 24 tháng từ mốc 70 năm); huy hiệu có thể truy tặng.",
    ),
    "struck_off": T(
        "For missing meetings or fees 3 months in a year without reason, or failing a member's duties; "
        "a probationary member found unfit is struck off. The cell proposes, the committee decides.",
        "Khi bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do, hoặc không làm nhiệm "
        "vụ đảng viên; đảng viên dự bị không đủ tư cách thì xóa tên. Chi bộ đề nghị, cấp ủy quyết định.",
    ),
    "resigned": T(
        "On the member's own request; not while suspended or under discipline, which must run its course.",
        "Theo đơn của đảng viên; không giải quyết khi đang bị đình chỉ hoặc đang xem xét kỷ luật.",
    ),
    "died": T(
        "Record the date of death and report it to the committee above; the member leaves the total.",
        "Ghi ngày từ trần và báo cáo cấp ủy cấp trên; đảng viên ra khỏi tổng số.",
    ),
    "readmitted": T(
        "A person whose name was struck off or who left may be admitted again as a probationary member; "
        "seniority counts from the first admission minus the time outside the Party.",
        "Người đã bị xóa tên hoặc xin ra khỏi Đảng có thể được kết nạp lại là đảng viên dự bị; tuổi đảng "
        "tính từ lần kết nạp đầu, trừ thời gian không ở trong Đảng.",
    ),
    "reinstated": T(
        "When the decision to expel or strike off is annulled; seniority is continuous.",
        "Khi quyết định khai trừ hoặc xóa tên bị hủy bỏ; tuổi đảng được tính liên tục.",
    ),
    "seniority_gap": T(
        "A period the committee does not count in seniority (lost contact, a transfer left pending).",
        "Thời gian cấp ủy quyết định không tính tuổi đảng (mất liên lạc, không chuyển sinh hoạt đúng hạn).",
    ),
    "reversal": T(
        "A wrong entry is never edited: it is reversed, and the right one recorded.",
        "Sự kiện ghi sai không được sửa: phải hủy bỏ rồi ghi lại cho đúng.",
    ),
}
