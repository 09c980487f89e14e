"""The printed key card (thẻ khóa đồng bộ): a unit's fingerprint on paper, for the other side to compare
when it enrols (docs/sync.md §3). Large digits, the public keys in small print, what to do with it, and what
to do if the passphrase that protects the keys is forgotten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from cellapp.domain.vietnamese import format_date, nfc
from cellapp.paths import fonts_dir

_REGULAR = "LiberationSerif"
_BOLD = "LiberationSerif-Bold"


@dataclass(frozen=True)
class KeyCardDocument:
    unit_name: str
    unit_code: str
    node_id: str
    fingerprint: str
    sign_key: str
    age_recipient: str
    printed_on: date | None = None
    protected: bool = False  # the secret keys are under a passphrase
    recovery: tuple[str, ...] = ()  # the steps when the passphrase is forgotten, in Vietnamese


def _register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((_REGULAR, "LiberationSerif-Regular.ttf"), (_BOLD, "LiberationSerif-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))


def write_key_card_pdf(path: Path, card: KeyCardDocument) -> None:
    _register_fonts()
    width, height = A5
    canvas = Canvas(str(path), pagesize=A5, initialFontName=_REGULAR, initialFontSize=11)
    canvas.setTitle(nfc(f"Thẻ khóa đồng bộ – {card.unit_name}"))
    left = 14 * mm
    y = height - 20 * mm
    canvas.setFont(_BOLD, 15)
    canvas.drawCentredString(width / 2, y, "THẺ KHÓA ĐỒNG BỘ CELLAPP")
    y -= 12 * mm
    canvas.setFont(_BOLD, 13)
    canvas.drawString(left, y, nfc(card.unit_name))
    y -= 7 * mm
    canvas.setFont(_REGULAR, 11)
    canvas.drawString(left, y, f"Mã đơn vị: {card.unit_code or '—'}")
    y -= 14 * mm
    canvas.setFont(_REGULAR, 11)
    canvas.drawString(left, y, "Mã nhận dạng (đọc từng nhóm 5 chữ số):")
    y -= 13 * mm
    canvas.setFont(_BOLD, 22)
    groups = card.fingerprint.split()
    canvas.drawCentredString(width / 2, y, "   ".join(groups[:3]))
    y -= 11 * mm
    canvas.drawCentredString(width / 2, y, "   ".join(groups[3:]))
    y -= 16 * mm
    canvas.setFont(_REGULAR, 10.5)
    for line in (
        "Khi đăng ký, hai bên so sánh mã nhận dạng trên màn hình với thẻ này.",
        "Nếu có bất kỳ chữ số nào khác, không đăng ký và báo ngay cho cấp ủy.",
        "Thẻ này không chứa khóa bí mật; có thể in và gửi kèm tệp mời.",
    ):
        canvas.drawString(left, y, line)
        y -= 6 * mm
    y = _recovery(canvas, card, left, y - 2 * mm, width - 2 * left)
    y -= 4 * mm
    canvas.setFont(_REGULAR, 8)
    for line in (
        f"Máy: {card.node_id}",
        f"Khóa ký (minisign): {card.sign_key}",
        f"Khóa mã hóa (age): {card.age_recipient}",
    ):
        canvas.drawString(left, y, line)
        y -= 4.5 * mm
    canvas.setFont(_REGULAR, 10)
    printed = format_date(card.printed_on or date.today())
    canvas.drawRightString(width - left, 14 * mm, f"In ngày {printed}")
    canvas.showPage()
    canvas.save()


def _recovery(canvas: Canvas, card: KeyCardDocument, left: float, y: float, width: float) -> float:
    """Whether the keys have a passphrase, and the numbered steps if it is forgotten; returns the new y."""
    canvas.setFont(_BOLD, 10.5)
    canvas.drawString(
        left,
        y,
        "Khóa bí mật được bảo vệ bằng cụm mật khẩu."
        if card.protected
        else "Khóa bí mật chưa có cụm mật khẩu.",
    )
    y -= 6 * mm
    if not card.recovery:
        return y
    canvas.drawString(left, y, "Nếu quên cụm mật khẩu:")
    y -= 5 * mm
    canvas.setFont(_REGULAR, 9.5)
    indent = 5 * mm
    for number, step in enumerate(card.recovery, 1):
        canvas.drawString(left, y, f"{number}.")
        for line in simpleSplit(nfc(step), _REGULAR, 9.5, width - indent):
            canvas.drawString(left + indent, y, line)
            y -= 4.4 * mm
        y -= 1 * mm
    return y
