"""Help lists the guide, every shortcut the window really has, and the evidence levels."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fasciamap.ui.help_dialog import HelpDialog
from fasciamap.ui.main_window import MainWindow


def test_help_lists_the_real_shortcuts_and_the_evidence_levels(qtbot, window: MainWindow) -> None:
    window.show_help()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Ctrl+L" in text and "Myofascial lines" in text  # read from the window's own actions
    assert "Alt+Down" in text and "Esc" in text and "Ctrl+E" in text
    assert "Teaching model — no direct study of this link" in text and "Shared fascial sheet" in text
    assert "not medical advice" in text
    dialog.reject()
