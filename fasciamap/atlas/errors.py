"""Typed errors that say which file, where in it, and what is wrong, so a person can fix it."""

from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass
from pathlib import Path

QUOTE_LIMIT = 80  # characters of an offending value shown in a message
FIELD_LIMIT = 400  # characters of a file name, location or message, whatever they quote
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # a message is one line


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, limit: int = FIELD_LIMIT) -> str:
    """``text`` safe for any terminal or dialog: control characters and lone surrogates escaped, and
    at most ``limit`` characters, shortened with an ellipsis (a 50 MB id must not become a 50 MB
    message; it is cut before it is escaped, and again after, since escapes are longer)."""
    escaped = _UNSAFE.sub(_escape, text[: limit + 1])
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """An offending value as a message shows it: quoted, shortened, escaped."""
    if isinstance(value, str):
        return "'" + printable(value, limit) + "'"
    return printable(_SHORT_REPR.repr(value), limit)


_SHORT_REPR = reprlib.Repr()  # bounded work even for a huge or deeply nested value
_SHORT_REPR.maxstring = _SHORT_REPR.maxother = QUOTE_LIMIT


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place of one file."""

    file: str
    location: str
    message: str

    def __post_init__(self) -> None:  # every message is printable, whatever the file held
        for field in ("file", "location", "message"):
            object.__setattr__(self, field, printable(str(getattr(self, field))))

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class AtlasError(Exception):
    """The atlas (data file or artwork) cannot be used; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(str(self))

    @classmethod
    def single(cls, file: Path | str, location: str, message: str) -> "AtlasError":
        return cls([Problem(str(file), location, message)])

    def __str__(self) -> str:
        return self.describe()

    def describe(self, limit: int | None = 25) -> str:
        """The problems one a line; past ``limit`` (None: no limit), how many more there are."""
        shown = self.problems if limit is None else self.problems[:limit]
        lines = [str(p) for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"... and {len(self.problems) - len(shown)} more problem(s)")
        return "\n".join(lines)


class UnknownStructureError(LookupError):
    """A structure name or id that the atlas does not have; offers the closest matches."""

    def __init__(self, query: str, suggestions: list[str], group: str = "") -> None:
        self.query = printable(query, QUOTE_LIMIT)
        self.suggestions = suggestions
        self.group = group  # the query names a group of structures: the suggestions are its members
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.group:
            return f"{quote(self.query)} names a group ({self.group}); choose one of: {', '.join(self.suggestions)}."
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"No structure called {quote(self.query)} in the atlas.{hint}"


class UnknownLineError(UnknownStructureError):
    """A line name or id that the atlas does not have."""

    def __str__(self) -> str:
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"No line called {quote(self.query)} in the atlas.{hint}"


class NoPathError(LookupError):
    """Two structures that no chain of fascial connections joins."""

    def __init__(self, a: str, b: str) -> None:
        self.a, self.b = a, b
        super().__init__(f"No fascial path joins {a} and {b} in the atlas.")
