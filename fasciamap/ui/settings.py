"""Every remembered setting, declared once with its type and default (one table, one QSettings).

A value that is missing or of the wrong type falls back to its default: a damaged settings file never
stops the app from starting.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..atlas.errors import AtlasError
from ..atlas.reading import read_bytes

log = logging.getLogger(__name__)
ORGANISATION = "FasciaMap"
APPLICATION = "FasciaMap"


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()


# The views and layers come from the data: the window ignores a remembered one the atlas lacks.
VIEW = Key("body/view", str, "front", "Which side of the body is shown")
LAYER = Key("body/layer", str, "superficial", "Which depth is shown (a layer id, or all)")
PLAIN_LANGUAGE = Key("panel/plain_language", bool, False, "Explain in plain words instead of reference text")
GEOMETRY = Key("window/geometry", QByteArray, QByteArray(), "Main window size and position")
SPLITTER = Key("window/splitter", QByteArray, QByteArray(), "Split between the body and the panel")
KEYS = (VIEW, LAYER, PLAIN_LANGUAGE, GEOMETRY, SPLITTER)


MAX_SETTINGS_BYTES = 1024 * 1024  # the app writes well under 1 KiB


class Settings:
    """Typed access to the app's QSettings (INI format, user scope)."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
            if make_safe(Path(store.fileName())):
                store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
            else:  # a damaged file that could not be set aside: remember nothing this time, touch nothing
                import tempfile

                scratch = Path(tempfile.gettempdir()) / f"fasciamap-settings-{os.getpid()}.ini"
                store = QSettings(str(scratch), QSettings.Format.IniFormat)
        self._store = store

    def get(self, key: Key) -> Any:
        raw = self._store.value(key.name, key.default)
        try:
            if key.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            elif key.type is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray()
            else:
                value = key.type(raw)
        except (TypeError, ValueError):
            log.warning("setting %s has an unusable value %r; using the default", key.name, raw)
            return key.default
        if key.choices and value not in key.choices:
            log.warning("setting %s has an unknown value %r; using the default", key.name, value)
            return key.default
        return value

    def set(self, key: Key, value: Any) -> None:
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        self._store.sync()


SPLITTER_MAGIC = 0xFF  # QSplitter::saveState's first field
MAX_SPLITTER_PANES = 16


def splitter_state_usable(state: QByteArray, panes: int) -> bool:
    """Whether a remembered splitter state can be handed to ``QSplitter.restoreState``.

    Qt believes the count of pane sizes it reads and reserves room for that many: one damaged byte
    there (``0x00ff0002`` panes) ends the process with ``std::bad_alloc``. So the header is checked
    first: magic, version, a count equal to the splitter's panes, and bytes enough to hold them.
    """
    raw = bytes(state.data())
    if len(raw) < 12:
        return False
    magic, version, count = (int.from_bytes(raw[i:i + 4], "big", signed=True) for i in (0, 4, 8))
    return (magic == SPLITTER_MAGIC and version in (0, 1) and 0 < count == panes <= MAX_SPLITTER_PANES
            and len(raw) >= 12 + 4 * count)


def make_safe(path: Path) -> bool:
    """Make the settings file one that QSettings can read and write back, keeping any damage aside.

    QSettings decodes an ``@Variant(...)`` value (which this app never writes) by believing the counts
    inside it, both when the value is read and when the file is written back on quit: a damaged one
    ends the process with ``std::bad_alloc``. Such lines are removed, and a file that is not a regular
    file of sensible size is set aside; either way the original is kept beside it as ``….damaged``.
    False when the file is unsafe and could not be set aside.
    """
    if not os.path.lexists(path):
        return True
    try:
        raw = read_bytes(path, limit=MAX_SETTINGS_BYTES, what="settings file")
    except AtlasError as exc:
        return _set_aside(path, None, str(exc))
    lines = raw.split(b"\n")
    bad = {i for i, line in enumerate(lines) if b"@Variant(" in line}
    if not bad:
        return True
    kept = b"\n".join(line for i, line in enumerate(lines) if i not in bad)
    return _set_aside(path, kept, f"{path}: line {min(bad) + 1}: a value this app never writes (@Variant), "
                                  f"which Qt would decode without bounds; {len(bad)} such line(s) removed")


def _set_aside(path: Path, kept: bytes | None, why: str) -> bool:
    aside = path.with_name(path.name + ".damaged")
    try:
        os.replace(path, aside)
        if kept is not None:
            path.write_bytes(kept)
    except OSError as exc:
        log.warning("%s; could not set it aside (%s), so nothing is remembered this time", why, exc)
        return False
    log.warning("%s; the original is kept as %s", why, aside)
    return True
