"""FasciaMap benchmarks, each measured against a baseline taken in the same run.

    python benchmarks/run.py [--rounds 7] [--selections 300] [--scale 10]

1. Start-up: time from launching a fresh Python process to the first painted body, and peak memory,
   against a bare PySide6 window launched the same way (targets: within 1.5x time and memory);
   measured with a warm start-up cache (every start after the first) and with none (first start);
   and a window of the same kinds of Qt widget with nothing in them, to show what Qt alone costs.
2. Selection: mouse press and release on a real structure's outline, until the body view, the panel
   and anything else in the window have painted, watched by event filters from outside the app's
   code; median and 95th percentile over many selections, against a plain repaint of the same two
   widgets timed the same way (target: p95 at most 8 ms).
3. Both again on a synthetic atlas ``--scale`` times the real one (benchmarks/synthetic.py; targets
   at 10x: start-up under 2 s, selection p95 at most 16 ms).
4. The pain map's list thumbnails: each muscle's pattern drawn as the list draws it, against the
   plain body thumbnail (no zones) drawn the same way (no target in the issues; reported).
Results are printed (JSON, then the README's table) and written to benchmarks/results/latest.json.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Shared by both launches: wait for the first paint of one widget, then report time and peak memory.
PRELUDE = r"""
import resource, time
from PySide6.QtCore import QEvent, QObject
class Watch(QObject):
    painted = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Watch.painted = True
        return False
def report_when_painted(app, widget, window):
    watch = Watch()
    widget.installEventFilter(watch)
    window.show()
    while not Watch.painted:
        app.processEvents()
    app.processEvents()
    print(time.time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BARE = PRELUDE + r"""
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("FasciaMap baseline")); w.resize(1280, 800)
report_when_painted(app, w.centralWidget(), w)
"""

# The same kinds of widget as FasciaMap's window (toolbar with a search field, a graphics view beside a
# rich-text panel, a status bar), and the Qt namespace its code uses, but nothing in them: what Qt
# itself costs for this window, before any of FasciaMap's own code or content.
QT_FLOOR = PRELUDE + r"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QGraphicsScene, QGraphicsView, QLabel, QLineEdit, QMainWindow,
                               QSplitter, QTextBrowser, QToolBar)
