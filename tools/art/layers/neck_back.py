"""Layers below the surface: (region module being drawn; see tools/art/layers/__init__.py)."""

from __future__ import annotations

from ..engine import Drawing

PREFIX = "nb_"
REPLACES: dict[str, set[str]] = {"front": set(), "back": set(), "lateral": set()}


def front(d: Drawing) -> None:
    pass


def back(d: Drawing) -> None:
    pass


def lateral(d: Drawing) -> None:
    pass
