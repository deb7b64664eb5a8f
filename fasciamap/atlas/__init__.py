"""The atlas domain: data, artwork and the connection graph. Plain Python; no Qt here."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from .. import resources
from .art import ArtView, read_view
from .crosscheck import crosscheck
from .errors import AtlasError, NoPathError, Problem, UnknownStructureError
from .graph import FasciaGraph, Link, Step
from .loader import load_atlas, parse_atlas
from .model import Atlas, Connection, Source, Structure

__all__ = [
    "Atlas", "AtlasError", "ArtView", "Connection", "FasciaGraph", "Link", "LoadedAtlas",
    "NoPathError", "Problem", "Source", "Step", "Structure", "UnknownStructureError",
    "load", "load_atlas", "parse_atlas",
]


@dataclass(frozen=True)
class LoadedAtlas:
    """The data, its artwork per view, and the graph over it, all checked against each other."""

    atlas: Atlas
    views: dict[str, ArtView]
    graph: FasciaGraph


def load(data_file: Path | None = None, art_dir: Path | None = None, *, with_art: bool = True) -> LoadedAtlas:
    """Load and cross-check everything, or raise :class:`AtlasError` listing every problem.

    Loading makes many small objects that all live as long as the app; the cyclic garbage collector
    would rescan them again and again (over a third of the load time on a large atlas), so it waits,
    and what was loaded is then frozen out of its reach (else its first full pass scans it all: 50 ms
    at ten times the real atlas).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        loaded = _load(data_file, art_dir, with_art)
        gc.freeze()
        return loaded
    finally:
        if collecting:
            gc.enable()


def _load(data_file: Path | None, art_dir: Path | None, with_art: bool) -> LoadedAtlas:
    atlas = load_atlas(data_file or resources.data_file())
    views: dict[str, ArtView] = {}
    if with_art:
        folder = art_dir or resources.art_dir()
        problems: list[Problem] = []
        for view in atlas.views.values():
            try:
                views[view.id] = read_view(folder / view.svg, view.id, view.mirror)
            except AtlasError as exc:
                problems.extend(exc.problems)
        problems.extend(crosscheck(atlas, views))
        if problems:
            raise AtlasError(problems)
    return LoadedAtlas(atlas, views, FasciaGraph(atlas))
