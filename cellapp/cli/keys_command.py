"""`cellapp identity passphrase|forgotten` and `cellapp enrol renew`: the keys' passphrase, a forgotten
one, and renewing a cell's enrolment before or after it runs out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cellapp.cli.common import CliContext, print_info, printed_json, reply, say
from cellapp.cli.passphrase import add_passphrase_option, new_passphrase, unlock, with_passphrase
from cellapp.domain.errors import UsageError
from cellapp.domain.l10n import T


def register_identity_actions(actions: Any) -> None:
    passphrase = actions.add_parser(
        "passphrase",
        help=say(
            "protect the keys with a passphrase, change it or remove it",
            "bảo vệ khóa bằng cụm mật khẩu, đổi hoặc bỏ cụm mật khẩu",
        ),
        description=say(
            "Only signing and decrypting sync files need the passphrase; the records open without it. "
            "Forgotten it? See 'cellapp identity forgotten --help'.",
            "Chỉ việc ký và giải mã tệp đồng bộ cần cụm mật khẩu; dữ liệu vẫn mở được khi không có. Quên cụm "
            "mật khẩu? Xem 'cellapp identity forgotten --help'.",
        ),
    )
    passphrase.add_argument(
        "what",
        choices=["set", "remove", "status"],
        help=say(
            "set (or change) the passphrase, remove it, or say whether there is one",
            "đặt (hoặc đổi) cụm mật khẩu, bỏ cụm mật khẩu, hoặc cho biết đã có chưa",
        ),
    )
    add_passphrase_option(passphrase)
    passphrase.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=say(
            "read the new passphrase from FILE (or set CELLAPP_NEW_PASSPHRASE); typed twice otherwise",
            "đọc cụm mật khẩu mới từ TỆP (hoặc đặt biến CELLAPP_NEW_PASSPHRASE); nếu không sẽ gõ hai lần",
        ),
    )
    passphrase.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    passphrase.set_defaults(handler=_passphrase)
    forgotten = actions.add_parser(
        "forgotten",
        help=say(
            "the passphrase is forgotten: set the keys aside and start again with new ones",
            "quên cụm mật khẩu: cất khóa cũ và làm lại với khóa mới",
        ),
        description=_recovery_text(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    forgotten.add_argument(
        "--yes",
        action="store_true",
        help=say(
            "do it (without it, only say what would happen)", "thực hiện (không có thì chỉ nói sẽ làm gì)"
        ),
    )
    forgotten.set_defaults(handler=_forgotten)


def register_enrol_actions(steps: Any) -> None:
    renew = steps.add_parser(
        "renew",
        help=say(
            "committee: renew a cell's enrolment for five years from today",
            "cấp ủy: gia hạn đăng ký của chi bộ thêm năm năm kể từ hôm nay",
        ),
    )
    renew.add_argument("cell_code", help=say("the cell's unit code", "mã đơn vị của chi bộ"))
    add_passphrase_option(renew)
    renew.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    renew.set_defaults(handler=_renew)


def _recovery_text() -> str:
    from cellapp.domain.key_recovery import recovery_steps
    from cellapp.domain.units import UnitKind

    cell = "\n".join(f"  {n}. {step.render()}" for n, step in enumerate(recovery_steps(UnitKind.CELL), 1))
    hub = "\n".join(f"  {n}. {step.render()}" for n, step in enumerate(recovery_steps(UnitKind.COMMITTEE), 1))
    return (
        say("A cell whose passphrase is forgotten:", "Chi bộ quên cụm mật khẩu:")
        + "\n"
        + cell
        + "\n\n"
        + say("A committee whose passphrase is forgotten:", "Cấp ủy quên cụm mật khẩu:")
        + "\n"
        + hub
    )


def _passphrase(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.keyring import key_status, remove_passphrase, set_passphrase

    with context.opened() as workspace:
        status = key_status(workspace)
        if args.what == "status":
            reply(
                args,
                {"keys": status.exists, "protected": status.protected},
                T("The keys are protected by a passphrase.", "Khóa được bảo vệ bằng cụm mật khẩu.")
                if status.protected
                else T("The keys have no passphrase.", "Khóa chưa có cụm mật khẩu.")
                if status.exists
                else T("This workspace has no sync keys yet.", "Đơn vị chưa có khóa đồng bộ."),
            )
            return 0
        if args.what == "set":
            new = new_passphrase(args)
            if status.protected:
                with_passphrase(args, lambda current: set_passphrase(workspace, new, current=current))
            else:
                set_passphrase(workspace, new)
            print_info(
                T(
                    "The keys are protected by the new passphrase. Keep it somewhere safe: without it, the "
                    "cell enrols again with new keys.",
                    "Khóa đã được bảo vệ bằng cụm mật khẩu mới. Hãy giữ cẩn thận: nếu quên, chi bộ phải đăng "
                    "ký lại với khóa mới.",
                )
            )
            return 0
        if not status.protected:
            raise UsageError(T("The keys have no passphrase.", "Khóa chưa có cụm mật khẩu."))
        with_passphrase(args, lambda current: remove_passphrase(workspace, current=current))
        print_info(
            T(
                "The keys are kept without a passphrase: anyone using this laptop can sign as this unit.",
                "Khóa không còn cụm mật khẩu: ai dùng máy này cũng có thể ký thay đơn vị.",
            )
        )
        return 0


def _forgotten(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.keyring import replace_forgotten_keys

    if not args.yes:
        sys.stdout.write(_recovery_text() + "\n")
        print_info(
            T(
                "Nothing was changed; run again with --yes to set the keys aside.",
                "Chưa thay đổi gì; chạy lại với --yes để cất khóa cũ.",
            )
        )
        return 0
    with context.opened() as workspace:
        result = replace_forgotten_keys(workspace)
    if result.new_fingerprint:
        print_info(
            T(
                "New keys made; the old ones are in {folder}. New fingerprint: {fp}. Print the new key card "
                "(cellapp identity export card.pdf) and give it to every cell.",
                "Đã tạo khóa mới; khóa cũ được cất trong {folder}. Mã nhận dạng mới: {fp}. Hãy in thẻ khóa mới "
                "(cellapp identity export the-khoa.pdf) và gửi mọi chi bộ.",
                folder=str(result.retired_to or "—"),
                fp=result.new_fingerprint,
            )
        )
    else:
        print_info(
            T(
                "The old keys are set aside in {folder}. Ask the committee for a new invitation and join again "
                "(cellapp enrol join FILE --code CODE); new keys are made then.",
                "Đã cất khóa cũ trong {folder}. Hãy xin cấp ủy tệp mời mới rồi đăng ký lại (cellapp enrol join "
                "TỆP --code MÃ); khóa mới sẽ được tạo khi đó.",
                folder=str(result.retired_to or "—"),
            )
        )
    return 0


def _renew(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.domain.vietnamese import format_date
    from cellapp.services.certificates import renew_enrolment

    with context.opened() as workspace:
        unlock(workspace, args)
        renewed = renew_enrolment(workspace, code=args.cell_code)
    if printed_json(
        args,
        {
            "cell_code": renewed.cell_code,
            "valid_from": renewed.valid_from,
            "valid_until": renewed.valid_until,
            "previous_until": renewed.previous_until,
        },
    ):
        return 0
    print_info(
        T(
            "The enrolment of {name} ({code}) is renewed until {date}; the new certificate goes in its next "
            "return file. Files held in quarantine for the expired enrolment can be imported now.",
            "Đã gia hạn đăng ký của {name} ({code}) đến {date}; giấy chứng nhận mới sẽ đi trong tệp trả về "
            "tiếp theo. Có thể nhập các tệp bị giữ trong khu cách ly vì đăng ký hết hạn.",
            name=renewed.cell_name,
            code=renewed.cell_code,
            date=format_date(renewed.valid_until),
        )
    )
    return 0
