"""The dialog that turns the current picture and explanation into a handout: a live preview of the
page, a note typed by the therapist, and saving or printing. Errors are shown, never raised."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QLocale, QSignalBlocker, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget,
)
from PySide6.QtGui import QPageSize

from .handout import PAGE_SIZES, Handout, HandoutError, print_handout, render_png, write_handout

NOTE_LIMIT = 600  # about what fits in the note box at a readable size
PREVIEW_DELAY_MS = 250  # typing does not re-render the page on every key
PNG_SUFFIX, PDF_SUFFIX = ".png", ".pdf"


def default_page_size() -> str:
    """Letter where Letter paper is what the printer holds (the United States and Canada), else A4."""
    territory = QLocale().territory()
    return "Letter" if territory in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else "A4"


def _file_stem(title: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"handout-{stem or 'fasciamap'}"


class HandoutDialog(QDialog):
    def __init__(self, handout: Handout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Handout for your client")
        self._handout = handout
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(340, 440)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: #d9d3cb; padding: 8px;")
        self.preview.setAccessibleName("Preview of the printed page")

        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(default_page_size())
        self.page_size.setMinimumHeight(44)
        self.page_size.currentTextChanged.connect(self._schedule_preview)

        self.note_edit = QPlainTextEdit(handout.note[:NOTE_LIMIT])
        self.note_edit.setPlaceholderText("Leave empty to print lines you can write on by hand.")
        self.note_edit.setMinimumWidth(300)
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_status = QLabel()
        self.note_status.setWordWrap(True)

        self.save_pdf_button = self._button("Save PDF…", lambda: self._save(PDF_SUFFIX))
        self.save_png_button = self._button("Save PNG…", lambda: self._save(PNG_SUFFIX))
        self.print_button = self._button("Print…", self._print)
        self.close_button = self._button("Close", self.reject)

        controls = QVBoxLayout()
        controls.addWidget(QLabel("Paper size"))
        controls.addWidget(self.page_size)
        controls.addSpacing(8)
        note_label = QLabel("Therapist's note")
        note_label.setBuddy(self.note_edit)
        controls.addWidget(note_label)
        controls.addWidget(self.note_edit, 1)
        controls.addWidget(self.note_status)
        controls.addSpacing(8)
        for button in (self.save_pdf_button, self.save_png_button, self.print_button, self.close_button):
            controls.addWidget(button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 3)
        layout.addLayout(controls, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._update_note_status(limit_hit=False)
        self.resize(900, 680)
        self.update_preview()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(44)  # a finger, not only a mouse
        button.clicked.connect(slot)
        return button

    # --- the handout as it stands ---

    def current_page_size(self) -> str:
        return self.page_size.currentText()

    def current_handout(self) -> Handout:
        return dataclasses.replace(self._handout, note=self.note_edit.toPlainText().strip())

    def _on_note_changed(self) -> None:
        text = self.note_edit.toPlainText()
        limit_hit = len(text) > NOTE_LIMIT
        if limit_hit:
            position = self.note_edit.textCursor().position()
            with QSignalBlocker(self.note_edit):
                self.note_edit.setPlainText(text[:NOTE_LIMIT])
            cursor = self.note_edit.textCursor()
            cursor.setPosition(min(position, NOTE_LIMIT))
            self.note_edit.setTextCursor(cursor)
        self._update_note_status(limit_hit or len(text) == NOTE_LIMIT)
        self._schedule_preview()

    def _update_note_status(self, limit_hit: bool) -> None:
        count = len(self.note_edit.toPlainText())
        if limit_hit:
            self.note_status.setText(f"The note is full: {NOTE_LIMIT} characters is as much as fits on the page.")
            self.note_status.setStyleSheet("color: #a3431b; font-weight: bold;")
        else:
            self.note_status.setText(f"{count} of {NOTE_LIMIT} characters")
            self.note_status.setStyleSheet("color: #6b5f57;")

    def _schedule_preview(self, *_: object) -> None:
        self._timer.start()

    def update_preview(self) -> None:
        """Render the page small, at the resolution that fills the preview, on the device's pixels."""
        self._timer.stop()
        size = QPageSize(PAGE_SIZES[self.current_page_size()]).size(QPageSize.Unit.Inch)
        ratio = self.devicePixelRatioF()
        room = self.preview.contentsRect()
        dpi = min((room.width() - 16) / size.width(), (room.height() - 16) / size.height()) * ratio
        try:
            image = render_png(self.current_handout(), self.current_page_size(), max(20, min(200, int(dpi))))
        except HandoutError as error:
            self.preview.setText(str(error))
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._schedule_preview()

    # --- saving and printing ---

    def save_to(self, path: Path) -> bool:
        """Write the handout (PDF or PNG by the file's extension); on failure say why, return False."""
        try:
            write_handout(self.current_handout(), Path(path), self.current_page_size())
        except HandoutError as error:
            QMessageBox.warning(self, "The handout was not saved", str(error))
            return False
        return True

    def _save(self, suffix: str) -> None:
        kind = "PDF document (*.pdf)" if suffix == PDF_SUFFIX else "PNG image (*.png)"
        suggested = str(Path(self._folder or ".") / (_file_stem(self._handout.title) + suffix))
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the handout", suggested, kind)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._folder = str(path.parent)
        self.save_to(path)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[self.current_page_size()]))
        printer.setDocName(self._handout.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print the handout")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_handout(self.current_handout(), printer)
        except HandoutError as error:
            QMessageBox.warning(self, "The handout was not printed", str(error))
