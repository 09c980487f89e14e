"""Members (đảng viên): statuses, sex, and which statuses count in the cell's total.

Status codes follow docs/party-rules.md §5.2. The lifecycle that moves a member between them lives with the
member register; this module only names them and answers questions that do not need history.
"""

from __future__ import annotations

from enum import StrEnum

from cellapp.domain.l10n import T, Text


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> Text:
        return T("Male", "Nam") if self is Sex.MALE else T("Female", "Nữ")


class MemberStatus(StrEnum):
    PROBATIONARY = "probationary"  # Đảng viên dự bị
    FULL = "full"  # Đảng viên chính thức
    ATTACHED_HERE = "attached_here"  # Sinh hoạt tạm thời (đến): not in this cell's total
    ATTACHED_ELSEWHERE = "attached_elsewhere"  # Giới thiệu sinh hoạt tạm thời đi nơi khác
    EXEMPT = "exempt"  # Miễn công tác và sinh hoạt đảng
    TEMPORARILY_EXEMPT = "temporarily_exempt"  # Tạm miễn sinh hoạt
    SUSPENDED = "suspended"  # Đình chỉ sinh hoạt
    TRANSFERRED_OUT = "transferred_out"  # Đã chuyển sinh hoạt chính thức đi
    STRUCK_OFF = "struck_off"  # Xóa tên
    EXPELLED = "expelled"  # Khai trừ
    RESIGNED = "resigned"  # Xin ra khỏi Đảng
    DECEASED = "deceased"  # Từ trần
    ATTACHMENT_ENDED = "attachment_ended"  # Đã kết thúc sinh hoạt tạm thời tại chi bộ

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def is_current(self) -> bool:
        """Still on this cell's list (possibly exempt or away)."""
        return self not in _GONE

    @property
    def counts_in_total(self) -> bool:
        """Counted in the cell's membership total (a member attached here temporarily is not)."""
        return self.is_current and self is not MemberStatus.ATTACHED_HERE


_GONE = frozenset(
    {
        MemberStatus.TRANSFERRED_OUT,
        MemberStatus.STRUCK_OFF,
        MemberStatus.EXPELLED,
        MemberStatus.RESIGNED,
        MemberStatus.DECEASED,
        MemberStatus.ATTACHMENT_ENDED,
    }
)

_STATUS_LABELS = {
    MemberStatus.PROBATIONARY: T("Probationary member", "Đảng viên dự bị"),
    MemberStatus.FULL: T("Full member", "Đảng viên chính thức"),
    MemberStatus.ATTACHED_HERE: T("Temporarily attached here", "Sinh hoạt tạm thời đến"),
    MemberStatus.ATTACHED_ELSEWHERE: T("Temporarily attached elsewhere", "Sinh hoạt tạm thời nơi khác"),
    MemberStatus.EXEMPT: T("Exempt from work and meetings", "Miễn công tác và sinh hoạt đảng"),
    MemberStatus.TEMPORARILY_EXEMPT: T("Temporarily exempt from meetings", "Tạm miễn sinh hoạt"),
    MemberStatus.SUSPENDED: T("Suspended", "Đình chỉ sinh hoạt"),
    MemberStatus.TRANSFERRED_OUT: T("Transferred out", "Đã chuyển sinh hoạt đi"),
    MemberStatus.STRUCK_OFF: T("Name struck off", "Đã xóa tên"),
    MemberStatus.EXPELLED: T("Expelled", "Khai trừ"),
    MemberStatus.RESIGNED: T("Left the Party", "Xin ra khỏi Đảng"),
    MemberStatus.DECEASED: T("Deceased", "Từ trần"),
    MemberStatus.ATTACHMENT_ENDED: T("Temporary attachment ended", "Đã kết thúc sinh hoạt tạm thời"),
}
