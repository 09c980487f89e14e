"""The components an installation ships and their licences, read from the distributions' metadata and the
fonts' own name tables; the `cellapp licences` command that prints them."""

from __future__ import annotations

import json
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from cellapp import __version__
from cellapp.cli import main
from cellapp.paths import fonts_dir
from cellapp.services.about import bundled_components
from cellapp.services.about.fonts import font_families, read_names, spdx
from cellapp.services.about.licences import declared_licence, normalise, used_under

ROOT = Path(__file__).resolve().parents[3]


class FakeDistribution(metadata.Distribution):
    """A distribution made of a METADATA text and licence files, as an installer would leave them."""

    def __init__(self, fields: str, files: dict[str, str] | None = None) -> None:
        self._files = {"METADATA": fields, **(files or {})}

    def read_text(self, filename: str) -> str | None:
        return self._files.get(filename)

    def locate_file(self, path: str | Path) -> Path:  # pragma: no cover - never asked for here
        raise NotImplementedError


def test_every_runtime_requirement_is_listed_with_a_licence() -> None:
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.match(r"[A-Za-z0-9._-]+", line).group(0) for line in requirements["dependencies"]]  # type: ignore[union-attr]
    components = {normalise(c.name): c for c in bundled_components()}
    assert {normalise(name) for name in names} <= set(components)
    assert all(c.licence and c.version for c in components.values()), [
        c.name for c in components.values() if not (c.licence and c.version)
    ]
    # what the installed metadata says, not a list kept by hand
    assert components["sqlalchemy"].version == metadata.version("SQLAlchemy")
    assert components["sqlalchemy"].licence == "MIT"
    assert "Permission is hereby granted" in components["sqlalchemy"].texts[0].text


def test_test_and_build_tools_are_not_listed() -> None:
    names = {normalise(c.name) for c in bundled_components()}
    assert not names & {"pytest", "mypy", "ruff", "pyinstaller", "hypothesis", "cellapp"}


def test_qt_is_used_under_the_lgpl_with_its_text_shipped() -> None:
    qt = next(c for c in bundled_components() if normalise(c.name) == "pyside6-essentials")
    assert "LGPL-3.0-only" in qt.licence.split(" OR ")
    assert qt.used_under == "LGPL-3.0-only"
    titles = [text.title for text in qt.texts]
    assert titles[-2:] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.texts[-2].text
    assert "Version 3, 29 June 2007" in qt.texts[-1].text


def test_the_interpreter_and_the_font_come_first_with_their_licence_texts() -> None:
    python, font = bundled_components()[:2]
    assert python.name == "Python" and python.version == "{}.{}.{}".format(*sys.version_info[:3])
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in python.texts[0].text
    assert (font.name, font.licence) == ("Liberation Serif", "OFL-1.1")
    assert font.version == "2.1.5"
    assert "SIL OPEN FONT LICENSE Version 1.1" in font.texts[0].text


def test_a_fonts_version_and_licence_come_from_its_name_table() -> None:
    names = read_names((fonts_dir() / "LiberationSerif-Bold.ttf").read_bytes())
    assert names[1] == "Liberation Serif" and names[5].startswith("Version ")
    (family,) = font_families(fonts_dir())
    assert len(family.files) == 4
    assert spdx("Licensed under the SIL Open Font License, Version 1.1") == "OFL-1.1"
    assert spdx("Some other terms") == "Some other terms"


@pytest.mark.parametrize(
    ("fields", "files", "expected"),
    [
        ("Name: a\nLicense-Expression: MIT OR Apache-2.0\nLicense: ignored\n", {}, "MIT OR Apache-2.0"),
        ("Name: b\nLicense: BSD-3-Clause\n", {}, "BSD-3-Clause"),
        (
            "Name: c\nLicense: a long paragraph of terms that goes well past one short line of text\n"
            "Classifier: License :: OSI Approved :: BSD License\n",
            {},
            "BSD License",
        ),
        ("Name: d\nLicense-File: LICENSE\n", {"licenses/LICENSE": "The MIT License (MIT)\n\n..."}, "MIT"),
        ("Name: e\n", {}, ""),
    ],
)
def test_the_declared_licence_is_taken_from_the_most_precise_field(
    fields: str, files: dict[str, str], expected: str
) -> None:
    assert declared_licence(FakeDistribution(fields, files)) == expected


def test_of_a_choice_of_licences_the_lgpl_is_taken() -> None:
    assert used_under("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only") == "LGPL-3.0-only"
    assert used_under("Apache-2.0 OR BSD-3-Clause") is None  # either one: nothing to choose
    assert used_under("MIT") is None


def test_the_licences_command_prints_the_list_and_every_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["licences", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["version"] == __version__
    names = [c["name"] for c in document["components"]]
    assert names[:2] == ["Python", "Liberation Serif"]
    assert main(["--lang", "en", "licences", "--full"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"CellApp {__version__}\n")
    assert "(used under LGPL-3.0-only)" in out
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in out and "SIL OPEN FONT LICENSE" in out
    assert main(["licences"]) == 0
    assert "(dùng theo LGPL-3.0-only)" in capsys.readouterr().out
