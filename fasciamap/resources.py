"""Where the shipped data file and artwork live, installed or in a source checkout.

A wheel carries them under ``fasciamap/_bundled`` (see pyproject's force-include); a source checkout
or editable install reads the top-level ``data/`` and ``assets/svg/`` folders directly, so an author's
edit shows up without reinstalling. ``FASCIAMAP_DATA`` and ``FASCIAMAP_ART_DIR`` let an author try a
changed data file or artwork folder without touching the installed copy.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
_CHECKOUT = _PACKAGE.parent


def data_file() -> Path:
    """The atlas data file (``regions.json``); ``FASCIAMAP_DATA`` points elsewhere (for authors)."""
    if os.environ.get("FASCIAMAP_DATA"):
        return Path(os.environ["FASCIAMAP_DATA"])
    bundled = _BUNDLED / "data" / "regions.json"
    return bundled if bundled.exists() else _CHECKOUT / "data" / "regions.json"


def art_dir() -> Path:
    """The folder holding one SVG per view; ``FASCIAMAP_ART_DIR`` points elsewhere (for artists)."""
    if os.environ.get("FASCIAMAP_ART_DIR"):
        return Path(os.environ["FASCIAMAP_ART_DIR"])
    bundled = _BUNDLED / "svg"
    return bundled if bundled.is_dir() else _CHECKOUT / "assets" / "svg"


def learn_file() -> Path:
    """The fascia primer and guided tours (``learn.json``); ``FASCIAMAP_LEARN`` points elsewhere."""
    if os.environ.get("FASCIAMAP_LEARN"):
        return Path(os.environ["FASCIAMAP_LEARN"])
    bundled = _BUNDLED / "data" / "learn.json"
    return bundled if bundled.exists() else _CHECKOUT / "data" / "learn.json"
