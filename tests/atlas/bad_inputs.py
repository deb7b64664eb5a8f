"""One reproduction of every family of bad input the hardening issue found, as files on disk.

Each case makes a data file or an artwork folder in a temporary folder and says what the error must
mention. The domain tests load them; the GUI tests start the app on them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fasciamap import resources


@dataclass(frozen=True)
class BadInput:
    name: str
    make: Callable[[Path], tuple[Path | None, Path | None]]  # folder -> (data file, artwork folder)
    expect: str  # a regular expression the error message must match


def _data(text: str | bytes) -> Callable[[Path], tuple[Path | None, Path | None]]:
    def make(folder: Path) -> tuple[Path | None, Path | None]:
        path = folder / "regions.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return path, None

    return make


def _real_text() -> str:
    return resources.data_file().read_text("utf-8")


def _edited_data(edit: Callable[[str], str]) -> Callable[[Path], tuple[Path | None, Path | None]]:
    def make(folder: Path) -> tuple[Path | None, Path | None]:
        return _data(edit(_real_text()))(folder)

    return make


def _special(kind: str) -> Callable[[Path], tuple[Path | None, Path | None]]:
    def make(folder: Path) -> tuple[Path | None, Path | None]:
        if kind == "fifo":
            path = folder / "regions.json"
            os.mkfifo(path)
            return path, None
        if kind == "folder":
            return folder, None
        return Path("/dev/zero"), None

    return make


def _art(edit: Callable[[str], str], view: str = "back") -> Callable[[Path], tuple[Path | None, Path | None]]:
    def make(folder: Path) -> tuple[Path | None, Path | None]:
        art = folder / "svg"
        shutil.copytree(resources.art_dir(), art)
        svg = art / f"{view}.svg"
        svg.write_text(edit(svg.read_text("utf-8")), "utf-8")
        return None, art

    return make


def _art_fifo(folder: Path) -> tuple[Path | None, Path | None]:
    art = folder / "svg"
    shutil.copytree(resources.art_dir(), art)
    (art / "back.svg").unlink()
    os.mkfifo(art / "back.svg")  # nothing ever writes to it: a reader that opens it blocks for ever
    return None, art


def _structure_path(d: str) -> Callable[[str], str]:
    """Replace the path data of erector_spinae.left's first outline."""

    def edit(svg: str) -> str:
        start = svg.index('id="erector_spinae.left"')
        match = re.compile(r' d="[^"]*"').search(svg, start)
        assert match is not None
        return svg[: match.start()] + f' d="{d}"' + svg[match.end():]

    return edit


def _declaration(encoding: str) -> Callable[[str], str]:
    return lambda svg: re.sub(r'encoding="[^"]*"', f'encoding="{encoding}"', svg, count=1)


def _entities(svg: str) -> str:
    """A small 'billion laughs': entities nested ten deep, each ten times (below expat's own limits)."""
    decls = ['<!ENTITY e0 "laugh">'] + [f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 8)]
    doctype = f"<!DOCTYPE svg [{''.join(decls)}]>"
    head, rest = svg.split("?>", 1)
    return head + "?>" + doctype + rest.replace("</svg>", "<text>&e7;</text></svg>", 1)


def _with_id(new_id: str) -> Callable[[str], str]:
    return lambda text: text.replace('"id": "erector_spinae"', f'"id": {json.dumps(new_id)}', 1)


