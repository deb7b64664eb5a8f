"""Regenerate assets/svg/front.svg and assets/svg/back.svg from the drawing tables."""

from __future__ import annotations

import sys
from pathlib import Path

from . import back, front

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    out = ROOT / "assets" / "svg"
    out.mkdir(parents=True, exist_ok=True)
    views = {"front": front.build, "back": back.build}
    for name in argv or list(views):
        drawing = views[name]()
        drawing.write(out / f"{name}.svg")
        print(f"wrote {out / f'{name}.svg'} ({len(drawing.structures)} structures)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
