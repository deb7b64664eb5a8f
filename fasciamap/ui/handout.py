"""The printable one-page client handout: the body picture, its key, plain-language text, a note from
the therapist, sources and the disclaimer, laid out once by ``paint_handout`` for PDF, PNG and printer.

Everything is measured in points and converted with the target's resolution, so a 300 dpi PDF, a
150 dpi PNG and a printer page show the same layout. Text that is too long is shrunk to a floor and
then cut with "…": the handout is one page, always.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen,
    QTextLayout, QTextOption, QTransform,
)
from PySide6.QtPrintSupport import QPrinter

from . import theme


@dataclass(frozen=True)
class HandoutSection:
    heading: str
    text: str  # plain text; "\n\n" separates paragraphs, a single "\n" breaks the line


@dataclass(frozen=True)
class Handout:
    title: str
    picture: QImage  # the body only, already rendered by the caller; any aspect ratio
    sections: tuple[HandoutSection, ...]
    sources: tuple[str, ...]
    disclaimer: str
    legend: tuple[tuple[str, str], ...] = ()  # (swatch kind, label); kinds in SWATCH_KINDS
    note: str = ""  # empty: the page shows ruled lines to write on by hand
    date: datetime.date = field(default_factory=datetime.date.today)


PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
SWATCH_KINDS: tuple[str, ...] = ("essential", "spillover", "trigger_point", "selected", "connected")
NOTE_HEADING = "Therapist's note"
PDF_DPI = 300
MIN_DPI, MAX_DPI = 20, 600  # a PNG beyond 600 dpi is hundreds of megabytes for no visible gain

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_SERIF = ["Georgia", "Cambria", "Charter", "Times New Roman", "DejaVu Serif", "Liberation Serif", "serif"]
_SANS = ["Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans", "Liberation Sans", "sans-serif"]

_INK = QColor("#2b2622")
_MUTED = QColor("#6b5f57")
_ACCENT = QColor("#1f4e6b")  # deep blue: prints dark on any printer, reads as a heading colour
_RULE = QColor("#cfc6bb")
_ESSENTIAL = theme.REFERRAL_ESSENTIAL  # the referral colours of the body view
_SPILLOVER = theme.REFERRAL_SPILLOVER

# text sizes in points: (largest, floor)
_BODY_PT = (11.0, 8.0)
_TITLE_PT = (20.0, 13.0)
_NOTE_PT = (10.5, 8.0)
_SOURCES_PT = (7.5, 6.0)
_FOOTER_PT = (8.0, 6.5)
_STEP_PT = 0.5


class HandoutError(Exception):
    """A handout that could not be made or saved; the message names the file and says why."""


def format_date(date: datetime.date) -> str:
    """Spelled out ("2 December 2026") so no reader mistakes the day for the month."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


# --- measuring and placing text -----------------------------------------------------------------

