"""The atlas domain: data, artwork and the connection graph. Plain Python; no Qt here."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import resources
from . import cache
from .art import PARSER_VERSION, ArtView, read_art, view_from_bytes
from .crosscheck import crosscheck
from .errors import AtlasError, NoPathError, Problem, UnknownLineError, UnknownStructureError
from .graph import FasciaGraph, Link, Step
from .loader import load_atlas, parse_atlas
from .reading import MAX_DATA_BYTES, parse_json, read_bytes
from .model import Atlas, Connection, Source, Structure

__all__ = [
    "Atlas", "AtlasError", "ArtView", "Connection", "FasciaGraph", "Link", "LoadedAtlas",
    "NoPathError", "Problem", "Source", "Step", "Structure", "UnknownLineError", "UnknownStructureError",
    "load", "load_atlas", "parse_atlas",
]


@dataclass(frozen=True)
class LoadedAtlas:
    """The data, its artwork per view, and the graph over it, all checked against each other."""

    atlas: Atlas
    views: Mapping[str, ArtView]  # parsed on first use (see ArtViews)
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


class ArtViews(Mapping[str, ArtView]):
    """The artwork of every view, each parsed from its checked bytes when first asked for.

    Once the data and these exact bytes have passed the cross-check (a verdict the cache keeps), a
    start parses only the view on screen; the others wait until the user turns the body. Parsing the
    same bytes again cannot fail where it passed before, so a late parse never meets bad input.
    """

    def __init__(self, sources: dict[str, tuple[bytes, str, bool]]) -> None:
        self._sources = sources  # view id -> (SVG bytes, file name, mirrored)
        self._parsed: dict[str, ArtView] = {}

    def __getitem__(self, view_id: str) -> ArtView:
        art = self._parsed.get(view_id)
        if art is None:
            raw, file, mirror = self._sources[view_id]
            art = self._parsed[view_id] = view_from_bytes(raw, file, view_id, mirror)
        return art

    def key_of(self, view_id: str) -> tuple[bytes, ...]:
        """What a view's parse depends on (for a front end that caches what it builds from it)."""
        raw, _, mirror = self._sources[view_id]
        return (PARSER_VERSION.encode(), f"{view_id}:{mirror}".encode(), raw)

    def __contains__(self, view_id: object) -> bool:  # without parsing (Mapping's would)
        return view_id in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


def _load(data_file: Path | None, art_dir: Path | None, with_art: bool) -> LoadedAtlas:
    path = data_file or resources.data_file()
    raw = read_bytes(path, limit=MAX_DATA_BYTES, what="data file")
    atlas = parse_atlas(parse_json(raw, path), str(path), raw)
    if not with_art:
        return LoadedAtlas(atlas, {}, FasciaGraph(atlas))
    folder = art_dir or resources.art_dir()
    problems: list[Problem] = []
    sources: dict[str, tuple[bytes, str, bool]] = {}
    for view in atlas.views.values():
        try:
            sources[view.id] = (read_art(folder / view.svg, view.id), str(folder / view.svg), view.mirror)
        except AtlasError as exc:
            problems.extend(exc.problems)
    if problems:
        raise AtlasError(problems)
    views = ArtViews(sources)
    # The verdict of the cross-check for exactly these bytes (data, every view, the parser's version).
    parts = (raw, PARSER_VERSION.encode(), *(f"{v}:{m}".encode() for v, (_, _, m) in sources.items()),
             *(b for b, _, _ in sources.values()))  # hashed as they are: no copy of the artwork
    checked, _ = cache.lookup("crosscheck", parts, lambda verdict: verdict is True)
    if not checked:
        parsed: dict[str, ArtView] = {}
        for view_id in sources:
            try:
                parsed[view_id] = views[view_id]
            except AtlasError as exc:
                problems.extend(exc.problems)
        problems.extend(crosscheck(atlas, parsed))
        if problems:
            raise AtlasError(problems)
        cache.store("crosscheck", parts, True)  # only a clean verdict is kept
    return LoadedAtlas(atlas, views, FasciaGraph(atlas))
