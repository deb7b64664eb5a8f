from __future__ import annotations

from pathlib import Path

import pytest

from fasciamap.ui.main_window import MainWindow
from fasciamap.ui.settings import Settings


@pytest.fixture
def window(qtbot, loaded) -> MainWindow:
    w = MainWindow(loaded, Settings())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.body_view.fit()
    return w


@pytest.fixture
def progress(tmp_path: Path, monkeypatch) -> Path:
    """The quiz's progress file, this test's own."""
    path = tmp_path / "quiz-progress.json"
    monkeypatch.setenv("FASCIAMAP_QUIZ_PROGRESS", str(path))
    return path
