"""Export image: the body as shown, not the window, at the chosen resolution."""

from __future__ import annotations

from fasciamap.ui import theme
from fasciamap.ui.export import MAX_PIXELS, render_body
from fasciamap.ui.main_window import MainWindow

from .helpers import centre_of_mass


def test_the_body_is_exported_at_twice_the_view_with_the_selection_on_it(window: MainWindow) -> None:
    window.set_view("back")
    window.show_structure("erector_spinae.left")
    view = window.body_view
    image = render_body(view, 2.0)
    assert (image.width(), image.height()) == (view.viewport().width() * 2, view.viewport().height() * 2)
    assert image.width() < window.width() * 2  # the body view only, not the window with its panel
    corner = image.pixelColor(2, 2)
    assert abs(corner.red() - theme.PAPER.red()) < 3 and abs(corner.green() - theme.PAPER.green()) < 3
    item = view.body_scene().items_by_node["erector_spinae.left"]
    at = view.mapFromScene(centre_of_mass(item)) * 2
    pixel = image.pixelColor(at.x(), at.y())
    assert pixel.blue() > pixel.red(), pixel.name()  # the blue selection highlight, drawn into the image
    window.selection.clear()
    plain = render_body(view, 2.0).pixelColor(at.x(), at.y())
    assert plain.red() > plain.blue(), plain.name()  # without it, the tissue's own colour


def test_an_absurd_resolution_is_refused_not_a_crash(window: MainWindow) -> None:
    view = window.body_view
    scale = (MAX_PIXELS / (view.viewport().width() * view.viewport().height())) ** 0.5 * 1.5
    assert render_body(view, scale).isNull()
