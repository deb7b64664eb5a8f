"""The client handout: one page, whatever the text; the picture, note and disclaimer on it; errors
reported with the file's name; and the dialog that saves it."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from fasciamap.ui.explanation import DISCLAIMER
from fasciamap.ui.handout import (
    PAGE_SIZES, Handout, HandoutError, HandoutSection, format_date, paint_handout, print_handout, render_png,
    write_handout, write_pdf, write_png,
)
from fasciamap.ui.handout_dialog import NOTE_LIMIT, HandoutDialog

MARK = QColor("#c0392b")
POINTS = {"A4": (595, 842), "Letter": (612, 792)}
DATE = datetime.date(2026, 3, 14)


def picture() -> QImage:
    """A tall picture, mostly one recognisable colour, so it can be found on the rendered page."""
    image = QImage(300, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#f6f2ec"))
    painter = QPainter(image)
    painter.fillRect(20, 20, 260, 560, MARK)
    painter.end()
    return image


def handout(**changes: object) -> Handout:
    base = Handout(
        title="Gluteus minimus (right side)",
        picture=picture(),
        sections=(HandoutSection("Where the pain is usually felt", "Down the side of the thigh to the ankle."),
                  HandoutSection("How it is connected", "It lies under the gluteus medius.\n\nBoth share a sheet.")),
        sources=("Travell JG, Simons DG (1992) Myofascial Pain and Dysfunction vol. 2, ch. 9",),
        disclaimer=DISCLAIMER,
        legend=(("essential", "Where it hurts most"), ("spillover", "Where it may spread"),
                ("trigger_point", "Tender spot")),
        note="Walk twenty minutes a day.",
        date=DATE,
    )
    return dataclasses.replace(base, **changes)


def long_handout() -> Handout:
    text = "\n\n".join(f"Paragraph {i}: fascia wraps every muscle and joins it to its neighbours, "
                       "so a tight place can be felt some distance away from where it starts." for i in range(40))
    return handout(sections=(HandoutSection("A long story", text),), note="Keep this page.")


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> tuple[int, tuple[float, float], str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        return len(pdf), page.get_size(), words(page.get_textpage().get_text_range())
    finally:
        pdf.close()


def test_the_pdf_is_one_page_of_the_size_asked_with_all_the_text(qapp, tmp_path: Path) -> None:
    for size in PAGE_SIZES:
        path = tmp_path / f"handout-{size}.pdf"
        write_pdf(handout(), path, size)
        assert path.read_bytes()[:4] == b"%PDF"
        pages, (width, height), text = pdf_text(path)
        assert pages == 1
        assert abs(width - POINTS[size][0]) <= 1 and abs(height - POINTS[size][1]) <= 1
        for expected in ("Gluteus minimus (right side)", format_date(DATE), "Down the side of the thigh to the ankle.",
                         "Walk twenty minutes a day.", "FasciaMap is an educational reference", "Travell JG"):
            assert expected in text, expected
    assert format_date(DATE) == "14 March 2026"


def test_the_picture_is_on_the_pdf_page(qapp, tmp_path: Path) -> None:
    path = tmp_path / "picture.pdf"
    write_pdf(handout(), path)
    pdf = pdfium.PdfDocument(str(path))
    bitmap = pdf[0].render(scale=0.5, force_bitmap_format=pdfium.raw.FPDFBitmap_BGR)
    data, stride = bytes(bitmap.buffer), bitmap.stride
    width, height = bitmap.width, bitmap.height
    pdf.close()
    # the picture sits in the left column, below the header: count marked pixels in that area
    marked = total = 0
    for y in range(height // 6, height * 2 // 3, 3):
        for x in range(width // 12, width * 2 // 5, 3):
            b, g, r = data[y * stride + 3 * x:y * stride + 3 * x + 3]
            total += 1
            marked += abs(r - MARK.red()) < 25 and abs(g - MARK.green()) < 25 and abs(b - MARK.blue()) < 25
    assert marked / total > 0.3, marked / total


def test_a_very_long_text_still_gives_one_page_without_overlap(qapp, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    write_pdf(long_handout(), path)
    pages, _, text = pdf_text(path)
    assert pages == 1
    assert "Keep this page." in text and "FasciaMap is an educational reference" in text
    assert "Paragraph 39" not in text and "…" in text  # cut, and the cut is shown
    pdf = pdfium.PdfDocument(str(path))
    textpage = pdf[0].get_textpage()

    def box(needle: str) -> tuple[float, float, float, float]:
        found = textpage.search(needle).get_next()
        assert found is not None, needle
        return textpage.get_charbox(found[0])  # left, bottom, right, top in points, origin bottom left

    ellipsis, note, disclaimer = box("…"), box("Therapist's note"), box("FasciaMap is an educational")
    pdf.close()
    assert ellipsis[1] > note[3]  # the text ends above the note's heading
    assert note[1] > disclaimer[3]  # and the note above the footer


def test_the_blank_note_is_a_field_to_write_on(qapp, tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    write_pdf(handout(note=""), path)
    assert "Therapist's note" in pdf_text(path)[2]


def test_png_is_the_page_at_the_resolution_asked(qapp, tmp_path: Path) -> None:
    path = tmp_path / "handout.png"
    write_png(handout(), path, "Letter", 100)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.size() == QPageSize(PAGE_SIZES["Letter"]).sizePixels(100)
    assert (image.width(), image.height()) == (850, 1100)
    assert image.pixelColor(3, 3) == QColor("white")


def test_the_layout_is_the_same_at_any_resolution(qapp) -> None:
    """Fonts scale with dpi: the picture lands in the same place, proportionally, at 50 and 150 dpi."""
    def marked_box(image: QImage) -> tuple[float, float]:
        xs = [x for x in range(0, image.width(), 2) if image.pixelColor(x, image.height() // 3) == MARK]
        return xs[0] / image.width(), xs[-1] / image.width()

    low, high = marked_box(render_png(handout(), "A4", 50)), marked_box(render_png(handout(), "A4", 150))
    assert abs(low[0] - high[0]) < 0.02 and abs(low[1] - high[1]) < 0.02


def test_write_handout_chooses_by_extension_and_refuses_others(qapp, tmp_path: Path) -> None:
    write_handout(handout(), tmp_path / "UPPER.PDF")
    assert (tmp_path / "UPPER.PDF").read_bytes()[:4] == b"%PDF"
    write_handout(handout(), tmp_path / "page.Png")
    assert (tmp_path / "page.Png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(HandoutError, match=r"notes\.txt"):
        write_handout(handout(), tmp_path / "notes.txt")
    assert not (tmp_path / "notes.txt").exists()


def test_a_missing_folder_is_reported_with_the_path(qapp, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "handout.pdf"
    for write in (write_pdf, write_png):
        with pytest.raises(HandoutError) as error:
            write(handout(), target)
        assert str(target) in str(error.value)
    with pytest.raises(HandoutError, match="page size"):
        write_pdf(handout(), tmp_path / "x.pdf", "A3")


def test_printing_paints_the_same_page(qapp, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(PAGE_SIZES["Letter"]))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_handout(handout(), printer)
    pages, (width, height), text = pdf_text(out)
    assert pages == 1 and (round(width), round(height)) == POINTS["Letter"]
    assert "Walk twenty minutes a day." in text


def test_paint_handout_stays_inside_its_page(qapp) -> None:
    image = QImage(400, 566, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_handout(painter, QRectF(0, 0, 200, 283), long_handout(), 24)  # the top left quarter only
    painter.end()
    right = [image.pixelColor(x, y) for x in range(205, 400, 5) for y in range(0, 566, 5)]
    below = [image.pixelColor(x, y) for x in range(0, 400, 5) for y in range(290, 566, 5)]
    assert all(c == QColor("white") for c in right + below)
    inside = [image.pixelColor(x, y) for x in range(0, 200, 2) for y in range(0, 283, 2)]
    assert any(c != QColor("white") for c in inside)


# --- the dialog ---

def test_the_dialog_saves_the_typed_note(qtbot, tmp_path: Path) -> None:
    dialog = HandoutDialog(handout(note=""))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note_edit, "Ice for ten minutes")
    assert dialog.current_handout().note == "Ice for ten minutes"
    path = tmp_path / "x.pdf"
    assert dialog.save_to(path) is True
    assert "Ice for ten minutes" in pdf_text(path)[2]
    for button in (dialog.save_pdf_button, dialog.save_png_button, dialog.print_button, dialog.close_button):
        assert button.minimumHeight() >= 44


def test_the_dialog_warns_instead_of_raising(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: calls.append((title, text)))
    dialog = HandoutDialog(handout())
    qtbot.addWidget(dialog)
    target = tmp_path / "missing" / "x.pdf"
    assert dialog.save_to(target) is False
    assert len(calls) == 1 and str(target) in calls[0][1]


def test_the_note_is_limited_and_the_user_is_told(qtbot) -> None:
    dialog = HandoutDialog(handout(note=""))
    qtbot.addWidget(dialog)
    dialog.note_edit.setPlainText("x" * (NOTE_LIMIT + 50))
    assert len(dialog.note_edit.toPlainText()) == NOTE_LIMIT
    assert "full" in dialog.note_status.text()


def test_the_preview_follows_the_note(qtbot) -> None:
    dialog = HandoutDialog(handout(note=""))
    qtbot.addWidget(dialog)
    before = dialog.preview.pixmap().toImage()
    qtbot.keyClicks(dialog.note_edit, "A note long enough to show on the preview page")
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage() != before, timeout=2000)


def test_text_a_little_too_long_is_shrunk_not_cut(qapp, tmp_path: Path) -> None:
    text = "\n\n".join(f"Paragraph {i}: fascia wraps every muscle and joins it to its neighbours, "
                       "so a tight place can be felt some distance away from where it starts." for i in range(14))
    path = tmp_path / "medium.pdf"
    write_pdf(handout(sections=(HandoutSection("A longer story", text),)), path)
    page_text = pdf_text(path)[2]
    assert "Paragraph 13:" in page_text and "…" not in page_text
