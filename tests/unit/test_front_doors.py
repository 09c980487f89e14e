"""The lazy front doors of the service packages (cellapp/services/_front_door.py) name each export twice:
once for mypy under `if TYPE_CHECKING:` and once in `_EXPORTS` for the loader. These tests keep the two
lists equal and check that every name the loader promises is really there."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import cellapp.services

SERVICES = Path(cellapp.services.__file__).parent


def _lazy_front_doors() -> list[Path]:
    return sorted(
        path for path in SERVICES.glob("*/__init__.py") if "lazy_exports" in path.read_text(encoding="utf-8")
    )


def _type_checking_names(tree: ast.Module, package: str) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for node in tree.body:
        if not (
            isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        ):
            continue
        for statement in node.body:
            assert isinstance(statement, ast.ImportFrom), ast.dump(statement)
            assert statement.module is not None and statement.module.startswith(f"{package}._")
            module = statement.module.removeprefix(f"{package}.")
            for alias in statement.names:
                assert alias.asname == alias.name, f"{alias.name} must be re-exported under its own name"
                names.setdefault(module, set()).add(alias.name)
    return names


def _loader_names(tree: ast.Module) -> dict[str, set[str]]:
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_EXPORTS"
        ):
            exports = ast.literal_eval(node.value) if node.value is not None else {}
            return {module: set(names) for module, names in exports.items()}
    raise AssertionError("no _EXPORTS in the front door")


def _package_of(path: Path) -> str:
    return f"cellapp.services.{path.parent.name}"


FRONT_DOORS = _lazy_front_doors()


def test_the_service_packages_have_lazy_front_doors() -> None:
    assert {path.parent.name for path in FRONT_DOORS} >= {"members", "meetings", "sync"}


@pytest.mark.parametrize("path", FRONT_DOORS, ids=lambda path: path.parent.name)
def test_type_checking_imports_and_the_loader_name_the_same_exports(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert _type_checking_names(tree, _package_of(path)) == _loader_names(tree)


@pytest.mark.parametrize("path", FRONT_DOORS, ids=lambda path: path.parent.name)
def test_every_export_resolves_to_the_object_its_module_defines(path: Path) -> None:
    package_name = _package_of(path)
    package = importlib.import_module(package_name)
    exports = _loader_names(ast.parse(path.read_text(encoding="utf-8")))
    for module_name, names in exports.items():
        module = importlib.import_module(f"{package_name}.{module_name}")
        for name in names:
            assert getattr(package, name) is getattr(module, name), f"{package_name}.{name}"
    assert set(dir(package)) >= {name for names in exports.values() for name in names}


@pytest.mark.parametrize("path", FRONT_DOORS, ids=lambda path: path.parent.name)
def test_an_unknown_name_is_an_attribute_error(path: Path) -> None:
    package = importlib.import_module(_package_of(path))
    with pytest.raises(AttributeError, match="no_such_service"):
        _ = package.no_such_service


@pytest.mark.parametrize("path", FRONT_DOORS, ids=lambda path: path.parent.name)
def test_a_name_is_exported_from_one_module_only(path: Path) -> None:
    exports = _loader_names(ast.parse(path.read_text(encoding="utf-8")))
    seen: dict[str, str] = {}
    for module, names in exports.items():
        for name in names:
            assert name not in seen, f"{name} is exported from both {seen[name]} and {module}"
            seen[name] = module
