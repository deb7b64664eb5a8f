"""Every remembered setting, declared once with its type and default (one table, one QSettings).

A value that is missing or of the wrong type falls back to its default: a damaged settings file never
stops the app from starting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

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


class Settings:
    """Typed access to the app's QSettings (INI format, user scope)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

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
