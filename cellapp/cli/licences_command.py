"""`cellapp licences [--json | --full]`: the components this installation ships and their licences (the
same list as Help → About), `--full` with every licence text, as the Linux package's copyright file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cellapp.cli.common import CliContext, print_json, say


def register(commands: Any) -> None:
    licences = commands.add_parser(
        "licences",
        help=say(
            "the bundled fonts and libraries and their licences",
            "phông chữ và thư viện đi kèm cùng giấy phép của chúng",
        ),
    )
    output = licences.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    output.add_argument(
        "--full",
        action="store_true",
        help=say("print every licence text too", "in cả toàn văn từng giấy phép"),
    )
    licences.set_defaults(handler=_licences)


def _licences(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp import __version__
    from cellapp.services.about import bundled_components

    components = bundled_components()
    if args.json:
        print_json(
            {
                "version": __version__,
                "components": [
                    {
                        "name": c.name,
                        "version": c.version,
                        "licence": c.licence,
                        "used_under": c.used_under,
                        "licence_files": [text.title for text in c.texts],
                    }
                    for c in components
                ],
            }
        )
        return 0
    width = max(len(c.name) for c in components)
    used = say("used under", "dùng theo")
    lines = [f"CellApp {__version__}", ""]
    for c in components:
        chosen = f"  ({used} {c.used_under})" if c.used_under else ""
        lines.append(f"{c.name:<{width}}  {c.version:<12} {c.licence}{chosen}")
    if args.full:
        for c in components:
            for text in c.texts:
                rule = "=" * 78
                lines += ["", rule, f"{c.name} {c.version} — {text.title}", rule, "", text.text.rstrip()]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