class _Units:
    """Points and millimetres in the painter's device units, and fonts that come out at the same
    physical size whatever the device believes its own resolution is."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.painter = painter
        self.device = painter.device()
        self.dpi = dpi
        device_dpi = self.device.logicalDpiY() if self.device is not None else 0
        self._font_factor = dpi / device_dpi if device_dpi > 0 else 1.0

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4

    def font(self, serif: bool, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(_SERIF if serif else _SANS)
        font.setStyleHint(QFont.StyleHint.Serif if serif else QFont.StyleHint.SansSerif)
        font.setPointSizeF(points * self._font_factor)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same line breaks at any dpi
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def points_of(self, font: QFont) -> float:
        """The design size of a font made by ``font``, in points on paper."""
        return font.pointSizeF() / self._font_factor

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device) if self.device is not None else QFontMetricsF(font)


@dataclass(frozen=True)
class _Block:
    """A paragraph to flow: its font, colour, spacing above, and whether it must not end a column."""
    text: str
    font: QFont
    colour: QColor
    space_before: float = 0.0
    leading: float = 1.3  # line height as a multiple of the font's size
    keep_with_next: bool = False


@dataclass
class _Line:
    text: str
    font: QFont
    colour: QColor
    y: float  # top of the line box, from the top of the flow
    height: float
    keep_with_next: bool


@dataclass
class _Flow:
    lines: list[_Line]
    height: float
    complete: bool  # False: the text was cut to fit


def _break_lines(units: _Units, text: str, font: QFont, width: float) -> list[str]:
    layout = QTextLayout(text, font, units.device) if units.device is not None else QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    utf16 = text.encode("utf-16-le")  # Qt counts UTF-16 code units, Python counts code points
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        lines.append(utf16[2 * start:2 * (start + length)].decode("utf-16-le", "replace").strip())
    layout.endLayout()
    return lines or [""]


def _elide_line(units: _Units, line: _Line, width: float) -> None:
    """End the last line that fits with "…", so the reader sees that there was more."""
    metrics = units.metrics(line.font)
    text = line.text.rstrip(" ,;:.")
    while text and metrics.horizontalAdvance(text + "…") > width:
        text = text.rsplit(" ", 1)[0] if " " in text.strip() else text[:-1]
        text = text.rstrip(" ,;:.")
    line.text = text + "…"


def _flow(units: _Units, blocks: list[_Block], width: float, max_height: float) -> _Flow:
    """Stack the blocks' lines top down; stop at ``max_height`` and elide the last line kept."""
    lines: list[_Line] = []
    y = 0.0
    for block in blocks:
        line_height = units.pt(units.points_of(block.font)) * block.leading
        top = y + (block.space_before if lines else 0.0)
        for text in _break_lines(units, block.text, block.font, width):
            if top + line_height > max_height + 0.01:
                while lines and lines[-1].keep_with_next:  # a heading never ends a column alone
                    lines.pop()
                if lines:
                    _elide_line(units, lines[-1], width)
                height = lines[-1].y + lines[-1].height if lines else 0.0
                return _Flow(lines, height, False)
            lines.append(_Line(text, block.font, block.colour, top, line_height, block.keep_with_next))
            top += line_height
        y = top
    return _Flow(lines, y, True)


def _fit(units: _Units, make_blocks: Callable[[float], list[_Block]], sizes: tuple[float, float],
         width: float, max_height: float) -> _Flow:
    """The largest size, stepping down to the floor, at which all the text fits; else the floor, cut."""
    size = sizes[0]
    while True:
        flow = _flow(units, make_blocks(size), width, max_height)
        if flow.complete or size - _STEP_PT < sizes[1] - 1e-6:
            return flow
        size -= _STEP_PT


def _draw_flow(painter: QPainter, units: _Units, flow: _Flow, x: float, y: float) -> None:
    for line in flow.lines:
        metrics = units.metrics(line.font)
        baseline = y + line.y + (line.height - metrics.height()) / 2 + metrics.ascent()
        painter.setFont(line.font)
        painter.setPen(line.colour)
        painter.drawText(QPointF(x, baseline), line.text)


