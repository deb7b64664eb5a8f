"""The one way FasciaMap reads a file it did not write just now: data, artwork and cache entries.

Everything a reader can be handed is refused here with a located :class:`AtlasError`, in bounded time
and memory, before a parser sees it: a FIFO or device (which would block or never end), a file far
larger than any real one, bytes that are not UTF-8, JSON nested deeper than the format needs, numbers
that Python would refuse to convert or would turn into infinity, and strings that cannot be printed
(lone surrogates) or would drive a terminal (control characters).
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

from .errors import AtlasError, quote

MiB = 1024 * 1024
MAX_DATA_BYTES = 8 * MiB  # the real data file is a few hundred KiB
MAX_ART_BYTES = 8 * MiB  # each real view is a few hundred KiB
MAX_JSON_DEPTH = 32  # the real data file nests five levels deep
MAX_NUMBER_DIGITS = 40  # years, depths and versions are a few digits


def read_bytes(path: Path | str, *, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or an :class:`AtlasError` saying why not.

    The file is opened without blocking, so a FIFO cannot hang the app, and its type is checked on the
    open descriptor, so nothing can swap it between the check and the read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise AtlasError.single(path, "", f"{what} not found") from None
    except IsADirectoryError:
        raise AtlasError.single(path, "", f"is a folder, not a {what}") from None
    except OSError as exc:
        raise AtlasError.single(path, "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise AtlasError.single(path, "", f"is {_kind_of(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise AtlasError.single(path, "", f"is {_size(info.st_size)}; a {what} may be at most {_size(limit)}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:  # the file may grow while it is read: never read past the limit
            chunk = os.read(fd, min(1 * MiB, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise AtlasError.single(path, "", f"grew past {_size(limit)} while being read")
        return b"".join(chunks)
    except OSError as exc:
        raise AtlasError.single(path, "", f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{n:,} bytes"


def line_and_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def decode_utf8(raw: bytes, path: Path | str) -> str:
    """Strict UTF-8 (a leading byte-order mark is allowed and dropped)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", "replace")
        raise AtlasError.single(
            path, f"{line_and_column(before, len(before))} (byte {exc.start})", "is not UTF-8 text"
        ) from None


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # tab and newline are text


class _BadNumber(ValueError):
    def __init__(self, token: str, problem: str) -> None:
        super().__init__(problem)
        self.token = token
        self.problem = problem


def _parse_int(token: str) -> int:
    if len(token.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _BadNumber(token, f"the number {quote(token)} has more than {MAX_NUMBER_DIGITS} digits")
    return int(token)


def _parse_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _BadNumber(token, f"the number {quote(token)} is too large")
    return value


def _parse_constant(token: str) -> float:
    raise _BadNumber(token, f"{token} is not a JSON number")


def parse_json(raw: bytes, path: Path | str) -> Any:
    """Parse strict UTF-8 JSON; numbers bounded in size and finite. See :func:`check_values` too."""
    text = decode_utf8(raw, path)
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise AtlasError.single(path, f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}") from None
    except _BadNumber as exc:
        where = text.find(exc.token)
        raise AtlasError.single(path, line_and_column(text, where) if where >= 0 else "", exc.problem) from None
    except RecursionError:  # the parser's own bound (about a thousand levels)
        raise AtlasError.single(path, "", f"nested more than {MAX_JSON_DEPTH} levels deep") from None


def check_values(data: Any, path: Path | str) -> None:
    """Parsed JSON nests at most :data:`MAX_JSON_DEPTH` levels and every string can be printed.

    Run once per distinct file (its verdict is cached with the schema's), since it visits every value.
    """
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            if _UNPRINTABLE.search(value):
                raise AtlasError.single(path, where or "top level",
                                        f"text {quote(value)} contains a character that cannot be shown")
            continue
        if not isinstance(value, (list, dict)):
            continue
        if depth >= MAX_JSON_DEPTH:
            raise AtlasError.single(path, where or "top level", f"nested more than {MAX_JSON_DEPTH} levels deep")
        if isinstance(value, list):
            stack.extend((item, f"{where}[{i}]", depth + 1) for i, item in reversed(list(enumerate(value))))
        else:
            for key in value:
                if _UNPRINTABLE.search(key):
                    raise AtlasError.single(path, where or "top level",
                                            f"the key {quote(key)} contains a character that cannot be shown")
            stack.extend((item, f"{where}.{key}" if where else key, depth + 1) for key, item in reversed(value.items()))


_XML_DECLARATION = re.compile(rb"""\A(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")


def check_xml_text(raw: bytes, path: Path | str) -> None:
    """Artwork is UTF-8, and says so if it names an encoding at all."""
    declared = _XML_DECLARATION.match(raw[:512])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower().replace("_", "-")
        if name not in ("utf-8", "utf8", "us-ascii", "ascii"):
            raise AtlasError.single(
                path, "line 1 (XML declaration)",
                f"declares the encoding {quote(name)}; artwork must be UTF-8",
            )
    decode_utf8(raw, path)
