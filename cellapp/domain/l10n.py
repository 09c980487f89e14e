"""Bilingual text for the core: every message the core shows a person exists in English and Vietnamese.

The GUI's own strings use Qt Linguist; messages born in the core (errors, labels of statuses) travel as
`Text` so that the CLI and the GUI can show them in the language the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")

_current: list[Language] = ["vi"]


def set_language(language: str) -> None:
    """Choose the language of core messages for this process."""
    if language not in LANGUAGES:
        raise ValueError(language)
    _current[0] = language  # type: ignore[assignment]


def current_language() -> Language:
    return _current[0]


@dataclass(frozen=True)
class Text:
    """A message in both languages, with `{name}` placeholders filled from `values`."""

    en: str
    vi: str
    values: dict[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        language = language or current_language()
        template = self.vi if language == "vi" else self.en
        if not self.values:
            return template
        # Messages nest (a refusal quotes a rule): inner texts speak the same language as the outer one.
        values = {k: v.render(language) if isinstance(v, Text) else v for k, v in self.values.items()}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()


def T(en: str, vi: str, **values: Any) -> Text:
    return Text(en, vi, dict(values))


def text_to_json(text: Text) -> dict[str, Any]:
    """A message as plain JSON, to keep it and show it later in either language."""
    return {"en": text.en, "vi": text.vi, "values": {k: _value_to_json(v) for k, v in text.values.items()}}


def text_from_json(data: dict[str, Any]) -> Text:
    values = {k: text_from_json(v) if isinstance(v, dict) else v for k, v in data.get("values", {}).items()}
    return Text(str(data["en"]), str(data["vi"]), values)


def _value_to_json(value: Any) -> Any:
    if isinstance(value, Text):
        return text_to_json(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    return str(value)
