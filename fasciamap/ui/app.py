"""Start the desktop app: load the atlas, show the window, and keep every error inside one boundary
that explains it in words instead of crashing."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from ..atlas import AtlasError, load
from .main_window import MainWindow
from .settings import APPLICATION, ORGANISATION, Settings

log = logging.getLogger("fasciamap")


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("FasciaMap")
    return app


def report_unexpected(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Last-resort handler for an error in an event handler: log it and tell the user, keep running."""
    log.error("unexpected error", exc_info=(kind, value, tb))
    traceback.print_exception(kind, value, tb)
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, "FasciaMap", "Something went wrong; FasciaMap is still running.", parent=parent)
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.open()


def show_load_error(error: AtlasError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "FasciaMap cannot open its atlas",
                      "The atlas data or artwork has problems, so FasciaMap cannot start. "
                      "Nothing was changed. Details:")
    box.setInformativeText(str(error.problems[0]) if error.problems else "")
    box.setDetailedText(error.describe(500))
    box.exec()


def run() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = application()
    try:
        loaded = load()
    except AtlasError as error:
        print(f"fasciamap: the atlas cannot be loaded:\n{error}", file=sys.stderr)
        show_load_error(error)
        return 2
    except Exception as error:  # a bug of ours, not the user's file: still a dialog, not a crash
        log.error("the atlas could not be loaded", exc_info=error)
        show_load_error(AtlasError.single("FasciaMap", "", f"unexpected error while loading ({type(error).__name__})"))
        return 2
    sys.excepthook = report_unexpected
    window = MainWindow(loaded, Settings())
    window.show()
    return app.exec()
