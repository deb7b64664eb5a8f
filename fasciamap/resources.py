"""Where the shipped data file and artwork live, installed or in a source checkout.

A wheel carries them under ``fasciamap/_bundled`` (see pyproject's force-include); a source checkout
or editable install reads the top-level ``data/`` and ``assets/svg/`` folders directly, so an author's
edit shows up without reinstalling.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
_CHECKOUT = _PACKAGE.parent


def data_file() -> Path:
    """The atlas data file (``regions.json``)."""
    bundled = _BUNDLED / "data" / "regions.json"
    return bundled if bundled.exists() else _CHECKOUT / "data" / "regions.json"


def art_dir() -> Path:
    """The folder holding one SVG per view."""
    bundled = _BUNDLED / "svg"
    return bundled if bundled.is_dir() else _CHECKOUT / "assets" / "svg"
