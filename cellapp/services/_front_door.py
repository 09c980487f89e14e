"""Lazy front doors for the service packages.

A package's `__init__` names what the rest of the program may use, each with the private module that
defines it, and loads that module the first time the name is asked for (PEP 562). So importing a front
door costs nothing at start-up, and two packages that use each other never meet half-loaded. mypy reads
the same names from the package's `if TYPE_CHECKING:` imports; `tests/unit/test_front_doors.py` checks
that both lists agree.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any


def lazy_exports(
    namespace: MutableMapping[str, Any], exports: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of a front door whose namespace is `namespace` (its globals())
    and which exports, for each private module, the names it defines."""
    package = namespace["__name__"]
    module_of = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(module_of))

    return __getattr__, __dir__
