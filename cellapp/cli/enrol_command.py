"""`cellapp identity|enrol|transfer|directive|reference`: keys and enrolment (SYNC.md §2-3), and what the
committee decides for its cells (transfers, directives, reference data)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cellapp.cli.common import CliContext, print_info, print_json
from cellapp.domain.errors import UsageError
from cellapp.domain.l10n import T


def register(commands: Any) -> None:
    identity = commands.add_parser("identity", help="this installation's sync keys and key card")
    actions = identity.add_subparsers(dest="action", required=True, parser_class=type(identity))
    export = actions.add_parser("export", help="write the key card (.cellcard, or .pdf to print)")
    export.add_argument("file", type=Path)
    export.add_argument("--code", help="committee: its unit code, the first time")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=_identity_export)
    import_ = actions.add_parser("import", help="trust a counterpart's new key card")
    import_.add_argument("file", type=Path)
    import_.add_argument("--fingerprint", help="as read from its paper card")
    import_.set_defaults(handler=_identity_import)

    enrol = commands.add_parser("enrol", help="enrol cells with their committee")
    steps = enrol.add_subparsers(dest="action", required=True, parser_class=type(enrol))
    invite = steps.add_parser("invite", help="committee: write an invitation, print the one-time code")
    invite.add_argument("cell_code")
    invite.add_argument("--name", required=True)
    invite.add_argument("-o", "--output", type=Path, required=True)
    invite.add_argument("--json", action="store_true")
    invite.set_defaults(handler=_invite)
    join = steps.add_parser("join", help="cell: join with the invitation; writes the enrolment request")
    join.add_argument("file", type=Path)
    join.add_argument("--code", required=True, help="the 12-digit code printed by the committee")
    join.add_argument("--fingerprint", help="the committee's fingerprint from its paper card")
    join.add_argument("-o", "--output", type=Path)
    join.add_argument("--json", action="store_true")
    join.set_defaults(handler=_join)
    accept = steps.add_parser("accept", help="committee: enrol a cell from its request")
    accept.add_argument("file", type=Path)
    accept.add_argument("--json", action="store_true")
    accept.set_defaults(handler=_accept)
    revoke = steps.add_parser("revoke", help="committee: revoke a cell's key for good")
    revoke.add_argument("cell_code")
    revoke.add_argument("--reason", default="")
    revoke.set_defaults(handler=_revoke)
    listing = steps.add_parser("list", help="committee: the cells and where they stand")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    transfer = commands.add_parser("transfer", help="committee: move a member to another cell")
    transfer.add_argument("member", help="the member's UUID")
    transfer.add_argument("--to", required=True, help="the receiving cell's code")
    transfer.add_argument("--date", help="date of the decision, dd/mm/yyyy (default today)")
    transfer.add_argument("--note")
    transfer.set_defaults(handler=_transfer)

    directive = commands.add_parser("directive", help="committee: send a directive to its cells")
    directive.add_argument("--number", required=True)
    directive.add_argument("--title", required=True)
    directive.add_argument("--date", required=True, help="dd/mm/yyyy")
    directive.add_argument("--body", required=True, help="the issuing body")
    directive.add_argument("--text", default="")
    directive.add_argument("--pdf", type=Path)
    directive.add_argument("--to", action="append", default=[], help="a cell code (default: every cell)")
    directive.set_defaults(handler=_directive)

    reference = commands.add_parser("reference", help="committee: set a dated reference value")
    reference.add_argument("kind", choices=["fee_table", "minimum_wage", "enumeration"])
    reference.add_argument("key")
    reference.add_argument("value", help="JSON, money as integer đồng")
    reference.add_argument("--from", dest="valid_from", required=True, help="dd/mm/yyyy")
    reference.add_argument("--title", default="")
    reference.set_defaults(handler=_reference)


def _date(text: str | None) -> Any:
    from datetime import date

    from cellapp.domain.errors import ValidationError
    from cellapp.domain.vietnamese import InvalidDateError, parse_date

    if text is None:
        return date.today()
    try:
        return parse_date(text)
    except InvalidDateError as error:
        raise ValidationError(T(error.reason_en, error.reason_vi), field="date") from error


def _identity_export(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync_identity import export_identity

    workspace = context.open()
    try:
        card = export_identity(workspace, args.file, code=args.code)
    finally:
        workspace.close()
    if args.json:
        print_json({"path": args.file, "unit_code": card.unit_code, "fingerprint": card.fingerprint})
    else:
        print_info(
            T(
                "Key card of {name} written to {path}. Fingerprint: {fp}",
                "Đã ghi thẻ khóa của {name} vào {path}. Mã nhận dạng: {fp}",
                name=card.unit_name,
                path=str(args.file),
                fp=card.fingerprint,
            )
        )
    return 0


def _identity_import(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync_identity import import_identity, read_key_card

    if not args.fingerprint:
        card = read_key_card(args.file)
        raise UsageError(
            T(
                "The card says {code} has the fingerprint {fp}. Compare it with the paper card, then run "
                "again with --fingerprint followed by the digits on paper.",
                "Thẻ cho biết {code} có mã nhận dạng {fp}. Hãy so với thẻ giấy, rồi chạy lại với --fingerprint "
                "và các chữ số trên giấy.",
                code=card.unit_code,
                fp=card.fingerprint,
            )
        )
    workspace = context.open()
    try:
        card = import_identity(workspace, args.file, fingerprint=args.fingerprint)
    finally:
        workspace.close()
    print_info(
        T(
            "The new key of {code} is trusted from now on.",
            "Từ nay tin cậy khóa mới của {code}.",
            code=card.unit_code,
        )
    )
    return 0


def _invite(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.domain.vietnamese import format_date
    from cellapp.services.enrolment import invite_cell

    workspace = context.open()
    try:
        written = invite_cell(workspace, code=args.cell_code, name=args.name, out=args.output)
    finally:
        workspace.close()
    if args.json:
        print_json(
            {
                "path": written.path,
                "cell_code": written.cell_code,
                "one_time_code": written.one_time_code,
                "expires": written.expires,
                "hub_fingerprint": written.hub_fingerprint,
            }
        )
        return 0
    print_info(
        T(
            "Invitation for {name} ({code}) written to {path}, valid until {date}. Give the secretary this "
            "one-time code on paper, never in a file:",
            "Đã ghi tệp mời cho {name} ({code}) vào {path}, dùng được đến {date}. Hãy đưa bí thư mã dùng một "
            "lần này trên giấy, không gửi kèm tệp:",
            name=written.cell_name,
            code=written.cell_code,
            path=str(written.path),
            date=format_date(written.expires),
        )
    )
    sys.stdout.write(written.one_time_code + "\n")
    return 0


def _join(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.enrolment import join_committee

    workspace = context.open()
    try:
        result = join_committee(
            workspace,
            invitation_path=args.file,
            code=args.code,
            out=args.output,
            expected_fingerprint=args.fingerprint,
        )
    finally:
        workspace.close()
    if args.json:
        print_json(
            {
                "path": result.request_path,
                "hub_fingerprint": result.hub_fingerprint,
                "own_fingerprint": result.own_fingerprint,
                "cell_code": result.cell_code,
            }
        )
        return 0
    print_info(
        T(
            "Joined {hub} as {code}. Check that the committee's fingerprint matches its paper card: {fp}. "
            "Take the enrolment request {path} to the committee.",
            "Đã đăng ký với {hub} với mã {code}. Hãy kiểm tra mã nhận dạng của cấp ủy khớp với thẻ giấy: {fp}. "
            "Mang yêu cầu đăng ký {path} đến cấp ủy.",
            hub=result.hub_name,
            code=result.cell_code,
            fp=result.hub_fingerprint,
            path=str(result.request_path),
        )
    )
    return 0


def _accept(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.domain.vietnamese import format_date
    from cellapp.services.enrolment import accept_enrolment

    workspace = context.open()
    try:
        cell = accept_enrolment(workspace, args.file)
    finally:
        workspace.close()
    if args.json:
        print_json(
            {
                "cell_code": cell.cell_code,
                "name": cell.cell_name,
                "fingerprint": cell.fingerprint,
                "valid_until": cell.valid_until,
            }
        )
        return 0
    print_info(
        T(
            "{name} ({code}) is enrolled until {date}. Its fingerprint, to compare with the secretary: {fp}",
            "{name} ({code}) đã đăng ký đến {date}. Mã nhận dạng để so với bí thư: {fp}",
            name=cell.cell_name,
            code=cell.cell_code,
            date=format_date(cell.valid_until),
            fp=cell.fingerprint,
        )
    )
    return 0


def _revoke(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.enrolment import revoke_cell

    workspace = context.open()
    try:
        revoke_cell(workspace, code=args.cell_code, reason=args.reason)
    finally:
        workspace.close()
    print_info(
        T(
            "The key of {code} is revoked; every cell hears of it in its next return file.",
            "Đã thu hồi khóa của {code}; mọi chi bộ sẽ biết trong tệp trả về tiếp theo.",
            code=args.cell_code.upper(),
        )
    )
    return 0


def _list(args: argparse.Namespace, context: CliContext) -> int:
    from dataclasses import asdict

    from cellapp.services.sync_status import list_cells

    workspace = context.open()
    try:
        cells = list_cells(workspace.uow(read_only=True))
    finally:
        workspace.close()
    if args.json:
        print_json({"cells": [asdict(c) for c in cells]})
        return 0
    for c in cells:
        last = c.last_bundle_at.strftime("%d/%m/%Y") if c.last_bundle_at else "—"
        sys.stdout.write(f"{c.code:<12} {c.status:<9} {last:<10} {c.members:>5}  {c.name}\n")
    return 0


def _transfer(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.transfers import transfer_member

    workspace = context.open()
    try:
        done = transfer_member(
            workspace.uow(),
            member_uuid=args.member,
            to_cell=args.to,
            decided_on=_date(args.date),
            note=args.note,
        )
    finally:
        workspace.close()
    print_info(
        T(
            "{name} moves from {source} to {target}; both cells learn it from their next return file.",
            "{name} chuyển từ {source} sang {target}; hai chi bộ sẽ nhận được trong tệp trả về tiếp theo.",
            name=done.member_name,
            source=done.from_code,
            target=done.to_code,
        )
    )
    return 0


def _directive(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.directives import NewDirective, issue_directive

    workspace = context.open()
    try:
        issue_directive(
            workspace.uow(),
            NewDirective(
                number=args.number,
                title=args.title,
                issued_on=_date(args.date),
                issuing_body=args.body,
                text=args.text,
                pdf=args.pdf,
                to_cells=tuple(args.to),
            ),
        )
    finally:
        workspace.close()
    print_info(
        T(
            "Directive {number} recorded; it goes out in the next return files.",
            "Đã ghi văn bản {number}; văn bản sẽ gửi đi trong các tệp trả về tiếp theo.",
            number=args.number,
        )
    )
    return 0


def _reference(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.domain.errors import ValidationError
    from cellapp.domain.reference import ReferenceKind
    from cellapp.services.directives import set_reference_value

    try:
        value = json.loads(args.value)
    except ValueError as error:
        raise ValidationError(
            T("The value must be JSON (for example 3700000).", "Giá trị phải ở dạng JSON (ví dụ 3700000)."),
            field="value",
        ) from error
    workspace = context.open()
    try:
        set_reference_value(
            workspace.uow(),
            kind=ReferenceKind(args.kind),
            key=args.key,
            valid_from=_date(args.valid_from),
            value=value,
            title=args.title,
        )
    finally:
        workspace.close()
    print_info(T("Reference value recorded.", "Đã ghi giá trị dùng chung."))
    return 0
