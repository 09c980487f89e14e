"""When enrolments run out: the import step that refuses a cell whose certificate has expired, and the
warnings that come before it, for the committee (its cells) and for a cell (its own enrolment).

Only the committee refuses: a cell's certificate is the committee's statement about the cell. The
committee still writes return files to an expired cell, since a renewed certificate travels in them; and
a cell still writes its files, which the committee holds in quarantine until it renews the enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import format_date
from cellapp.services.sync import hub_peer, local_side
from cellapp.services.workspace import Workspace
from cellapp.storage.records import SyncPeerRecord

WARNING_DAYS = 60


def certificate_expired(valid_until: date | None, today: date) -> bool:
    """A certificate is good through its last day."""
    return valid_until is not None and valid_until < today


@dataclass(frozen=True)
class EnrolmentWarning:
    code: str
    valid_until: date
    expired: bool
    message: Text


def enrolment_warnings(workspace: Workspace, *, today: date | None = None) -> list[EnrolmentWarning]:
    """Enrolments that have run out or will within WARNING_DAYS: a committee's cells, or a cell's own."""
    today = today or date.today()
    soon = today + timedelta(days=WARNING_DAYS)
    with workspace.uow(read_only=True) as uow:
        side = local_side(uow.session, workspace)
        if side.is_hub:
            peers = list(
                uow.session.scalars(
                    select(SyncPeerRecord)
                    .where(SyncPeerRecord.role == "cell", SyncPeerRecord.status == "enrolled")
                    .order_by(SyncPeerRecord.valid_until, SyncPeerRecord.code)
                )
            )
            rows = [(p.code, p.valid_until) for p in peers]
        else:
            hub = hub_peer(uow.session)
            rows = (
                [(side.code or "", hub.valid_until)] if hub is not None and hub.status == "enrolled" else []
            )
    warnings = []
    for code, until in rows:
        if until is None or until > soon:
            continue
        expired = certificate_expired(until, today)
        message = _committee_message(code, until, expired) if side.is_hub else _cell_message(until, expired)
        warnings.append(EnrolmentWarning(code, until, expired, message))
    return warnings


def _committee_message(code: str, until: date, expired: bool) -> Text:
    if expired:
        return T(
            "The enrolment of {code} expired on {date}: its files are held in quarantine. Renew it (cellapp "
            "enrol renew {code}, or Renew the enrolment on the Sync page).",
            "Đăng ký của {code} đã hết hạn ngày {date}: tệp của chi bộ bị giữ trong khu cách ly. Hãy gia "
            "hạn (lệnh cellapp enrol renew {code}, hoặc nút Gia hạn đăng ký ở trang Đồng bộ).",
            code=code,
            date=format_date(until),
        )
    return T(
        "The enrolment of {code} runs out on {date}: renew it before then.",
        "Đăng ký của {code} hết hạn ngày {date}: hãy gia hạn trước ngày đó.",
        code=code,
        date=format_date(until),
    )


def _cell_message(until: date, expired: bool) -> Text:
    if expired:
        return T(
            "This cell's enrolment expired on {date}: the committee holds its files until it renews the "
            "enrolment. Ask it to; the renewal arrives in its next return file.",
            "Đăng ký của chi bộ đã hết hạn ngày {date}: cấp ủy giữ lại tệp của chi bộ cho đến khi gia hạn. "
            "Hãy đề nghị cấp ủy gia hạn; gia hạn sẽ đến trong tệp trả về tiếp theo.",
            date=format_date(until),
        )
    return T(
        "This cell's enrolment runs out on {date}: ask the committee to renew it; the renewal arrives in a "
        "return file.",
        "Đăng ký của chi bộ hết hạn ngày {date}: hãy đề nghị cấp ủy gia hạn; gia hạn sẽ đến trong tệp trả "
        "về.",
        date=format_date(until),
    )
