"""Why a sync file was refused: one reason code per check of the import pipeline (docs/sync.md §7), each with
its own message in both languages saying what is wrong and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T, Text

if TYPE_CHECKING:
    from cellapp.sync.container import Envelope

_MESSAGES: dict[str, tuple[str, str]] = {
    "not_a_bundle": (
        "This file is incomplete or not a CellApp sync file; it was not imported.",
        "Tệp này không đầy đủ hoặc không phải tệp đồng bộ CellApp; không nhập.",
    ),
    "truncated": (
        "The file was not copied completely ({present} of {expected} bytes). Copy it again from the "
        "sender's stick; nothing was imported.",
        "Tệp chưa được chép đầy đủ ({present} trên {expected} byte). Hãy chép lại từ USB của nơi gửi; "
        "chưa nhập gì.",
    ),
    "wrong_office": (
        "This file is addressed to {to}, not to this office ({me}); nothing was decrypted or imported.",
        "Tệp này gửi cho {to}, không phải cho đơn vị này ({me}); không giải mã và không nhập gì.",
    ),
    "wrong_key": (
        "This file was encrypted for another key of this office (fingerprint {to_fp}), not for this "
        "installation; ask the sender to export again after the latest enrolment.",
        "Tệp này được mã hóa cho một khóa khác của đơn vị (mã nhận dạng {to_fp}), không phải cho máy này; "
        "hãy đề nghị nơi gửi xuất lại sau lần đăng ký mới nhất.",
    ),
    "damaged": (
        "The file from {from_code} is damaged or was altered after it was signed; it was not imported.",
        "Tệp của {from_code} bị hỏng hoặc đã bị sửa sau khi ký; không nhập.",
    ),
    "legacy_signature": (
        "The file from {from_code} carries an old-style (not prehashed) signature, which CellApp refuses.",
        "Tệp của {from_code} mang chữ ký kiểu cũ (không băm trước), CellApp không chấp nhận.",
    ),
    "unknown_sender": (
        "The sender {from_code} is not enrolled with this office; the file was put in quarantine until "
        "a person decides (enrol the cell, then release it).",
        "Đơn vị gửi {from_code} chưa đăng ký với đơn vị này; tệp được đưa vào khu cách ly chờ người phụ "
        "trách quyết định (đăng ký chi bộ rồi cho nhập).",
    ),
    "revoked": (
        "The key of {from_code} was revoked by the committee; the file was put in quarantine.",
        "Khóa của {from_code} đã bị cấp ủy thu hồi; tệp được đưa vào khu cách ly.",
    ),
    "certificate_expired": (
        "The enrolment of {from_code} expired on {date}; the file was put in quarantine. Renew the "
        "enrolment (Renew the enrolment on the Sync page, or cellapp enrol renew {from_code}), then import "
        "the file from quarantine; the new certificate reaches the cell in its next return file.",
        "Đăng ký của {from_code} đã hết hạn ngày {date}; tệp được đưa vào khu cách ly. Hãy gia hạn đăng ký "
        "(nút Gia hạn đăng ký ở trang Đồng bộ, hoặc lệnh cellapp enrol renew {from_code}), rồi nhập tệp từ "
        "khu cách ly; giấy chứng nhận mới sẽ đến chi bộ trong tệp trả về tiếp theo.",
    ),
    "fork": (
        "This file from {from_code} (number {seq}) contradicts one already imported: the same number "
        "with other content, or counters going backwards. The installation may have been copied or "
        "restored; the file was put in quarantine for a person to decide.",
        "Tệp này của {from_code} (số {seq}) mâu thuẫn với tệp đã nhập: cùng số nhưng nội dung khác, "
        "hoặc bộ đếm bị lùi. Có thể máy gửi đã bị sao chép hoặc khôi phục; tệp được đưa vào khu cách ly "
        "chờ người phụ trách quyết định.",
    ),
    "undecryptable": (
        "The file from {from_code} cannot be decrypted with this office's key; it was not imported.",
        "Không giải mã được tệp của {from_code} bằng khóa của đơn vị này; không nhập.",
    ),
    "corrupt": (
        "The contents of the file from {from_code} are corrupt ({detail}); it was not imported.",
        "Nội dung tệp của {from_code} bị hỏng ({detail_vi}); không nhập.",
    ),
    "newer_schema": (
        "The file from {from_code} was made by a newer CellApp (format {schema}); update CellApp to import "
        "it. The file is kept in the inbox.",
        "Tệp của {from_code} được tạo bởi phiên bản CellApp mới hơn (định dạng {schema}); hãy cập nhật "
        "CellApp để nhập. Tệp được giữ trong hộp thư đến.",
    ),
    "wrong_kind": (
        "This file is a {kind}, not a monthly sync file; {hint}",
        "Tệp này là {kind_vi}, không phải tệp đồng bộ hằng tháng; {hint_vi}",
    ),
    "not_enrolled": (
        "This workspace has not joined a committee yet: join with the invitation first.",
        "Đơn vị chưa đăng ký với cấp ủy: hãy đăng ký bằng tệp mời trước.",
    ),
}


class BundleRejected(InputRejected):
    """A sync file refused at one step of the pipeline; `reason` is the step's code."""

    def __init__(self, reason: str, message: Text, envelope: Envelope | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.envelope = envelope


def rejected(reason: str, *, envelope: Envelope | None = None, **values: Any) -> BundleRejected:
    en, vi = _MESSAGES[reason]
    if envelope is not None:
        values.setdefault("from_code", envelope.from_code)
        values.setdefault("to", envelope.to_code)
        values.setdefault("to_fp", envelope.to_fp)
        values.setdefault("seq", envelope.seq)
        values.setdefault("schema", envelope.schema)
    values.setdefault("from_code", "?")
    return BundleRejected(reason, T(en, vi, **values), envelope)


def corrupt(envelope: Envelope | None, en: str, vi: str) -> BundleRejected:
    """Step 6 or 7 found the contents wrong; `en`/`vi` say what, briefly."""
    return rejected("corrupt", envelope=envelope, detail=en, detail_vi=vi)


def reason_codes() -> frozenset[str]:
    return frozenset(_MESSAGES)
