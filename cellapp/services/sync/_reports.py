"""The report of one imported (or refused) file (docs/sync.md §7 step 10), and the import history.

The history is a JSON-lines file beside the database, not a table: a refused file must leave the
database exactly as it was, and its report must still be kept.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import format_date
from cellapp.services.sync._common import history_path
from cellapp.services.workspace import Workspace
from cellapp.sync.container import Envelope
from cellapp.sync.errors import BundleRejected

OUTCOMES = ("imported", "already_imported", "rejected", "quarantined")
# Refusals a person decides on: the file waits in quarantine instead of being dropped.
QUARANTINE_REASONS = frozenset({"unknown_sender", "revoked", "fork", "certificate_expired"})


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    outcome: str  # one of OUTCOMES
    reason: str | None  # the refusal's code (docs/sync.md §7), None when imported
    message: Text
    at: datetime
    from_code: str | None = None
    seq: int | None = None
    bundle_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # added, updated, skipped, conflicts, rejected, held
    rejections: tuple[dict[str, Any], ...] = ()  # records refused: type, uuid, reason
    received: dict[str, int] = field(default_factory=dict)  # from the committee: directives, transfers…

    @property
    def ok(self) -> bool:
        return self.outcome in ("imported", "already_imported")

    @classmethod
    def refused(cls, name: str, reason: str, message: Text, at: datetime) -> ImportReport:
        return cls(file_name=name, outcome="rejected", reason=reason, message=message, at=at)

    @classmethod
    def from_rejection(cls, name: str, error: BundleRejected, at: datetime) -> ImportReport:
        envelope = error.envelope
        return cls(
            file_name=name,
            outcome="quarantined" if error.reason in QUARANTINE_REASONS else "rejected",
            reason=error.reason,
            message=error.message,
            at=at,
            from_code=envelope.from_code if envelope else None,
            seq=envelope.seq if envelope else None,
            bundle_id=envelope.bundle_id if envelope else None,
        )

    @classmethod
    def replayed(cls, name: str, envelope: Envelope, first: datetime, at: datetime) -> ImportReport:
        return cls(
            file_name=name,
            outcome="already_imported",
            reason=None,
            message=T(
                "{file} was already imported on {date}; nothing changed.",
                "{file} đã được nhập ngày {date}; không có gì thay đổi.",
                file=name,
                date=format_date(first.date()),
            ),
            at=at,
            from_code=envelope.from_code,
            seq=envelope.seq,
            bundle_id=envelope.bundle_id,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "outcome": self.outcome,
            "reason": self.reason,
            "en": self.message.render("en"),
            "vi": self.message.render("vi"),
            "at": self.at.isoformat(),
            "from": self.from_code,
            "seq": self.seq,
            "bundle_id": self.bundle_id,
            "counts": self.counts,
            "rejections": list(self.rejections),
            "received": self.received,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImportReport:
        return cls(
            file_name=str(data["file"]),
            outcome=str(data["outcome"]),
            reason=data.get("reason"),
            message=Text(str(data.get("en", "")), str(data.get("vi", ""))),
            at=datetime.fromisoformat(str(data["at"])),
            from_code=data.get("from"),
            seq=data.get("seq"),
            bundle_id=data.get("bundle_id"),
            counts=dict(data.get("counts") or {}),
            rejections=tuple(data.get("rejections") or ()),
            received=dict(data.get("received") or {}),
        )


def imported_message(name: str, counts: dict[str, int], received: dict[str, int] | None = None) -> Text:
    """What an import did; a committee's return file also says what it brought the cell."""
    if received:
        values = {key: received.get(key, 0) for key in ("acknowledged", "directives", "reference_data")}
        values.update(
            moved_in=received.get("transfers_in", 0),
            moved_out=received.get("transfers_out", 0),
            conflicts=counts.get("conflicts", 0),
        )
        return T(
            "{file} from the committee imported: {acknowledged} of our files acknowledged, {directives} "
            "directive(s), {reference_data} reference value(s), {moved_in} member(s) transferred here, "
            "{moved_out} transferred away; {conflicts} to settle.",
            "Đã nhập {file} của cấp ủy: {acknowledged} tệp của ta được xác nhận, {directives} văn bản, "
            "{reference_data} giá trị dùng chung, {moved_in} đảng viên chuyển đến, {moved_out} chuyển đi; "
            "cần xử lý {conflicts}.",
            file=name,
            **values,
        )
    return T(
        "{file} imported: {added} added, {updated} updated, {skipped} unchanged, {conflicts} to settle, "
        "{rejected} refused.",
        "Đã nhập {file}: thêm {added}, cập nhật {updated}, không đổi {skipped}, cần xử lý {conflicts}, "
        "từ chối {rejected}.",
        file=name,
        **{key: counts.get(key, 0) for key in ("added", "updated", "skipped", "conflicts", "rejected")},
    )


def append_history(workspace: Workspace, report: ImportReport) -> None:
    path = history_path(workspace)
    line = json.dumps(report.as_json(), ensure_ascii=False) + "\n"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def import_history(workspace: Workspace, *, limit: int = 500) -> list[ImportReport]:
    """The latest reports first."""
    path = history_path(workspace)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    reports = []
    for line in reversed(lines[-limit:]):
        try:
            reports.append(ImportReport.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut by a crash is skipped, the rest of the history stays readable
    return reports
