"""What to do when the passphrase of the sync keys is forgotten, step by step, for a cell and for a
committee: printed on the key card, shown in the GUI and in the command line's help.

The records are in the database, which opens without the passphrase; only signing and decrypting sync
files need the keys. So a forgotten passphrase costs an enrolment, never the records.
"""

from __future__ import annotations

from cellapp.domain.l10n import T, Text
from cellapp.domain.units import UnitKind

_CELL = (
    T(
        "Nothing is lost: the members, fees and minutes are in the database, not in the keys; CellApp "
        "opens and works as before.",
        "Dữ liệu không mất: hồ sơ đảng viên, đảng phí, biên bản nằm trong cơ sở dữ liệu, không nằm trong "
        "khóa; CellApp vẫn mở và làm việc bình thường.",
    ),
    T(
        "In CellApp choose Settings > Key passphrase > Forgotten passphrase? (or: cellapp identity "
        "forgotten): the old keys are set aside, in case the passphrase comes back.",
        "Trong CellApp chọn Cài đặt > Cụm mật khẩu của khóa > Quên cụm mật khẩu? (hoặc lệnh: cellapp identity "
        "forgotten): khóa cũ được cất riêng, phòng khi nhớ lại.",
    ),
    T(
        "Ask the committee for a new invitation and one-time code, join again on the Sync page, and read "
        "the new fingerprint to the committee.",
        "Xin cấp ủy tệp mời và mã đăng ký mới, đăng ký lại ở trang Đồng bộ, rồi đọc mã nhận dạng mới cho "
        "cấp ủy so sánh.",
    ),
    T(
        "Make a new backup at once: older backups open only with the old keys and passphrase.",
        "Sao lưu lại ngay: các bản sao lưu cũ chỉ mở được bằng khóa cũ và cụm mật khẩu cũ.",
    ),
)

_COMMITTEE = (
    _CELL[0],
    T(
        "In CellApp choose Settings > Key passphrase > Forgotten passphrase? (or: cellapp identity "
        "forgotten): new keys are made and the old ones set aside.",
        "Trong CellApp chọn Cài đặt > Cụm mật khẩu của khóa > Quên cụm mật khẩu? (hoặc lệnh: cellapp identity "
        "forgotten): khóa mới được tạo, khóa cũ được cất riêng.",
    ),
    T(
        "Print the new key card and give it to every cell; each trusts it after comparing the fingerprint "
        "(cellapp identity import CARD --fingerprint …). Invitations not yet used must be written again.",
        "In thẻ khóa mới và gửi mọi chi bộ; mỗi chi bộ tin cậy thẻ sau khi so mã nhận dạng (cellapp "
        "identity import THẺ --fingerprint …). Các tệp mời chưa dùng phải viết lại.",
    ),
    _CELL[3],
)


def recovery_steps(kind: UnitKind) -> tuple[Text, ...]:
    """What to do when the passphrase is forgotten, step by step, for this kind of workspace."""
    return _COMMITTEE if kind is UnitKind.COMMITTEE else _CELL
