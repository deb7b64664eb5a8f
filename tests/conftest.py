"""Shared fixtures. GUI tests run offscreen and never touch the user's real settings."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from collections.abc import Callable

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the user's cache: each run validates and parses from scratch.
os.environ["FASCIAMAP_CACHE_DIR"] = "off"
# ...nor the learner's quiz progress: each test that needs one points this at its own file.
os.environ["FASCIAMAP_QUIZ_PROGRESS"] = os.path.join(__import__("tempfile").mkdtemp(prefix="fasciamap-quiz-"),
                                                     "quiz-progress.json")

from fasciamap import resources  # noqa: E402
from fasciamap.atlas import LoadedAtlas, load  # noqa: E402


@pytest.fixture(scope="session")
def loaded() -> LoadedAtlas:
    """The real atlas, with its artwork, loaded once."""
    return load()


@pytest.fixture(scope="session")
def real_data() -> dict[str, Any]:
    return json.loads(resources.data_file().read_text("utf-8"))


@pytest.fixture
def write_data(tmp_path: Path, real_data: dict[str, Any]) -> Callable[[Callable[[dict[str, Any]], None]], Path]:
    """Write a copy of the real data file changed by ``mutate``; returns its path."""

    def make(mutate: Callable[[dict[str, Any]], None]) -> Path:
        data = json.loads(json.dumps(real_data))
        mutate(data)
        path = tmp_path / "regions.json"
        path.write_text(json.dumps(data, indent=2), "utf-8")
        return path

    return make


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point QSettings (INI, user scope) at a temporary folder for every test."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - the domain tests do not need Qt
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
