"""`cellapp identity|enrol|transfer|directive|reference`: keys and enrolment (docs/sync.md §2-3), and what the
committee decides for its cells (transfers, directives, reference data)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cellapp.cli import keys_command
from cellapp.cli.common import CliContext, print_info, printed_json, reply, say
from cellapp.cli.passphrase import add_passphrase_option, unlock
from cellapp.domain.errors import UsageError
from cellapp.domain.l10n import T


def register(commands: Any) -> None:
    identity = commands.add_parser(
        "identity",
        help=say("this installation's sync keys and key card", "khóa đồng bộ và phiếu khóa của máy này"),
    )
    actions = identity.add_subparsers(dest="action", required=True, parser_class=type(identity))
    export = actions.add_parser(
        "export",
        help=say(
            "write the key card (.cellcard, or .pdf to print)", "ghi phiếu khóa (.cellcard, hoặc .pdf để in)"
        ),
    )
    export.add_argument("file", type=Path, help=say("the key card file to write", "tệp phiếu khóa sẽ ghi"))
    export.add_argument(
        "--code", help=say("committee: its unit code, the first time", "cấp ủy: mã đơn vị, khi tạo lần đầu")
    )
    export.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    export.set_defaults(handler=_identity_export)
    import_ = actions.add_parser(
        "import", help=say("trust a counterpart's new key card", "tin cậy phiếu khóa mới của đơn vị bên kia")
    )
    import_.add_argument(
        "file",
        type=Path,
        help=say("the counterpart's key card (.cellcard)", "phiếu khóa của đơn vị bên kia (.cellcard)"),
    )
    import_.add_argument(
        "--fingerprint", help=say("as read from its paper card", "như ghi trên phiếu khóa in giấy")
    )
    import_.set_defaults(handler=_identity_import)
    keys_command.register_identity_actions(actions)

    enrol = commands.add_parser(
        "enrol", help=say("enrol cells with their committee", "đăng ký chi bộ với cấp ủy")
    )
    steps = enrol.add_subparsers(dest="action", required=True, parser_class=type(enrol))
    invite = steps.add_parser(
        "invite",
        help=say(
            "committee: write an invitation, print the one-time code",
            "cấp ủy: ghi thư mời, in mã dùng một lần",
        ),
    )
    invite.add_argument("cell_code", help=say("the cell's unit code", "mã đơn vị của chi bộ"))
    invite.add_argument("--name", required=True, help=say("the cell's full name", "tên đầy đủ của chi bộ"))
    invite.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help=say(
            "the folder to write the invitation to, usually the USB stick",
            "thư mục ghi thư mời, thường là USB",
        ),
    )
    invite.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(invite)
    invite.set_defaults(handler=_invite)
    join = steps.add_parser(
        "join",
        help=say(
            "cell: join with the invitation; writes the enrolment request",
            "chi bộ: tham gia bằng thư mời; ghi tệp đề nghị đăng ký",
        ),
    )
    join.add_argument(
        "file", type=Path, help=say("the invitation file from the committee", "tệp thư mời của cấp ủy")
    )
    join.add_argument(
        "--code",
        required=True,
        help=say("the 12-digit code printed by the committee", "mã 12 chữ số do cấp ủy in ra"),
    )
    join.add_argument(
        "--fingerprint",
        help=say(
            "the committee's fingerprint from its paper card",
            "dấu vân tay khóa của cấp ủy, ghi trên phiếu khóa in giấy",
        ),
    )
    join.add_argument(
        "-o",
        "--output",
        type=Path,
        help=say("the folder to write the enrolment request to", "thư mục ghi tệp đề nghị đăng ký"),
    )
    join.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(join)
    join.set_defaults(handler=_join)
    accept = steps.add_parser(
        "accept",
        help=say("committee: enrol a cell from its request", "cấp ủy: đăng ký chi bộ từ tệp đề nghị"),
    )
    accept.add_argument(
        "file", type=Path, help=say("the cell's enrolment request", "tệp đề nghị đăng ký của chi bộ")
    )
    accept.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    add_passphrase_option(accept)
    accept.set_defaults(handler=_accept)
    revoke = steps.add_parser(
        "revoke",
        help=say("committee: revoke a cell's key for good", "cấp ủy: thu hồi vĩnh viễn khóa của chi bộ"),
    )
    revoke.add_argument("cell_code", help=say("the cell's unit code", "mã đơn vị của chi bộ"))
    revoke.add_argument("--reason", default="", help=say("why the key is revoked", "lý do thu hồi khóa"))
    revoke.set_defaults(handler=_revoke)
    listing = steps.add_parser(
        "list",
        help=say("committee: the cells and where they stand", "cấp ủy: các chi bộ và tình trạng đăng ký"),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    listing.set_defaults(handler=_list)
    keys_command.register_enrol_actions(steps)

    transfer = commands.add_parser(
        "transfer",
        help=say("committee: move a member to another cell", "cấp ủy: chuyển đảng viên sang chi bộ khác"),
    )
    transfer.add_argument("member", help=say("the member's UUID", "mã UUID của đảng viên"))
    transfer.add_argument("--to", required=True, help=say("the receiving cell's code", "mã chi bộ tiếp nhận"))
    transfer.add_argument(
        "--date",
        help=say(
            "date of the decision, dd/mm/yyyy (default today)",
            "ngày quyết định, dd/mm/yyyy (mặc định hôm nay)",
        ),
    )
    transfer.add_argument(
        "--decision",
        required=True,
        help=say(
            "the number of the committee's decision, e.g. 15-QĐ/ĐU",
            "số quyết định của cấp ủy, ví dụ 15-QĐ/ĐU",
        ),
    )
    transfer.add_argument("--note", help=say("a note kept with the transfer", "ghi chú kèm theo việc chuyển"))
    transfer.set_defaults(handler=_transfer)

    directive = commands.add_parser(
        "directive",
        help=say("committee: send a directive to its cells", "cấp ủy: gửi văn bản chỉ đạo xuống các chi bộ"),
    )
    directive.add_argument(
        "--number",
        required=True,
        help=say("the document number, e.g. 12-CV/ĐU", "số văn bản, ví dụ 12-CV/ĐU"),
    )
    directive.add_argument("--title", required=True, help=say("the document's title", "trích yếu văn bản"))
    directive.add_argument("--date", required=True, help=say("dd/mm/yyyy", "dd/mm/yyyy"))
    directive.add_argument("--body", required=True, help=say("the issuing body", "cơ quan ban hành"))
    directive.add_argument("--text", default="", help=say("the text of the directive", "nội dung văn bản"))
    directive.add_argument(
        "--pdf", type=Path, help=say("the signed document as a PDF file", "bản văn bản đã ký, dạng PDF")
    )
    directive.add_argument(
        "--to",
        action="append",
        default=[],
        help=say("a cell code (default: every cell)", "mã chi bộ (mặc định: mọi chi bộ)"),
    )
    directive.set_defaults(handler=_directive)

    reference = commands.add_parser(
        "reference",
        help=say("committee: set a dated reference value", "cấp ủy: đặt giá trị tham chiếu có ngày hiệu lực"),
    )
    reference.add_argument(
        "kind",
        choices=["fee_table", "minimum_wage", "enumeration"],
        help=say("what kind of reference value", "loại giá trị tham chiếu"),
    )
    reference.add_argument(
        "key", help=say("the value's key within its kind", "khóa của giá trị trong loại đó")
    )
    reference.add_argument(
        "value", help=say("JSON, money as integer đồng", "JSON, số tiền là số nguyên (đồng)")
    )
    reference.add_argument("--from", dest="valid_from", required=True, help=say("dd/mm/yyyy", "dd/mm/yyyy"))
    reference.add_argument(
        "--title", default="", help=say("a title shown to the cells", "tiêu đề hiển thị cho chi bộ")
    )
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
    from cellapp.services.sync import export_identity

    with context.opened() as workspace:
        card = export_identity(workspace, args.file, code=args.code)
    reply(
        args,
        {"path": args.file, "unit_code": card.unit_code, "fingerprint": card.fingerprint},
        T(
            "Key card of {name} written to {path}. Fingerprint: {fp}",
            "Đã ghi thẻ khóa của {name} vào {path}. Mã nhận dạng: {fp}",
            name=card.unit_name,
            path=str(args.file),
            fp=card.fingerprint,
        ),
    )
    return 0


def _identity_import(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.sync import import_identity, read_key_card

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
    with context.opened() as workspace:
        card = import_identity(workspace, args.file, fingerprint=args.fingerprint)
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
    from cellapp.services.sync import invite_cell

    with context.opened() as workspace:
        unlock(workspace, args)
        written = invite_cell(workspace, code=args.cell_code, name=args.name, out=args.output)
    if printed_json(
        args,
        {
            "path": written.path,
            "cell_code": written.cell_code,
            "one_time_code": written.one_time_code,
            "expires": written.expires,
            "hub_fingerprint": written.hub_fingerprint,
        },
    ):
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
    from cellapp.services.sync import join_committee

    with context.opened() as workspace:
        unlock(workspace, args)
        result = join_committee(
            workspace,
            invitation_path=args.file,
            code=args.code,
            out=args.output,
            expected_fingerprint=args.fingerprint,
        )
    if printed_json(
        args,
        {
            "path": result.request_path,
            "hub_fingerprint": result.hub_fingerprint,
            "own_fingerprint": result.own_fingerprint,
            "cell_code": result.cell_code,
        },
    ):
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
    from cellapp.services.sync import accept_enrolment

    with context.opened() as workspace:
        unlock(workspace, args)
        cell = accept_enrolment(workspace, args.file)
    if printed_json(
        args,
        {
            "cell_code": cell.cell_code,
            "name": cell.cell_name,
            "fingerprint": cell.fingerprint,
            "valid_until": cell.valid_until,
        },
    ):
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
    from cellapp.services.sync import revoke_cell

    with context.opened() as workspace:
        revoke_cell(workspace, code=args.cell_code, reason=args.reason)
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

    from cellapp.services.sync import list_cells

    with context.opened() as workspace:
        cells = list_cells(workspace.uow(read_only=True))
    if printed_json(args, {"cells": [asdict(c) for c in cells]}):
        return 0
    for c in cells:
        last = c.last_bundle_at.strftime("%d/%m/%Y") if c.last_bundle_at else "—"
        sys.stdout.write(f"{c.code:<12} {c.status:<9} {last:<10} {c.members:>5}  {c.name}\n")
    return 0


def _transfer(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.members import transfer_member

    with context.opened() as workspace:
        done = transfer_member(
            workspace.uow(),
            member_uuid=args.member,
            to_cell=args.to,
            decided_on=_date(args.date),
            decision=args.decision,
            note=args.note,
        )
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
    from cellapp.services.sync import NewDirective, issue_directive

    with context.opened() as workspace:
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
    from cellapp.services.sync import set_reference_value

    try:
        value = json.loads(args.value)
    except ValueError as error:
        raise ValidationError(
            T("The value must be JSON (for example 3700000).", "Giá trị phải ở dạng JSON (ví dụ 3700000)."),
            field="value",
        ) from error
    with context.opened() as workspace:
        set_reference_value(
            workspace.uow(),
            kind=ReferenceKind(args.kind),
            key=args.key,
            valid_from=_date(args.valid_from),
            value=value,
            title=args.title,
        )
    print_info(T("Reference value recorded.", "Đã ghi giá trị dùng chung."))
    return 0