BAD_DATA = [
    BadInput("deeply-nested-json", _data("[" * 1000 + "]" * 1000), r"nested more than 32 levels deep"),
    BadInput("nested-just-below-the-parser-limit", _data("[" * 900 + "]" * 900), r"regions.json: (\[0\]){32}: nested more than 32 levels deep"),
    BadInput("integer-of-5000-digits", _edited_data(lambda t: t.replace('"schema_version": 1', '"schema_version": 1' + "0" * 5000, 1)),
             r"line \d+, column \d+: the number '1000.*…' has more than 40 digits"),
    BadInput("infinite-number", _edited_data(lambda t: t.replace('"schema_version": 1', '"schema_version": 1e999', 1)),
             r"the number '1e999' is too large"),
    BadInput("nan", _data('{"schema_version": NaN}'), r"NaN is not a JSON number"),
    BadInput("lone-surrogate-in-a-name", _edited_data(lambda t: t.replace('"Erector spinae"', '"Erector \\ud800 spinae"', 1)),
             r"regions\[\d+\]\.name: text 'Erector \\ud800 spinae' contains a character that cannot be shown"),
    BadInput("terminal-escape-in-an-id", _edited_data(_with_id("erector\u001b[31m")),
             r"regions\[\d+\]\.id: text 'erector\\x1b\[31m' contains a character"),
    BadInput("not-utf-8", _data(b'{"schema_version": 1, "name": "\xff"}'), r"line 1, column \d+ \(byte \d+\): is not UTF-8"),
    BadInput("utf-16", _data(_real_text().encode("utf-16")), r"is not UTF-8 text"),
    BadInput("truncated", _edited_data(lambda t: t[: len(t) // 2]), r"line \d+, column \d+: invalid JSON"),
    BadInput("fifo", _special("fifo"), r"is a pipe \(FIFO\), not a regular file"),
    BadInput("dev-zero", _special("device"), r"/dev/zero: is a device, not a regular file"),
    BadInput("a-folder", _special("folder"), r"is a folder"),
    BadInput("too-large", _data(b" " * (9 * 1024 * 1024) + b"{}"), r"is 9\.0 MiB; a data file may be at most 8\.0 MiB"),
    BadInput("an-id-of-a-million-characters", _edited_data(_with_id("Erector" * 150_000)),
             r"'ErectorErector.{50,80}…' has the wrong form"),
]

BAD_ART = [
    BadInput("artwork-fifo", _art_fifo, r"back\.svg: is a pipe \(FIFO\), not a regular file"),
    BadInput("path-starting-with-close", _art(_structure_path("Z L1,1")),
             r'back\.svg: <g id="erector_spinae\.left"> path 1: unreadable path data: path data must start with a move'),
    BadInput("arc-flag-of-2", _art(_structure_path("M0,0 A1,1 0 2 0 1,1 Z")),
             r'<g id="erector_spinae\.left"> path 1: unreadable path data: malformed .*arc flags'),
    BadInput("arc-with-a-subnormal-radius", _art(_structure_path("M0,0 A5e-324,5e-324 0 0 1 1,1 Z")),
             r'<g id="erector_spinae\.left"> path 1: unreadable path data: a degenerate segment'),
    BadInput("infinite-coordinate", _art(_structure_path("M1e999,0 L1,1 Z")),
             r"unreadable path data: a coordinate \(inf, 0\) is not a finite number"),
    BadInput("unknown-xml-encoding", _art(_declaration("x-unknown")),
             r"back\.svg: line 1 \(XML declaration\): declares the encoding 'x-unknown'; artwork must be UTF-8"),
    BadInput("internal-entities", _art(_entities), r"back\.svg: line 1, column \d+: artwork may not contain a DOCTYPE"),
    BadInput("truncated-svg", _art(lambda svg: svg[: len(svg) // 2]), r"back\.svg: line \d+, column \d+: not well-formed SVG"),
    BadInput("view-box-garbage", _art(lambda svg: re.sub(r'viewBox="[^"]*"', 'viewBox="0 0 1e999 -4"', svg, count=1)),
             r"back\.svg: <svg viewBox>: needs four numbers"),
    BadInput("view-box-of-subnormal-size", _art(lambda svg: re.sub(r'viewBox="[^"]*"', 'viewBox="0 0 5e-324 5e-324"', svg, count=1)),
             r"back\.svg: <svg viewBox>: needs four numbers with a width and height of at least 1"),
    # found by the long fuzz run: the cross-check echoed a drawn id in full in the location and message
    BadInput("a-drawn-id-of-100000-characters", _art(lambda svg: svg.replace('id="erector_spinae.left"', f'id="{"x" * 100_000}"', 1)),
             r'back\.svg: <g id="x{70,80}…">: drawn, but .* has no structure \'x{70,80}…\''),
]
