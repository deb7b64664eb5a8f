"""Typed errors that say which file, where in it, and what is wrong, so a person can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place of one file."""

    file: str
    location: str
    message: str

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
        shown = self.problems[:25]
        lines = [str(p) for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"... and {len(self.problems) - len(shown)} more problem(s)")
        return "\n".join(lines)


class UnknownStructureError(LookupError):
    """A structure name or id that the atlas does not have; offers the closest matches."""

    def __init__(self, query: str, suggestions: list[str]) -> None:
        self.query = query
        self.suggestions = suggestions
        super().__init__(str(self))

    def __str__(self) -> str:
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"No structure called {self.query!r} in the atlas.{hint}"


class NoPathError(LookupError):
    """Two structures that no chain of fascial connections joins."""

    def __init__(self, a: str, b: str) -> None:
        self.a, self.b = a, b
        super().__init__(f"No fascial path joins {a} and {b} in the atlas.")
