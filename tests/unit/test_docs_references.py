"""The code's references to the project's documents point at files and sections that exist: every
"docs/sync.md §7" or "docs/party-rules.md §3.4" names a file in docs/ and a heading numbered so there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("cellapp", "ui", "tests", "bench", "packaging")
REFERENCE = re.compile(r"docs/([a-z0-9-]+\.md)(?:[ ,]*§\s?(\d+(?:\.\d+)*))?")
HEADING = re.compile(r"^#{1,4}\s+(?:§\s?)?(\d+(?:\.\d+)*)[.\s]", re.MULTILINE)
OLD_NAMES = re.compile(r"(?<![/\w])(SYNC\.md|domain\.md)")


def _texts() -> dict[Path, str]:
    files = [ROOT / "README.md"]
    for folder in SOURCES:
        files += [p for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".md", ".sh", ".iss", ".spec"}]
    return {p: p.read_text(encoding="utf-8", errors="replace") for p in files if p.is_file()}


def _sections(doc: Path) -> set[str]:
    return set(HEADING.findall(doc.read_text(encoding="utf-8")))


def test_every_reference_names_a_document_and_a_section_that_exist() -> None:
    missing: list[str] = []
    sections: dict[str, set[str]] = {}
    for path, text in _texts().items():
        for name, section in REFERENCE.findall(text):
            doc = ROOT / "docs" / name
            where = f"{path.relative_to(ROOT)}: docs/{name} §{section}"
            if not doc.is_file():
                missing.append(where + " (no such document)")
                continue
            if section:
                known = sections.setdefault(name, _sections(doc))
                if section not in known:
                    missing.append(where + " (no such section)")
    assert missing == []


def test_no_reference_points_outside_the_repository() -> None:
    stray = [
        f"{path.relative_to(ROOT)}: {match}"
        for path, text in _texts().items()
        if path.name != "test_docs_references.py"
        for match in OLD_NAMES.findall(text)
    ]
    assert stray == []


def test_the_documents_are_listed_in_the_index() -> None:
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    for doc in sorted((ROOT / "docs").glob("*.md")):
        if doc.name != "README.md":
            assert doc.name in index, doc.name
