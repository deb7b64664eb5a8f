"""The depth layers below the surface, one module per body region (each drawn in every view it shows in).

A region module defines ``front(d)``, ``back(d)`` and ``lateral(d)`` (each may draw nothing where the
region has nothing at depth in that view) and ``REPLACES``: per view, the nodes that an older table
(front.py, back.py) drew and that the module now draws itself, at their anatomical depth. Names of the
module's own points and edges start with its ``PREFIX`` so that modules never collide.
"""

from __future__ import annotations

import os
from importlib import import_module
from types import ModuleType

from ..engine import Drawing

MODULES = ("neck_back", "chest_abdomen", "upper_limb", "hip_thigh", "leg_foot", "deep_front", "skeleton")


def modules() -> list[ModuleType]:
    """All region modules, or only those named in ``FASCIAMAP_ART_MODULES`` (comma-separated), so an
    artist can draw and check one region while another is half-drawn."""
    only = [m for m in os.environ.get("FASCIAMAP_ART_MODULES", "").split(",") if m]
    return [import_module(f"{__name__}.{name}") for name in (only or MODULES)]


def prepare(d: Drawing) -> None:
    """Before the older tables run: mark the nodes the region modules draw themselves."""
    for module in modules():
        d.replaced |= set(getattr(module, "REPLACES", {}).get(d.view, ()))


def draw(d: Drawing) -> None:
    """After the surface: every region module's layers for this view. The older tables have run, so
    the replaced nodes are no longer skipped: the modules draw them now."""
    d.replaced.clear()
    for module in modules():
        getattr(module, d.view)(d)
