"""A small content-addressed cache in the user's cache folder, so unchanged inputs are not re-validated
or re-parsed at every start (JSON Schema validation and SVG path parsing dominate start-up otherwise).

Entries are keyed by a hash of everything that affects the result (input bytes, schema, code version),
so an edited file is always validated and parsed afresh. The cache is never trusted: an entry is read
through the same bounded reader as any other file; its bytes must match the SHA-256 digest written
before them (marshal believes the sizes it reads, so five corrupt bytes could make it allocate
gigabytes); it carries its format and kind, and its value must pass the caller's shape check. Anything
else is a miss and the entry is rewritten. A folder that cannot be
written is used read-only. ``FASCIAMAP_CACHE_DIR`` moves it; ``FASCIAMAP_CACHE_DIR=off`` turns it off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__
from .errors import AtlasError
from .reading import read_bytes

log = logging.getLogger(__name__)
T = TypeVar("T")
_FORMAT = 3
_MAGIC = b"FMC3"
_DIGEST = 32  # bytes of SHA-256
MAX_ENTRY_BYTES = 64 * 1024 * 1024


def cache_dir() -> Path | None:
    override = os.environ.get("FASCIAMAP_CACHE_DIR")
    if override:
        return None if override.lower() == "off" else Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("fasciamap", appauthor=False))


def key(kind: str, *parts: bytes) -> str:
    digest = hashlib.sha256(f"{kind}:{_FORMAT}:{__version__}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def entry_path(kind: str, parts: tuple[bytes, ...]) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key(kind, *parts)}.bin"


def lookup(kind: str, parts: tuple[bytes, ...], valid: Callable[[Any], bool]) -> tuple[bool, Any]:
    """``(True, value)`` for a stored value of the right shape, else ``(False, None)``."""
    path = entry_path(kind, parts)
    if path is None:
        return False, None
    try:  # the cache is read like any other file: bounded, regular files only
        raw = read_bytes(path, limit=MAX_ENTRY_BYTES, what="cache entry")
    except AtlasError as exc:
        if path.exists():
            log.warning("ignoring cache entry: %s", exc)
        return False, None
    payload = raw[len(_MAGIC) + _DIGEST:]
    if raw[: len(_MAGIC)] != _MAGIC or raw[len(_MAGIC): len(_MAGIC) + _DIGEST] != hashlib.sha256(payload).digest():
        log.warning("ignoring damaged cache entry %s", path)
        return False, None
    try:
        entry = marshal.loads(payload)
    except (EOFError, ValueError, TypeError, MemoryError) as exc:
        log.warning("ignoring unreadable cache entry %s (%s)", path, exc)
        return False, None
    if not (type(entry) is tuple and len(entry) == 3 and entry[0] == _FORMAT and entry[1] == kind):
        log.warning("ignoring cache entry of another format: %s", path)
        return False, None
    try:
        ok = valid(entry[2])
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        ok = False
    if not ok:
        log.warning("ignoring cache entry with a value of the wrong shape: %s", path)
        return False, None
    return True, entry[2]


def store(kind: str, parts: tuple[bytes, ...], value: Any) -> None:
    """Keep ``value`` (marshal-able) for these inputs; never fails, never leaves a temporary file."""
    path = entry_path(kind, parts)
    if path is None:
        return
    import tempfile  # only needed on a cache miss

    tmp: str | None = None
    try:
        payload = marshal.dumps((_FORMAT, kind, value))
        payload = _MAGIC + hashlib.sha256(payload).digest() + payload
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError) as exc:  # a read-only or full disk, an odd value: work without the cache
        log.warning("could not write cache entry %s (%s)", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def cached(kind: str, parts: tuple[bytes, ...], compute: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """``compute()``, or its stored result for identical inputs if that passes ``valid``."""
    hit, value = lookup(kind, parts, valid)
    if hit:
        return value  # type: ignore[no-any-return]
    value = compute()
    store(kind, parts, value)
    return value
