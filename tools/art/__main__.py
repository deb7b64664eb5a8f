"""Regenerate assets/svg/front.svg, back.svg and lateral.svg from the drawing tables."""

from __future__ import annotations

import sys
from pathlib import Path

from importlib import import_module

from .occlusion import mark_covered

ROOT = Path(__file__).resolve().parents[2]
VIEWS = tuple(v for v in ("front", "back", "lateral") if (Path(__file__).parent / f"{v}.py").exists())


def main(argv: list[str]) -> int:
    """``python -m tools.art [--out DIR] [VIEW ...]``"""
    out = ROOT / "assets" / "svg"
    if argv[:1] == ["--out"]:
        out, argv = Path(argv[1]), argv[2:]
    out.mkdir(parents=True, exist_ok=True)
    for name in argv or list(VIEWS):
        drawing = import_module(f"{__package__}.{name}").build()
        mark_covered(drawing)
        drawing.write(out / f"{name}.svg")
        print(f"wrote {out / f'{name}.svg'} ({len(drawing.structures)} structures)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
