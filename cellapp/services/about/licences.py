"""What an installation of CellApp contains and under which licence: the Python interpreter, the bundled
fonts and every library CellApp depends on, with the licence texts that must travel with them.

The libraries are read from the installed distributions' metadata (PEP 566 and PEP 639), walking CellApp's
own requirements, so the list follows the dependencies as they change instead of being kept by hand. The
frozen build ships the same metadata (packaging/cellapp.spec copies it), so the About dialog and
`cellapp licences` say the same in a source checkout and in the installed program.
"""

from __future__ import annotations

import contextlib
import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from cellapp.paths import resources_dir
from cellapp.services.about.fonts import font_families

ROOT_DISTRIBUTION = "cellapp"
PYTHON_LICENCE_FILE = "python-LICENSE.txt"  # where the frozen build puts the interpreter's licence

# Licence texts CellApp ships itself (resources/licences/), for components whose distribution has none.
LGPL_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")  # the LGPL v3 is a set of additions to the GPL v3

_EXTRA = re.compile(r"\bextra\s*==")
FROZEN_BY = "pyinstaller"  # its bootloader starts the installed program

_HEADINGS = (  # first line of a licence file -> SPDX identifier, for distributions that declare none
    (re.compile(r"\bMIT License\b", re.IGNORECASE), "MIT"),
    (re.compile(r"\bISC License\b", re.IGNORECASE), "ISC"),
    (re.compile(r"\bApache License\b", re.IGNORECASE), "Apache-2.0"),
)


@dataclass(frozen=True)
class LicenceText:
    title: str
    text: str


@dataclass(frozen=True)
class Component:
    """One thing CellApp ships: `licence` as its authors declare it; `used_under` the one option CellApp
    takes when they offer a choice (None when there is no choice to make)."""

    name: str
    version: str
    licence: str
    summary: str
    texts: tuple[LicenceText, ...]
    used_under: str | None = None


def bundled_components() -> list[Component]:
    """The interpreter, the fonts, then every library in dependency order from CellApp's requirements."""
    components = [_python(), *_fonts()]
    components.extend(_library(distribution) for distribution in library_distributions())
    if getattr(sys, "frozen", False):
        # a frozen build made without PyInstaller's metadata has nothing to say about it
        with contextlib.suppress(metadata.PackageNotFoundError):
            components.append(_library(metadata.distribution(FROZEN_BY)))
    return components


def library_distributions(root: str = ROOT_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions CellApp needs at run time, `root` itself left out; requirements that
    are not installed here (another platform's, an extra's) are skipped."""
    found: list[metadata.Distribution] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        key = normalise(name)
        if key in seen:
            return
        seen.add(key)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        if key != normalise(root):
            found.append(distribution)
        for requirement in distribution.requires or []:
            if _EXTRA.search(requirement):
                continue  # needed only with an optional extra
            match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
            if match:
                visit(match.group(0))

    visit(root)
    return found


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_licence(distribution: metadata.Distribution) -> str:
    """The licence as the distribution declares it: its SPDX expression, else a short `License` field,
    else its licence classifier, else the heading of its licence file; empty when it says nothing."""
    fields = distribution.metadata
    expression = _field(distribution, "License-Expression")
    if expression:
        return expression
    licence = _field(distribution, "License")
    if licence and "\n" not in licence and len(licence) <= 40:
        return licence
    classifiers = [
        str(c).rsplit(" :: ", 1)[-1]
        for c in fields.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    for text in _licence_files(distribution):
        heading = text.text.strip().splitlines()[0] if text.text.strip() else ""
        for pattern, identifier in _HEADINGS:
            if pattern.search(heading):
                return identifier
    return licence


def used_under(licence: str) -> str | None:
    """Of a choice of licences (`A OR B`), the one CellApp takes: the LGPL where it is offered, which lets
    a program link the library dynamically, as the one-folder build does, and keep its own terms."""
    options = [option.strip() for option in licence.split(" OR ")]
    if len(options) < 2:
        return None
    for option in options:
        if option.startswith("LGPL"):
            return option
    return None


def _library(distribution: metadata.Distribution) -> Component:
    fields = distribution.metadata
    licence = declared_licence(distribution)
    chosen = used_under(licence)
    texts = _licence_files(distribution)
    if chosen is not None and chosen.startswith("LGPL-3.0"):
        texts = texts + _shipped_texts(LGPL_TEXTS)
    return Component(
        name=str(fields["Name"]),
        version=distribution.version,
        licence=licence,
        summary=_field(distribution, "Summary"),
        texts=texts,
        used_under=chosen,
    )


def _field(distribution: metadata.Distribution, name: str) -> str:
    """One metadata field, stripped; empty when the distribution does not set it."""
    values = distribution.metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _licence_files(distribution: metadata.Distribution) -> tuple[LicenceText, ...]:
    texts = []
    for name in distribution.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{name}", str(name)):  # PEP 639 puts them under licenses/
            text = distribution.read_text(candidate)
            if text:
                texts.append(LicenceText(str(name), text))
                break
    return tuple(texts)


def _shipped_texts(names: tuple[str, ...]) -> tuple[LicenceText, ...]:
    folder = resources_dir() / "licences"
    return tuple(LicenceText(name, (folder / name).read_text(encoding="utf-8")) for name in names)


def _python() -> Component:
    texts: tuple[LicenceText, ...] = ()
    path = python_licence_path()
    if path is not None:
        texts = (LicenceText("LICENSE", path.read_text(encoding="utf-8", errors="replace")),)
    return Component(
        name="Python",
        version=platform.python_version(),
        licence="PSF-2.0",
        summary="The Python interpreter and standard library",
        texts=texts,
    )


def python_licence_path() -> Path | None:
    """The interpreter's LICENSE: beside the frozen program, or where Python installs it."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / PYTHON_LICENCE_FILE] if frozen_root else []
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidates += [
        base / "LICENSE.txt",  # Windows installers
        base / "lib" / version / "LICENSE.txt",  # POSIX builds, Debian's python3.x included
    ]
    return next((path for path in candidates if path.is_file()), None)


def _fonts() -> list[Component]:
    folder = resources_dir() / "fonts"
    licence_text = LicenceText("OFL.txt", (folder / "OFL.txt").read_text(encoding="utf-8"))
    return [
        Component(
            name=family.name,
            version=family.version,
            licence=family.licence,
            summary="The typeface of every printed document",
            texts=(licence_text,) if family.licence == "OFL-1.1" else (),
        )
        for family in font_families(folder)
    ]
