"""Check the data file and the artwork against each other: what is drawn is known, what should be
drawn is drawn, in the layer the data says."""

from __future__ import annotations

from .art import ArtView
from .errors import QUOTE_LIMIT, Problem, printable, quote
from .model import Atlas


def crosscheck(atlas: Atlas, views: dict[str, ArtView]) -> list[Problem]:
    problems: list[Problem] = []
    for view_id, art in views.items():
        for sid, drawn in art.structures.items():
            structure = atlas.structures.get(sid)
            where = f'<g id="{printable(sid, QUOTE_LIMIT)}">'  # an id may be anything the SVG says
            if structure is None:
                problems.append(Problem(art.file, where, f"drawn, but {atlas.origin} has no structure {quote(sid)}"))
                continue
            if view_id not in structure.views:  # a node's views are those that can show it (its side)
                problems.append(Problem(
                    art.file, where,
                    f"drawn in the {view_id} view, but {atlas.origin} does not list {quote(view_id)} in its views",
                ))
            if drawn.layer != structure.layer:
                problems.append(Problem(
                    art.file, where,
                    f"drawn in layer {quote(drawn.layer)}, but {atlas.origin} puts it in {quote(structure.layer)}",
                ))
    for node, structure in atlas.structures.items():
        for view_id in structure.views:
            art = views.get(view_id)
            if art is not None and node not in art.structures:
                problems.append(Problem(
                    atlas.origin, f"regions ({structure.base_id})",
                    f"{node} should appear in the {view_id} view but {art.file} does not draw it",
                ))
    return problems
