from __future__ import annotations

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
