"""A small content-addressed cache in the user's cache folder, so unchanged inputs are not re-validated
or re-parsed at every start (JSON Schema validation and SVG path parsing dominate start-up otherwise).

Entries are keyed by a hash of everything that affects the result (input bytes, schema, code version),
so an edited file is always validated and parsed afresh. A missing, unreadable or stale entry is simply
recomputed; the cache can be deleted at any time. ``FASCIAMAP_CACHE_DIR`` moves it; ``FASCIAMAP_CACHE_DIR=off``
turns it off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from pathlib import Path
from typing import Any, TypeVar
from collections.abc import Callable

from .. import __version__

log = logging.getLogger(__name__)
T = TypeVar("T")
_FORMAT = 1


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


def cached(kind: str, parts: tuple[bytes, ...], compute: Callable[[], T],
           keep: Callable[[T], bool] = lambda value: True) -> T:
    """``compute()``, or its stored result for identical inputs. Values must be marshal-able.

    Only results for which ``keep`` is true are stored (e.g. a clean verdict, never a list of
    problems, whose wording belongs to the code that runs now).
    """
    folder = cache_dir()
    if folder is None:
        return compute()
    path = folder / f"{kind}-{key(kind, *parts)}.bin"
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.warning("ignoring unreadable cache entry %s (%s)", path, exc)
    value = compute()
    if keep(value):
        _store(path, value)
    return value


def _store(path: Path, value: Any) -> None:
    import tempfile  # only needed on a cache miss

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(marshal.dumps(value))
        os.replace(tmp.name, path)
    except (OSError, ValueError) as exc:  # a read-only home or an odd value: work without the cache
        log.warning("could not write cache entry %s (%s)", path, exc)