app = QApplication([])
w = QMainWindow()
split = QSplitter(Qt.Orientation.Horizontal)
view = QGraphicsView(QGraphicsScene())
panel = QTextBrowser()
panel.setHtml("<h2>FasciaMap</h2><p>baseline</p>")
split.addWidget(view); split.addWidget(panel); w.setCentralWidget(split)
bar = QToolBar(); bar.addAction("Front"); bar.addWidget(QLineEdit()); w.addToolBar(bar)
w.statusBar().addWidget(QLabel("baseline"))
w.resize(1280, 800)
report_when_painted(app, view.viewport(), w)
"""

APP = PRELUDE + r"""
from fasciamap.atlas import load
from fasciamap.ui.app import application
from fasciamap.ui.main_window import MainWindow
app = application()
w = MainWindow(load(), settings=None); w.resize(1280, 800)
report_when_painted(app, w.body_view.viewport(), w)
"""


def _launch(code: str, cache: str = "off", atlas: dict[str, str] | None = None) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FASCIAMAP_CACHE_DIR=cache, **(atlas or {}))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    done, rss_kib = out.split()[-2:]
    return float(done) - start, float(rss_kib) / 1024


def startup(rounds: int, atlas: dict[str, str] | None = None) -> dict[str, float]:
    """Fresh processes, alternating; FasciaMap both with a warm start-up cache and with none."""
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        _launch(BARE), _launch(APP, cache, atlas), _launch(APP, atlas=atlas)  # warm the OS's and our cache
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "floor": [], "warm": [], "cold": []}
        for _ in range(rounds):
            runs["bare"].append(_launch(BARE))
            runs["floor"].append(_launch(QT_FLOOR))
            runs["warm"].append(_launch(APP, cache, atlas))
            runs["cold"].append(_launch(APP, atlas=atlas))
    t = {k: statistics.median(x for x, _ in v) for k, v in runs.items()}
    mem = {k: statistics.median(m for _, m in v) for k, v in runs.items()}
    return {
        "bare_window_s": round(t["bare"], 3),
        "qt_floor_s": round(t["floor"], 3), "qt_floor_time_ratio": round(t["floor"] / t["bare"], 2),
        "qt_floor_peak_mib": round(mem["floor"], 1), "qt_floor_memory_ratio": round(mem["floor"] / mem["bare"], 2),
        "fasciamap_s": round(t["warm"], 3), "time_ratio": round(t["warm"] / t["bare"], 2),
        "fasciamap_first_start_s": round(t["cold"], 3), "first_start_time_ratio": round(t["cold"] / t["bare"], 2),
        "bare_window_peak_mib": round(mem["bare"], 1),
        "fasciamap_peak_mib": round(mem["warm"], 1), "memory_ratio": round(mem["warm"] / mem["bare"], 2),
        "fasciamap_first_start_peak_mib": round(mem["cold"], 1),
        "first_start_memory_ratio": round(mem["cold"] / mem["bare"], 2),
    }


SELECTION_CHILD = "--selection-child"
THUMBNAIL_CHILD = "--thumbnail-child"


def selection(count: int, env: dict[str, str] | None = None) -> dict[str, float]:
    """Run :func:`_measure_selection` in a fresh process (so one atlas's caches never help another's)."""
    child_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FASCIAMAP_CACHE_DIR="off", **(env or {}))
    out = subprocess.run([sys.executable, __file__, SELECTION_CHILD, str(count)], env=child_env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


class _PaintClock:
    """Watches a window's widgets from outside the app's code, for paint events.

    ``wait`` returns once every required widget has painted and a further pass of the event loop
    paints nothing more (so a deferred repaint, e.g. of the panel's scroll bar, is inside the clock).
    """

    def __init__(self, window, *required) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        clock = self
        self.required = {id(w) for w in required}
        self.seen: set[int] = set()
        self.painted = 0

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint:
                    clock.seen.add(id(obj))
                    clock.painted += 1
                return False

        self._filter = Filter()
        for widget in [window, *window.findChildren(QWidget)]:
            widget.installEventFilter(self._filter)

    def wait(self, app, t0: float, timeout: float = 2.0) -> float:
        """Seconds from ``t0`` to the end of the last event-loop pass that painted anything
        (painting is synchronous: it has finished when processEvents returns)."""
        done = t0
        while time.perf_counter() - t0 < timeout:
            before = self.painted
            app.processEvents()
            if self.painted != before:
                done = time.perf_counter()
            elif self.required <= self.seen:
                break
        self.seen.clear()
        return done - t0


def _settle(app, window, timeout: float = 30.0) -> None:
    """Let the window finish what it does in idle time after a view is shown, as a person looking
    at it for a moment would (the scene prepares its highlights; see BodyScene.prepare)."""
    start = time.perf_counter()
    while time.perf_counter() - start < 0.3 or not window.body_view.body_scene().prepared:
        app.processEvents()
        if time.perf_counter() - start > timeout:
            break


def _measure_selection(count: int) -> dict[str, float]:
    """Mouse press and release on a real structure, then wait until the body view and the panel have
    both painted; against a plain repaint of the same two widgets, timed the same way."""
    sys.path.insert(0, str(HERE.parent))
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from fasciamap.atlas import load
    from fasciamap.ui.app import application
    from fasciamap.ui.main_window import MainWindow
    from tests.ui.helpers import click_point

    app = application()
    window = MainWindow(load(), settings=None)
    window.resize(1280, 800)
    window.show()
    for _ in range(20):
        app.processEvents()
    view, browser = window.body_view, window.panel.browser
    targets = []
    for view_id in window.loaded.views:
        window.set_view(view_id)
        window.selection.clear()
        app.processEvents()
        for node in window.body_view.body_scene().items_by_node:
            try:
                targets.append((view_id, node, click_point(window, node)))
            except AssertionError:
                pass  # fully covered in this layer mode; reachable by search instead
        _settle(app, window)
    clock = _PaintClock(window, view.viewport(), browser.viewport())
    rng = random.Random(7)
    clicks, baseline = [], []
    for _ in range(count):
        view_id, node, point = targets[rng.randrange(len(targets))]
        if window.view_id != view_id:
            window.selection.clear()
            window.set_view(view_id)
        for _ in range(3):
            app.processEvents()
        clock.seen.clear()
        t0 = time.perf_counter()
        view.viewport().update()
        browser.viewport().update()
        baseline.append(clock.wait(app, t0))
        t0 = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        clicks.append(clock.wait(app, t0))
        assert window.selection.selected == node, (node, window.selection.selected)
        QTest.keyClick(view, Qt.Key.Key_Escape)
        clock.wait(app, time.perf_counter())

    def p95(values: list[float]) -> float:
        return sorted(values)[int(0.95 * (len(values) - 1))]

    return {
        "selections": count, "targets": len(targets),
        "click_to_repaint_median_ms": round(1000 * statistics.median(clicks), 2),
        "click_to_repaint_p95_ms": round(1000 * p95(clicks), 2),
        "plain_repaint_median_ms": round(1000 * statistics.median(baseline), 2),
        "plain_repaint_p95_ms": round(1000 * p95(baseline), 2),
        "p95_ratio": round(p95(clicks) / p95(baseline), 2),
    }


def thumbnails() -> dict[str, float]:
    """Run :func:`_measure_thumbnails` in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FASCIAMAP_CACHE_DIR="off")
    out = subprocess.run([sys.executable, __file__, THUMBNAIL_CHILD], env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def _measure_thumbnails(rounds: int = 5) -> dict[str, float]:
    """Every muscle with a pattern, on the view the pain map picks for it, at the list's size;
    alternately with the plain body thumbnail of the same view (no zones), timed the same way."""
    sys.path.insert(0, str(HERE.parent))
    from fasciamap import resources
    from fasciamap.atlas import load
    from fasciamap.atlas.referrals import pattern_zones
    from fasciamap.atlas.zones import load_zone_map
    from fasciamap.ui.app import application
    from fasciamap.ui.body_scene import BodyScene
    from fasciamap.ui.scene_geometry import geometry_for
    from fasciamap.ui.pain_map import THUMBNAIL
    from fasciamap.ui.referral_overlay import pattern_thumbnail, zone_paths

    application()
    loaded = load()
    atlas = loaded.atlas
    zones = load_zone_map(atlas, resources.art_dir())
    scenes = {v: BodyScene(geometry_for(loaded.views, v), loaded.graph) for v in zones.outlines if v in loaded.views}
    paths = {v: zone_paths(zones, v) for v in scenes}
    jobs = []
    for node in sorted(n for n, s in atlas.structures.items() if s.base_id in atlas.referrals):
        essential, spillover = pattern_zones(atlas, node)
        view = max(scenes, key=lambda v: (sum(z in zones.outlines[v] for z in essential),
                                          sum(z in zones.outlines[v] for z in spillover)))
        jobs.append((view, essential, spillover))
    for view, essential, spillover in jobs[:3]:  # first use of each painter path: not what a list pays
        pattern_thumbnail(scenes[view], paths[view], essential, spillover, THUMBNAIL)
    pattern, plain = [], []
    for _ in range(rounds):
        for view, essential, spillover in jobs:
            t0 = time.perf_counter()
            pattern_thumbnail(scenes[view], paths[view], (), (), THUMBNAIL)
            plain.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            pattern_thumbnail(scenes[view], paths[view], essential, spillover, THUMBNAIL)
            pattern.append(time.perf_counter() - t0)
    return {
        "thumbnails": len(jobs), "rounds": rounds,
        "pattern_median_ms": round(1000 * statistics.median(pattern), 2),
        "pattern_max_ms": round(1000 * max(pattern), 2),
        "plain_median_ms": round(1000 * statistics.median(plain), 2),
        "plain_max_ms": round(1000 * max(plain), 2),
        "median_ratio": round(statistics.median(pattern) / statistics.median(plain), 2),
    }


def _byte_compile() -> None:
    """Compile the package as ``pip install`` does, so a source checkout starts like an install
    (this matters where PYTHONDONTWRITEBYTECODE is set)."""
    import compileall

    compileall.compile_dir(str(HERE.parent / "fasciamap"), quiet=1)


def _table(r: dict[str, dict[str, float]], scale: int) -> str:
    """The README's table, filled in from one run."""
    rows = ["| measure | FasciaMap | baseline in the same run | ratio | target |", "|---|---|---|---|---|"]
    for label, s, sel, t_start, t_sel in (
        ("real atlas", r["startup"], r["selection"], 1.5, 8.0),
        (f"synthetic atlas, {scale}x", r[f"startup_{scale}x"], r[f"selection_{scale}x"], None, 16.0),
    ):
        bare = f"bare PySide6 window {s['bare_window_s']:.3f} s"
        target = f"within {t_start}x" if t_start else "under 2 s"
        met = (s["time_ratio"] <= t_start) if t_start else (s["fasciamap_s"] < 2.0)
        rows.append(f"| {label}: start to the body painted (cache warm) | {s['fasciamap_s']:.3f} s | {bare} | "
                    f"{s['time_ratio']:.2f}x | {target}: {'met' if met else '**not met**'} |")
        if t_start:
            rows.append(f"| {label}: Qt alone, the same kinds of widget, empty | {s['qt_floor_s']:.3f} s | {bare} | "
                        f"{s['qt_floor_time_ratio']:.2f}x | — |")
        rows.append(f"| {label}: first start (nothing cached) | {s['fasciamap_first_start_s']:.3f} s | {bare} | "
                    f"{s['first_start_time_ratio']:.2f}x | — |")
        if t_start:
            rows.append(f"| {label}: peak memory (cache warm) | {s['fasciamap_peak_mib']:.1f} MiB | "
                        f"{s['bare_window_peak_mib']:.1f} MiB | {s['memory_ratio']:.2f}x | within 1.5x: "
                        f"{'met' if s['memory_ratio'] <= 1.5 else '**not met**'} |")
            rows.append(f"| {label}: peak memory, Qt alone (as above) | {s['qt_floor_peak_mib']:.1f} MiB | "
                        f"{s['bare_window_peak_mib']:.1f} MiB | {s['qt_floor_memory_ratio']:.2f}x | — |")
        rows.append(f"| {label}: click → view and panel painted, median / p95 | "
                    f"{sel['click_to_repaint_median_ms']:.1f} / {sel['click_to_repaint_p95_ms']:.1f} ms | plain repaint "
                    f"{sel['plain_repaint_median_ms']:.1f} / {sel['plain_repaint_p95_ms']:.1f} ms | "
                    f"{sel['p95_ratio']:.1f}x at p95 | p95 ≤ {t_sel:g} ms: "
                    f"{'met' if sel['click_to_repaint_p95_ms'] <= t_sel else '**not met**'} |")
    th = r["thumbnails"]
    rows.append(f"| pain map list: one pattern thumbnail, median / worst of {th['thumbnails']} × {th['rounds']} | "
                f"{th['pattern_median_ms']:.1f} / {th['pattern_max_ms']:.1f} ms | plain body thumbnail "
                f"{th['plain_median_ms']:.1f} / {th['plain_max_ms']:.1f} ms | {th['median_ratio']:.1f}x at the median | — |")
    return "\n".join(rows)


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == SELECTION_CHILD:
        print(json.dumps(_measure_selection(int(sys.argv[2]))))
        return 0
    if len(sys.argv) == 2 and sys.argv[1] == THUMBNAIL_CHILD:
        print(json.dumps(_measure_thumbnails()))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--selections", type=int, default=300)
    parser.add_argument("--scale", type=int, default=10, help="size of the synthetic atlas, in real atlases")
    args = parser.parse_args()
    _byte_compile()
    import tempfile

    import synthetic  # beside this file

    results: dict[str, dict[str, float]] = {
        "startup": startup(args.rounds), "selection": selection(args.selections), "thumbnails": thumbnails(),
    }
    with tempfile.TemporaryDirectory() as folder:
        data, art = synthetic.write(Path(folder), args.scale)
        big = {"FASCIAMAP_DATA": str(data), "FASCIAMAP_ART_DIR": str(art)}
        results[f"startup_{args.scale}x"] = startup(max(3, args.rounds // 2), big)
        results[f"selection_{args.scale}x"] = selection(max(100, args.selections // 3), big)
    print(json.dumps(results, indent=2))
    print(_table(results, args.scale))
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