def _paragraphs(text: str) -> list[list[str]]:
    """Paragraphs split on blank lines, each a list of its hard-broken lines."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
    return [[" ".join(part.split()) for part in p.split("\n") if part.strip()] for p in paragraphs]


# --- the legend's swatches ------------------------------------------------------------------------

def _hatch(painter: QPainter, rect: QRectF, spacing: float, directions: tuple[int, ...], pen: QPen) -> None:
    """Diagonal lines at a spacing in device units: Qt's pattern brushes are device pixels, so they
    would be twice as fine in the PDF as in the PNG."""
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(pen)
    span = rect.width() + rect.height()
    offset = 0.0
    while offset <= span:
        for direction in directions:
            if direction > 0:  # rising to the right
                painter.drawLine(QLineF(rect.left() + offset - rect.height(), rect.bottom(),
                                        rect.left() + offset, rect.top()))
            else:
                painter.drawLine(QLineF(rect.left() + offset - rect.height(), rect.top(),
                                        rect.left() + offset, rect.bottom()))
        offset += spacing
    painter.restore()


def _cross(painter: QPainter, centre: QPointF, half: float, width: float, colour: QColor) -> None:
    for pen in (QPen(QColor("white"), width * 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap),
                QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)):
        painter.setPen(pen)
        painter.drawLine(QLineF(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half))
        painter.drawLine(QLineF(centre.x() - half, centre.y() + half, centre.x() + half, centre.y() - half))


def paint_swatch(painter: QPainter, rect: QRectF, kind: str, dpi: float) -> None:
    """One legend swatch; every kind differs by pattern or line style as well as by colour, so the
    key still works printed in grey or read by someone who does not see red."""
    unit = dpi / 72.0  # one point
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind == "essential":
        painter.fillRect(rect, _ESSENTIAL)
        _hatch(painter, rect, 3.2 * unit, (1, -1), QPen(_ESSENTIAL.darker(190), 0.6 * unit))
        painter.setPen(QPen(_ESSENTIAL.darker(160), 1.0 * unit))
        painter.drawRect(rect)
    elif kind == "spillover":
        painter.fillRect(rect, _SPILLOVER)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_ESSENTIAL.darker(120))
        step, radius = 3.0 * unit, 0.55 * unit
        y = rect.top() + step / 2
        row = 0
        while y < rect.bottom():
            x = rect.left() + step / 2 + (step / 2 if row % 2 else 0.0)
            while x < rect.right():
                painter.drawEllipse(QPointF(x, y), radius, radius)
                x += step
            y += step
            row += 1
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(_ESSENTIAL, 1.0 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(rect)
    elif kind == "trigger_point":
        _cross(painter, rect.center(), min(rect.width(), rect.height()) * 0.36, 1.4 * unit, QColor("#1b1b1b"))
    elif kind == "selected":
        style = theme.SELECTED
        painter.fillRect(rect, style.fill)
        painter.setPen(QPen(style.colour, 1.2 * unit, style.pen_style))
        painter.drawRect(rect)
    elif kind == "connected":
        style = theme.CONNECTION_STYLES["myofascial_continuity"]
        painter.fillRect(rect, style.fill)
        _hatch(painter, rect, 3.2 * unit, (1,), QPen(style.colour.darker(140), 0.6 * unit))
        painter.setPen(QPen(style.colour.darker(115), 1.2 * unit, Qt.PenStyle.DashLine))
        painter.drawRect(rect)
    else:  # a kind this version does not know: a plain box rather than a failed page
        painter.setPen(QPen(_MUTED, 0.8 * unit))
        painter.drawRect(rect)
    painter.restore()


# --- the page -----------------------------------------------------------------------------------

def _trim(picture: QImage) -> QImage:
    """The picture without the plain border around the body (the colour of its corner), so a body
    drawn small in a wide view still fills its place on the page."""
    image = picture.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    if width < 8 or height < 8:
        return picture

    def content_rows(img: QImage) -> tuple[int, int] | None:
        """First and last row that is not all background, compared a whole row at a time."""
        bits = bytes(img.constBits())
        stride, w = img.bytesPerLine(), img.width() * 4
        blank = bits[:4] * img.width()
        rows = [y for y in range(img.height()) if bits[y * stride:y * stride + w] != blank]
        return (rows[0], rows[-1]) if rows else None

    rows = content_rows(image)
    if rows is None:
        return picture
    turned = image.transformed(QTransform().rotate(90))  # columns become rows, still compared in C
    columns = content_rows(turned)
    if columns is None:
        return picture
    top, bottom = rows
    left, right = columns
    pad = round(0.03 * max(right - left, bottom - top)) + 2
    box = QRect(QPoint(left - pad, top - pad), QPoint(right + pad, bottom + pad)).intersected(image.rect())
    if box.width() * box.height() > 0.9 * width * height:
        return picture
    return picture.copy(box)


def _legend_entries(units: _Units, handout: Handout, width: float, max_height: float, columns: int = 1) \
        -> tuple[list[tuple[str, float, float, _Flow]], float]:
    """Each entry's swatch kind, its offset (x, y) and its wrapped label; the legend's total height.
    Entries run down each column in turn; what does not fit in ``max_height`` is left out."""
    swatch_w, gap, row_gap = units.mm(8), units.mm(2.5), units.mm(1.6)
    column_w = (width - units.mm(5) * (columns - 1)) / columns
    label_width = max(column_w - swatch_w - gap, units.mm(10))
    font = units.font(False, 8.5)
    flows = [(kind, _flow(units, [_Block(label, font, _INK, leading=1.25)], label_width, units.mm(12)))
             for kind, label in handout.legend]
    per_column = -(-len(flows) // columns) if flows else 0
    entries: list[tuple[str, float, float, _Flow]] = []
    total = 0.0
    for c in range(columns):
        y = 0.0
        for kind, flow in flows[c * per_column:(c + 1) * per_column]:
            height = max(units.mm(5), flow.height)
            if y + height > max_height:
                break
            entries.append((kind, c * (column_w + units.mm(5)), y, flow))
            total = max(total, y + height)
            y += height + row_gap
    return entries, total


def _draw_legend(painter: QPainter, units: _Units, entries: list[tuple[str, float, float, _Flow]],
                 x: float, y: float) -> None:
    swatch = QRectF(0, 0, units.mm(8), units.mm(5))
    for kind, left, top, flow in entries:
        line_h = flow.lines[0].height if flow.lines else swatch.height()
        swatch_y = y + top + max(0.0, (line_h - swatch.height()) / 2)
        paint_swatch(painter, swatch.translated(x + left, swatch_y), kind, units.dpi)
        _draw_flow(painter, units, flow, x + left + swatch.width() + units.mm(2.5), y + top)


def _section_blocks(units: _Units, sections: tuple[HandoutSection, ...]) -> Callable[[float], list[_Block]]:
    def make(size: float) -> list[_Block]:
        blocks: list[_Block] = []
        heading_font = units.font(False, size + 0.5, bold=True)
        body_font = units.font(True, size)
        for section in sections:
            if section.heading.strip():
                blocks.append(_Block(section.heading.strip(), heading_font, _ACCENT,
                                     space_before=units.pt(size * 0.95), leading=1.35, keep_with_next=True))
            for i, paragraph in enumerate(_paragraphs(section.text)):
                for j, line in enumerate(paragraph):
                    space = units.pt(size * 0.45) if (i > 0 and j == 0) else 0.0
                    if not blocks or (not section.heading.strip() and i == 0 and j == 0):
                        space = units.pt(size * 0.95)
                    blocks.append(_Block(line, body_font, _INK, space_before=space, leading=1.38))
        return blocks
    return make


def paint_handout(painter: QPainter, page: QRectF, handout: Handout, dpi: float) -> None:
    """Lay out and paint the whole page into ``page`` (device units, ``dpi`` of them per inch).

    Fixed parts are measured first (header, note, sources, footer); the picture and the sections
    share what is left, so a long text shrinks or is cut, never pushed onto a second page.
    """
    units = _Units(painter, dpi)
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    margin = units.mm(15)
    content = page.adjusted(margin, margin, -margin, -margin)
    x, width = content.left(), content.width()
    gap = units.mm(5)

    # header: the app's name and the date on one small line, the title large below, a rule
    small = units.font(False, 8.5, bold=True)
    small.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    small_m = units.metrics(small)
    top = content.top()
    painter.setFont(small)
    painter.setPen(_MUTED)
    painter.drawText(QPointF(x, top + small_m.ascent()), "FasciaMap")
    date_font = units.font(False, 9.5)
    date_m = units.metrics(date_font)
    date = format_date(handout.date)
    painter.setFont(date_font)
    painter.drawText(QPointF(content.right() - date_m.horizontalAdvance(date), top + small_m.ascent()), date)
    top += max(small_m.height(), date_m.height()) + units.mm(1.5)
    title = _fit(units, lambda s: [_Block(" ".join(handout.title.split()), units.font(True, s, bold=True),
                                         QColor("#1f1a17"), leading=1.2)],
                 _TITLE_PT, width, units.pt(_TITLE_PT[0] * 1.2 * 2))
    _draw_flow(painter, units, title, x, top)
    top += title.height + units.mm(2)
    painter.setPen(QPen(_ACCENT, units.pt(1.1)))
    painter.drawLine(QLineF(x, top, content.right(), top))
    top += units.mm(6)

    # footer, from the bottom up: the disclaimer under a rule, the sources above it
    bottom = content.bottom()
    footer = _fit(units, lambda s: [_Block(" ".join(handout.disclaimer.split()), units.font(False, s, italic=True),
                                          _MUTED, leading=1.3)],
                  _FOOTER_PT, width, units.mm(16))
    footer_top = bottom - footer.height
    _draw_flow(painter, units, footer, x, footer_top)
    rule_y = footer_top - units.mm(2)
    painter.setPen(QPen(_RULE, units.pt(0.6)))
    painter.drawLine(QLineF(x, rule_y, content.right(), rule_y))
    bottom = rule_y - units.mm(3)
    if handout.sources:
        def source_blocks(size: float) -> list[_Block]:
            blocks = [_Block("Sources", units.font(False, size, bold=True), _MUTED, leading=1.3, keep_with_next=True)]
            blocks += [_Block("– " + " ".join(s.split()), units.font(False, size), _MUTED, leading=1.28)
                       for s in handout.sources if s.strip()]
            return blocks
        sources = _fit(units, source_blocks, _SOURCES_PT, width, units.mm(28))
        bottom -= sources.height
        _draw_flow(painter, units, sources, x, bottom)
        bottom -= units.mm(4)

    # the therapist's note: the typed note, or ruled lines to write on
    note_label = units.font(False, 9.5, bold=True)
    label_h = units.pt(9.5) * 1.5
    pad = units.mm(3)
    note_text = handout.note.strip()
    if note_text:
        note = _fit(units, lambda s: [_Block(line, units.font(True, s), _INK, leading=1.35,
                                             space_before=units.pt(s * 0.45) if j == 0 else 0.0)
                                      for para in _paragraphs(note_text) for j, line in enumerate(para)],
                    _NOTE_PT, width - 2 * pad, units.mm(45))
        box_h = max(note.height + 2 * pad, units.mm(18))
    else:
        note = None
        box_h = units.mm(34)
    note_top = bottom - box_h - label_h

    # body: the picture with its key on the left (on top when the picture is wide), the sections beside
    body = QRectF(x, top, width, max(0.0, note_top - units.mm(6) - top))
    picture = _trim(handout.picture)
    has_picture = not picture.isNull() and picture.width() > 0 and picture.height() > 0
    aspect = picture.width() / picture.height() if has_picture else 1.0
    wide = aspect > 1.15
    if not has_picture:
        picture_box = QRectF()
        text_box = body
    elif wide:
        column = body
        picture_box = QRectF(column.left(), column.top(), column.width(), column.height() * 0.42)
        text_box = QRectF()  # decided once the legend is measured
    else:
        column_w = width * 0.40
        picture_box = QRectF(body.left(), body.top(), column_w, body.height())
        text_box = QRectF(body.left() + column_w + gap, body.top(), width - column_w - gap, body.height())
    used_bottom = body.top()
    if has_picture:
        if wide:
            entries, legend_h = _legend_entries(units, handout, picture_box.width(), body.height() * 0.2, 2)
            picture_box.setHeight(picture_box.height() + legend_h)
        else:
            entries, legend_h = _legend_entries(units, handout, picture_box.width(), picture_box.height() * 0.4)
        legend_gap = units.mm(4) if entries else 0.0
        room = QRectF(picture_box.left(), picture_box.top(), picture_box.width(),
                      max(0.0, picture_box.height() - legend_h - legend_gap))
        image_w = min(room.width(), room.height() * aspect)
        image_h = image_w / aspect
        target = QRectF(room.left() + (room.width() - image_w) / 2, room.top(), image_w, image_h)
        painter.drawImage(target, picture)
        painter.setPen(QPen(_RULE, units.pt(0.6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        legend_x = picture_box.left()
        _draw_legend(painter, units, entries, legend_x, target.bottom() + legend_gap)
        used_bottom = target.bottom() + legend_gap + legend_h
        if wide:
            text_top = used_bottom + units.mm(6)
            text_box = QRectF(body.left(), text_top, body.width(), max(0.0, body.bottom() - text_top))
    if handout.sections and text_box.height() > 0:
        sections = _fit(units, _section_blocks(units, handout.sections), _BODY_PT, text_box.width(), text_box.height())
        _draw_flow(painter, units, sections, text_box.left(), text_box.top())
        used_bottom = max(used_bottom, text_box.top() + sections.height)

    # the note sits just under the body's content; spare space stays above the sources, at the foot
    note_top = min(note_top, max(used_bottom + units.mm(7), body.top()))
    painter.setFont(note_label)
    painter.setPen(_ACCENT)
    painter.drawText(QPointF(x, note_top + units.metrics(note_label).ascent()), NOTE_HEADING)
    box = QRectF(x, note_top + label_h, width, box_h)
    path = QPainterPath()
    path.addRoundedRect(box, units.mm(1.5), units.mm(1.5))
    painter.setPen(QPen(QColor("#9c8f84"), units.pt(0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if note is not None:
        _draw_flow(painter, units, note, box.left() + pad, box.top() + pad)
    else:
        painter.setPen(QPen(_RULE, units.pt(0.6)))
        line_y = box.top() + units.mm(8.5)
        while line_y < box.bottom() - units.mm(3):
            painter.drawLine(QLineF(box.left() + pad, line_y, box.right() - pad, line_y))
            line_y += units.mm(8.5)
    painter.restore()


# --- output -------------------------------------------------------------------------------------

def _page_size(page_size: str) -> QPageSize:
    if page_size not in PAGE_SIZES:
        raise HandoutError(f"Unknown page size {page_size!r}: choose {' or '.join(PAGE_SIZES)}")
    return QPageSize(PAGE_SIZES[page_size])


def _write_bytes(path: Path, data: bytes) -> None:
    """Write through Python, not Qt, so a full disk or a locked folder comes back as a reason."""
    if not data:
        raise HandoutError(f"Cannot write {path}: the handout came out empty")
    if not path.parent.is_dir():
        raise HandoutError(f"Cannot write {path}: the folder {path.parent} does not exist")
    existed = path.exists()
    try:
        with open(path, "wb") as file:
            file.write(data)
    except OSError as error:
        if not existed:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
        raise HandoutError(f"Cannot write {path}: {error.strerror or error}") from error
    try:
        written = path.stat().st_size
    except OSError as error:
        raise HandoutError(f"Cannot write {path}: {error.strerror or error}") from error
    if written != len(data):
        raise HandoutError(f"Cannot write {path}: only {written} of {len(data)} bytes were written")


def write_pdf(handout: Handout, path: Path | str, page_size: str = "A4") -> None:
    """One page at 300 dpi, with the title in the document's properties."""
    path = Path(path)
    size = _page_size(page_size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(handout.title)
    writer.setCreator("FasciaMap")
    painter = QPainter()
    if not painter.begin(writer):
        raise HandoutError(f"Cannot write {path}: the PDF could not be started")
    try:
        page = QRectF(writer.pageLayout().fullRectPixels(PDF_DPI))
        paint_handout(painter, QRectF(0, 0, page.width(), page.height()), handout, PDF_DPI)
    finally:
        painter.end()
    buffer.close()
    _write_bytes(path, bytes(data.data()))


def render_png(handout: Handout, page_size: str = "A4", dpi: int = 150) -> QImage:
    """The page as a white image, the page's size at ``dpi``; used for PNG files and the preview."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise HandoutError(f"A resolution of {dpi} dpi is outside {MIN_DPI}–{MAX_DPI}")
    image = QImage(_page_size(page_size).sizePixels(dpi), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))  # a printed PNG comes out at the page's size
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_handout(painter, QRectF(image.rect()), handout, dpi)
    finally:
        painter.end()
    return image


def write_png(handout: Handout, path: Path | str, page_size: str = "A4", dpi: int = 150) -> None:
    path = Path(path)
    image = render_png(handout, page_size, dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise HandoutError(f"Cannot write {path}: the image could not be encoded as PNG")
    buffer.close()
    _write_bytes(path, bytes(data.data()))


def write_handout(handout: Handout, path: Path | str, page_size: str = "A4") -> None:
    """PDF or PNG by the file's extension, so one save dialog serves both."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(handout, path, page_size)
    elif suffix == ".png":
        write_png(handout, path, page_size)
    else:
        raise HandoutError(f"Cannot save {path}: the file name must end in .pdf or .png")


def print_handout(handout: Handout, printer: QPrinter) -> None:
    """Paint on a printer the user has set up. The printer is switched to full-page mode so the
    page's own margins apply, as in the PDF."""
    printer.setFullPage(True)
    printer.setDocName(handout.title)
    painter = QPainter()
    if not painter.begin(printer):
        where = printer.outputFileName() or printer.printerName() or "the printer"
        raise HandoutError(f"Cannot print to {where}: the printer did not accept the page")
    try:
        resolution = printer.resolution()
        page = printer.pageLayout().fullRectPixels(resolution)
        paint_handout(painter, QRectF(0, 0, page.width(), page.height()), handout, resolution)
    finally:
        painter.end()
