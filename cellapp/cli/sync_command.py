"""`cellapp export|import|backup|restore|sync|conflicts|quarantine`: exchanging sync files on a stick.

`import` exits 3 when any file is refused, naming each with its reason code and message; `--json` prints
one document with a report per file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cellapp.cli.common import CliContext, print_error, print_info, print_json, printed_json, reply, say
from cellapp.cli.passphrase import add_passphrase_option, unlock, with_passphrase
from cellapp.domain.l10n import T

if TYPE_CHECKING:
    from cellapp.services.sync import ImportReport


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help=say(
            "write sync files for the counterparts with news",
            "ghi tệp đồng bộ cho các đơn vị có thay đổi mới",
        ),
    )
    export.add_argument(
        "--to", required=True, type=Path, help=say("folder, usually the USB stick", "thư mục, thường là USB")
    )
    export.add_argument(
        "--cell",
        action="append",
        help=say("committee: only this cell (repeatable)", "cấp ủy: chỉ chi bộ này (có thể lặp lại)"),
    )
    export.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(export)
    export.set_defaults(handler=_export)

    import_ = commands.add_parser("import", help=say("import sync files", "nhập tệp đồng bộ"))
    import_.add_argument("files", nargs="+", type=Path, help=say("files or folders", "tệp hoặc thư mục"))
    import_.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(import_)
    import_.set_defaults(handler=_import)

    backup = commands.add_parser(
        "backup",
        help=say("write an encrypted, signed backup of the workspace", "ghi bản sao lưu đã mã hóa và ký"),
    )
    backup.add_argument(
        "--to",
        required=True,
        type=Path,
        help=say(
            "the folder to write the backup to, usually the USB stick",
            "thư mục ghi bản sao lưu, thường là USB",
        ),
    )
    backup.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(backup)
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore", help=say("rebuild the workspace from a backup", "khôi phục dữ liệu từ bản sao lưu")
    )
    restore.add_argument("file", type=Path, help=say("the backup file", "tệp sao lưu"))
    restore.add_argument(
        "--force",
        action="store_true",
        help=say("replace a workspace that holds data", "thay thế cả dữ liệu đang có"),
    )
    restore.add_argument(
        "--keys",
        type=Path,
        help=say(
            "the keys folder, when the workspace folder was lost", "thư mục khóa, khi thư mục dữ liệu đã mất"
        ),
    )
    add_passphrase_option(restore)
    restore.set_defaults(handler=_restore)

    sync = commands.add_parser(
        "sync",
        help=say(
            "where this workspace stands with its counterparts", "tình trạng đồng bộ với các đơn vị bên kia"
        ),
    )
    actions = sync.add_subparsers(dest="action", required=True, parser_class=type(sync))
    status = actions.add_parser(
        "status",
        help=say("counterparts, files sent and received", "các đơn vị bên kia, tệp đã gửi và đã nhận"),
    )
    status.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    status.set_defaults(handler=_status)

    conflicts = commands.add_parser("conflicts", help=say("the conflict queue", "hàng xung đột"))
    conflicts.add_argument("--all", action="store_true", help=say("settled ones too", "cả các mục đã xử lý"))
    conflicts.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    conflicts.add_argument(
        "--settle",
        type=int,
        metavar="ID",
        help=say("settle the conflict with this number", "xử lý xung đột có số này"),
    )
    conflicts.add_argument(
        "--note",
        default="",
        help=say("with --settle: what was decided", "cùng --settle: nội dung đã quyết định"),
    )
    conflicts.set_defaults(handler=_conflicts)

    quarantine = commands.add_parser(
        "quarantine", help=say("files held for a person to decide", "các tệp bị giữ lại chờ người quyết định")
    )
    quarantine.add_argument(
        "--release", metavar="ID", help=say("import the held file with this id", "nhập tệp bị giữ có mã này")
    )
    quarantine.add_argument(
        "--discard", metavar="ID", help=say("delete the held file with this id", "xóa tệp bị giữ có mã này")
    )
    quarantine.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(quarantine)
    quarantine.set_defaults(handler=_quarantine)


def _export(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.certificates import enrolment_warnings
    from cellapp.services.sync import export_bundles

    with context.opened() as workspace:
        unlock(workspace, args)
        results = export_bundles(workspace, to_dir=args.to, cells=args.cell)
        warnings = enrolment_warnings(workspace)
    for warning in warnings:
        print_error(warning.message)
    if printed_json(
        args,
        {
            "files": [
                {
                    "path": r.path,
                    "to": r.peer_code,
                    "seq": r.seq,
                    "bundle_id": r.bundle_id,
                    "records": r.records,
                    "size": r.size,
                    "heartbeat": r.heartbeat,
                    "full": r.full,
                }
                for r in results
            ]
        },
    ):
        return 0
    for r in results:
        print_info(
            T(
                "Wrote {file} for {name}: {records} records, {size} bytes, read back and verified.",
                "Đã ghi {file} cho {name}: {records} bản ghi, {size} byte, đã đọc lại và kiểm tra.",
                file=r.path.name,
                name=r.peer_name,
                records=r.records,
                size=r.size,
            )
        )
    if not results:
        print_info(
            T("No counterpart has news; nothing written.", "Không có gì mới để gửi; chưa ghi tệp nào.")
        )
    else:
        print_info(T("It is safe to remove the stick.", "Có thể rút USB an toàn."))
    return 0


def _import(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync import import_bundles

    with context.opened() as workspace:
        unlock(workspace, args)
        reports = import_bundles(workspace, args.files)
    refused = [r for r in reports if not r.ok]
    if args.json:
        print_json(
            {
                "files": [r.as_json() for r in reports],
                "imported": sum(1 for r in reports if r.ok),
                "refused": len(refused),
            }
        )
    else:
        for report in reports:
            _print_report(report)
    return 3 if refused else 0


def _print_report(report: ImportReport) -> None:
    if report.ok:
        print_info(report.message)
        return
    print_error(
        T(
            "{file}: refused ({reason}): {message}",
            "{file}: từ chối ({reason}): {message}",
            file=report.file_name,
            reason=report.reason,
            message=report.message.render(),
        )
    )


def _backup(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync import backup_workspace

    with context.opened() as workspace:
        unlock(workspace, args)
        result = backup_workspace(workspace, to_dir=args.to)
    reply(
        args,
        {"path": result.path, "size": result.size},
        T(
            "Backup written to {path} ({size} bytes), read back and verified.",
            "Đã ghi bản sao lưu {path} ({size} byte), đã đọc lại và kiểm tra.",
            path=str(result.path),
            size=result.size,
        ),
    )
    return 0


def _restore(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.keyring import PassphraseNeeded
    from cellapp.services.sync import restore_workspace

    def restore(passphrase: str | None) -> Any:
        return restore_workspace(
            context.workspace_dir, args.file, force=args.force, keys_dir=args.keys, passphrase=passphrase
        )

    try:
        result = restore(None)
    except PassphraseNeeded:
        result = with_passphrase(args, restore)
    print_info(
        T(
            "Restored {name} from the backup of {date} into {path}. It continues under a new installation "
            "identity; the committee will send back what was written after the backup.",
            "Đã khôi phục {name} từ bản sao lưu ngày {date} vào {path}. Máy tiếp tục với định danh mới; cấp ủy "
            "sẽ gửi lại những gì đã ghi sau bản sao lưu.",
            name=result.unit_name,
            date=result.made_at.strftime("%d/%m/%Y %H:%M"),
            path=str(result.root),
        )
    )
    return 0


def _status(args: argparse.Namespace, context: CliContext) -> int:
    from dataclasses import asdict

    from cellapp.services.sync import sync_status

    with context.opened() as workspace:
        status = sync_status(workspace)
    document = asdict(status)
    if printed_json(args, document):
        return 0
    for key, value in document.items():
        sys.stdout.write(f"{key:<18} {'' if value is None else value}\n")
    return 0


def _conflicts(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync import list_conflicts, settle_conflict

    with context.opened() as workspace:
        if args.settle is not None:
            settle_conflict(workspace.uow(), conflict_id=args.settle, note=args.note, actor=workspace.actor)
            return 0
        items = list_conflicts(workspace.uow(read_only=True), include_settled=args.all)
    if printed_json(
        args,
        {
            "conflicts": [
                {
                    "id": c.id,
                    "type": c.record_type,
                    "uuid": c.record_uuid,
                    "label": c.label,
                    "from": c.from_code,
                    "reason": c.reason,
                    "status": c.status,
                    "differences": [
                        {"field": d.name, "ours": d.local, "theirs": d.incoming} for d in c.differences
                    ],
                }
                for c in items
            ]
        },
    ):
        return 0
    for c in items:
        sys.stdout.write(f"{c.id:>4}  {c.from_code:<10} {c.label:<32} {c.reason_label.render()}\n")
        for d in c.differences:
            sys.stdout.write(f"        {d.name}: {d.local!r} -> {d.incoming!r}\n")
    return 0


def _quarantine(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync import discard_quarantined, list_quarantine, release_quarantined

    with context.opened() as workspace:
        if args.release:
            unlock(workspace, args)
            report = release_quarantined(workspace, args.release)
            _print_report(report)
            return 0 if report.ok else 3
        if args.discard:
            discard_quarantined(workspace, args.discard)
            return 0
        items = list_quarantine(workspace)
    if printed_json(args, {"files": [{"id": q.id, **q.report.as_json()} for q in items]}):
        return 0
    for q in items:
        sys.stdout.write(
            f"{q.id}  {q.report.from_code or '?':<10} {q.report.reason}  {q.report.message.render()}\n"
        )
    return 0
