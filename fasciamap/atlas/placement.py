"""Where a structure is best seen: the view that shows the most of it, and its own depth.

Used when a structure is chosen by name or link rather than tapped: the app turns the body and peels
to the layer where it is on top, instead of selecting something the user cannot see.
"""

from __future__ import annotations

from .art import ArtStructure, ArtView

KEEP_CURRENT = 0.6  # stay in the current view if it shows at least this share of the best view's area


def drawn_area(art: ArtStructure) -> float:
    """The area of the structure's bounding box in one view (enough to compare views)."""
    xs: list[float] = []
    ys: list[float] = []
    for part in art.parts:
        for command in part.outline:
            for x, y in command[1:]:
                xs.append(x)
                ys.append(y)
    return (max(xs) - min(xs)) * (max(ys) - min(ys)) if xs else 0.0


def best_view(views: dict[str, ArtView], node: str, current: str | None = None) -> str | None:
    """The view that shows ``node`` largest; the current one if it shows nearly as much."""
    areas = {view_id: drawn_area(art.structures[node]) for view_id, art in views.items() if node in art.structures}
    if not areas:
        return None
    best = max(areas, key=lambda v: areas[v])
    if current in areas and areas[current] >= KEEP_CURRENT * areas[best]:
        return current
    return best
