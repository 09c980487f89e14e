"""`cellapp --help` and every sub-command's help speak the chosen language: every option and command has
a help line, and the Vietnamese one is not the English one left untranslated."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from cellapp.cli import build_parser, main
from cellapp.domain.l10n import set_language

# Help lines that read the same in both languages.
SAME_IN_BOTH = {"vi | en", "dd/mm/yyyy"}


def _helps(parser: argparse.ArgumentParser, path: str = "cellapp") -> Iterator[tuple[str, str | None]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{path} {choice.dest}", choice.help
            for name, sub in action.choices.items():
                yield from _helps(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action.help


def _all_helps(language: str) -> dict[str, str | None]:
    set_language(language)
    try:
        return dict(_helps(build_parser()))
    finally:
        set_language("vi")


def test_every_command_and_option_has_a_help_line_in_both_languages() -> None:
    english, vietnamese = _all_helps("en"), _all_helps("vi")
    assert english.keys() == vietnamese.keys() and len(english) > 100
    missing = [name for name, text in english.items() if not text]
    assert missing == []
    untranslated = [
        name for name in english if english[name] == vietnamese[name] and english[name] not in SAME_IN_BOTH
    ]
    assert untranslated == []


def test_the_help_screen_is_vietnamese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--help"]) == 0
    shown = capsys.readouterr().out
    assert "cách dùng:" in shown and "một tháng (2026-11)" in shown and "in một tài liệu JSON" in shown
    assert main(["--lang", "en", "stats", "--help"]) == 0
    assert "a month (2026-11)" in capsys.readouterr().out
