"""The pre-Qt check of a clean first start: no display, missing system libraries, and a check that
never blocks a start it cannot judge. Plus: the headless commands never need a display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from fasciamap import preflight
from fasciamap.preflight import check_gui_platform, ldd_missing, parse_ldd, platform_candidates

ROOT = Path(__file__).resolve().parents[1]
IS_LINUX = sys.platform.startswith("linux")

# What `ldd libqxcb.so` printed on a Debian 12 machine without libxcb-icccm4 and libxcb-keysyms1.
LDD_SAMPLE = """\
\tlinux-vdso.so.1 (0x00007fdca2350000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007fdca2282000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007fdca21f2000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007fdca219f000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007fdca2198000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007fdca2190000)
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007fdca041e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007fdca2352000)
"""


@pytest.fixture
def qt_dir(tmp_path: Path) -> Path:
    """A stand-in for PySide6's Qt folder with the files the check looks at."""
    qt = tmp_path / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").mkdir()
    for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        (qt / "plugins" / "platforms" / name).write_bytes(b"")
    for name in ("libQt6XcbQpa.so.6", "libQt6WaylandClient.so.6"):
        (qt / "lib" / name).write_bytes(b"")
    return qt


class FakeLinker:
    """A resolver answering per plugin file name, recording what it was asked about."""

    def __init__(self, missing: dict[str, set[str]] | None = None) -> None:
        self.missing = missing or {}
        self.asked: list[list[str]] = []

    def __call__(self, files: Sequence[Path]) -> set[str] | None:
        self.asked.append([f.name for f in files])
        return set(self.missing.get(files[0].name, set()))


def fake_program(tmp_path: Path, name: str, body: str) -> str:
    script = tmp_path / name
    script.write_text("#!/bin/sh\n" + body + "\n", "utf-8")
    script.chmod(0o755)
    return str(script)


# --- (a) no display -------------------------------------------------------------------------------

@pytest.mark.parametrize("env", [{}, {"XDG_SESSION_TYPE": "wayland"}, {"DISPLAY": ""}, {"XDG_SESSION_TYPE": "x11"}])
def test_no_display_is_said_in_words(env: dict[str, str], qt_dir: Path) -> None:
    linker = FakeLinker()
    message = check_gui_platform(env, platform="linux", qt_dir=qt_dir, resolver=linker)
    assert message is not None
    assert "no display" in message and "DISPLAY" in message and "WAYLAND_DISPLAY" in message
    assert "apt-get install xvfb" in message and "xvfb-run fasciamap" in message
    assert "desktop session" in message and "fasciamap --help" in message  # the CLI works headless
    assert "xcb-cursor" not in message
    assert linker.asked == []  # nothing to link against when there is nowhere to show the window


def test_asked_for_x11_in_a_wayland_only_session(qt_dir: Path) -> None:
    message = check_gui_platform({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, platform="linux",
                                 qt_dir=qt_dir, resolver=FakeLinker())
    assert message is not None and "QT_QPA_PLATFORM=xcb" in message and "DISPLAY" in message


@pytest.mark.parametrize("value", ["offscreen", "minimal", "vnc", "OFFSCREEN", "offscreen:fontconfig"])
def test_headless_platforms_need_no_display(value: str, qt_dir: Path) -> None:
    assert check_gui_platform({"QT_QPA_PLATFORM": value}, platform="linux", qt_dir=qt_dir,
                              resolver=FakeLinker()) is None


def test_not_linux_is_not_checked() -> None:
    def boom(files: Sequence[Path]) -> set[str]:
        raise AssertionError("no check off Linux")

    for platform in ("win32", "darwin"):
        assert check_gui_platform({}, platform=platform, resolver=boom) is None


# --- (b) missing libraries ------------------------------------------------------------------------

def test_missing_xcb_libraries_name_their_packages(qt_dir: Path) -> None:
    linker = FakeLinker({"libqxcb.so": {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}})
    message = check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir, resolver=linker)
    assert message is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "xcb-cursor" not in message  # Qt's misleading hint is not repeated
    assert linker.asked == [["libqxcb.so", "libQt6XcbQpa.so.6"]]


def test_fake_ldd_output_names_the_packages(qt_dir: Path, tmp_path: Path) -> None:
    sample = tmp_path / "ldd.txt"
    sample.write_text(LDD_SAMPLE, "utf-8")
    ldd = fake_program(tmp_path, "ldd", f'cat "{sample}"')
    message = check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir,
                                 resolver=lambda files: ldd_missing(files, ldd=ldd))
    assert message is not None and "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message


def test_parse_ldd_collects_only_not_found() -> None:
    assert parse_ldd(LDD_SAMPLE) == {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    assert parse_ldd("\tnot a dynamic executable\n") == set()


def test_unknown_and_bundled_libraries_are_named_as_they_are(qt_dir: Path) -> None:
    linker = FakeLinker({"libqxcb.so": {"libxcb-icccm.so.4", "libweird.so.9", "libQt6Gui.so.6"}})
    message = check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir, resolver=linker)
    assert message is not None
    assert "sudo apt-get install libxcb-icccm4\n" in message
    assert "libweird.so.9" in message and "apt-file search" in message
    assert "pip install --force-reinstall PySide6-Essentials" in message


def test_headless_platforms_are_not_checked(qt_dir: Path) -> None:
    linker = FakeLinker({"libqoffscreen.so": {"libEGL.so.1"}, "libqxcb.so": {"libxcb-icccm.so.4"}})
    for value in ("offscreen", "minimal", "vnc", "linuxfb", "xcb;offscreen"):
        assert check_gui_platform({"QT_QPA_PLATFORM": value}, platform="linux", qt_dir=qt_dir, resolver=linker) is None
    assert linker.asked == []  # no ldd at all: a headless platform needs no display server


def test_wayland_is_checked_and_xcb_is_its_fallback(qt_dir: Path) -> None:
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    wayland_broken = FakeLinker({"libqwayland.so": {"libwayland-cursor.so.0"}})
    assert check_gui_platform(both, platform="linux", qt_dir=qt_dir, resolver=wayland_broken) is None
    assert wayland_broken.asked == [["libqwayland.so", "libQt6WaylandClient.so.6"], ["libqxcb.so", "libQt6XcbQpa.so.6"]]

    all_broken = FakeLinker({"libqwayland.so": {"libwayland-cursor.so.0"}, "libqxcb.so": {"libxcb-icccm.so.4"}})
    message = check_gui_platform(both, platform="linux", qt_dir=qt_dir, resolver=all_broken)
    assert message is not None and "Wayland" in message and "sudo apt-get install libwayland-cursor0" in message

    only_wayland = {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland"}
    message = check_gui_platform(only_wayland, platform="linux", qt_dir=qt_dir, resolver=wayland_broken)
    assert message is not None and "libwayland-cursor0" in message


def test_platform_order_follows_qt() -> None:
    assert platform_candidates({}) == ["xcb"]
    assert platform_candidates({"DISPLAY": ":0"}) == ["xcb"]
    assert platform_candidates({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}) == ["wayland", "xcb"]
    assert platform_candidates({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert platform_candidates({"QT_QPA_PLATFORM": "wayland-egl;xcb", "DISPLAY": ":0"}) == ["wayland", "xcb"]
    assert platform_candidates({"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}) == ["offscreen"]


# --- an ok environment ----------------------------------------------------------------------------

@pytest.mark.parametrize("env", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"}])
def test_ok_environment_passes(env: dict[str, str], qt_dir: Path) -> None:
    assert check_gui_platform(env, platform="linux", qt_dir=qt_dir, resolver=FakeLinker()) is None


# --- the check never blocks a start it cannot judge -----------------------------------------------

class FakeProcess:
    """Stands in for ``subprocess.Popen``: ``communicate`` returns ``out`` or raises ``error``."""

    def __init__(self, out: bytes = b"", returncode: int = 0, error: BaseException | None = None) -> None:
        self.out, self.returncode, self.error, self.pid, self.killed = out, returncode, error, 999_999_999, False

    def communicate(self, timeout: float | None = None) -> tuple[bytes, bytes]:
        if self.error is not None:
            raise self.error
        return self.out, b""

    def kill(self) -> None:
        self.killed = True

    def wait(self, timeout: float | None = None) -> int:
        return self.returncode


def patch_popen(monkeypatch: pytest.MonkeyPatch, make: object) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/ldd")
    monkeypatch.setattr(subprocess, "Popen", make)


def check_xcb(qt_dir: Path) -> str | None:
    """The real check with the default resolver (``ldd_missing``), as the CLI runs it."""
    return check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir)


def test_ldd_that_cannot_start_is_no_answer(qt_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_file(*args: object, **kwargs: object) -> FakeProcess:
        raise FileNotFoundError(2, "No such file or directory", "ldd")

    patch_popen(monkeypatch, no_such_file)
    assert check_xcb(qt_dir) is None


def test_hanging_ldd_is_no_answer(qt_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    processes: list[FakeProcess] = []

    def hangs(*args: object, **kwargs: object) -> FakeProcess:
        processes.append(FakeProcess(error=subprocess.TimeoutExpired("ldd", 10)))
        return processes[-1]

    patch_popen(monkeypatch, hangs)
    monkeypatch.setattr(os, "killpg", lambda pid, sig: None)
    assert check_xcb(qt_dir) is None
    assert len(processes) == 1


@pytest.mark.parametrize("out, returncode", [
    (b"\tnot a dynamic executable\n", 1),  # ldd failed
    (b"", 1),  # failed and said nothing
    (b"\xff\xfe garbage without arrows", 0),  # odd output
])
def test_failing_or_odd_ldd_is_no_answer(out: bytes, returncode: int, qt_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    patch_popen(monkeypatch, lambda *a, **k: FakeProcess(out, returncode))
    assert check_xcb(qt_dir) is None


def test_ldd_crashing_mid_read_is_no_answer(qt_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patch_popen(monkeypatch, lambda *a, **k: FakeProcess(error=OSError(5, "Input/output error")))
    assert check_xcb(qt_dir) is None


def test_ldd_reporting_missing_libraries_through_popen(qt_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patch_popen(monkeypatch, lambda *a, **k: FakeProcess(LDD_SAMPLE.encode(), 0))
    message = check_xcb(qt_dir)
    assert message is not None and "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message


def test_no_ldd_lets_the_start_go_on(qt_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert ldd_missing([qt_dir / "plugins" / "platforms" / "libqxcb.so"]) is None
    assert check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir) is None
    assert ldd_missing([qt_dir / "x.so"], ldd=str(qt_dir / "no-such-ldd")) is None


@pytest.mark.skipif(not IS_LINUX, reason="needs a POSIX shell and process groups")
@pytest.mark.parametrize("body", ["exec sleep 60", "sleep 60 & wait"])  # the second leaves a grandchild
def test_hanging_ldd_is_abandoned(body: str, qt_dir: Path, tmp_path: Path) -> None:
    ldd = fake_program(tmp_path, "ldd", body)
    assert ldd_missing([qt_dir / "plugins" / "platforms" / "libqxcb.so"], ldd=ldd, timeout=0.2) is None
    assert check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir,
                              resolver=lambda files: ldd_missing(files, ldd=ldd, timeout=0.2)) is None


@pytest.mark.skipif(not IS_LINUX, reason="needs a POSIX shell")
def test_failing_ldd_is_no_answer(qt_dir: Path, tmp_path: Path) -> None:
    ldd = fake_program(tmp_path, "ldd", "echo '\tnot a dynamic executable'; exit 1")
    assert ldd_missing([qt_dir / "plugins" / "platforms" / "libqxcb.so"], ldd=ldd) is None


def test_any_failure_of_the_check_is_swallowed(qt_dir: Path) -> None:
    def broken(files: Sequence[Path]) -> set[str]:
        raise RuntimeError("resolver bug")

    assert check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=qt_dir, resolver=broken) is None


def test_plugins_we_cannot_judge_are_left_to_qt(qt_dir: Path, tmp_path: Path) -> None:
    linker = FakeLinker({"libqxcb.so": {"libxcb-icccm.so.4"}})
    assert check_gui_platform({"DISPLAY": ":0"}, platform="linux", qt_dir=tmp_path / "nothing", resolver=linker) is None
    assert check_gui_platform({"QT_QPA_PLATFORM": "custom"}, platform="linux", qt_dir=qt_dir, resolver=linker) is None
    assert check_gui_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM_PLUGIN_PATH": "/elsewhere"}, platform="linux",
                              qt_dir=qt_dir, resolver=linker) is None


# --- against the real PySide6 on this machine -----------------------------------------------------

@pytest.mark.skipif(not (IS_LINUX and Path("/etc/debian_version").exists() and shutil.which("ldd")),
                    reason="the package table is for Debian/Ubuntu")
def test_table_covers_every_system_library_of_the_real_plugins() -> None:
    qt = preflight.find_qt_dir()
    assert qt is not None
    files = [qt / "plugins" / "platforms" / name for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so")]
    files += [qt / "lib" / name for name in ("libQt6XcbQpa.so.6", "libQt6WaylandClient.so.6", "libQt6Widgets.so.6")]
    out = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, timeout=60).stdout
    sonames = {line.split("=>")[0].strip() for line in out.splitlines() if "=>" in line}
    system = {s for s in sonames if not s.startswith(("libQt6", "libicu"))}
    assert system and system <= preflight.DEBIAN_PACKAGES.keys(), system - preflight.DEBIAN_PACKAGES.keys()
    assert ldd_missing(files[:1]) is not None  # the real ldd gives an answer


# --- the headless commands never need a display, and never load Qt's GUI -------------------------

def headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["FASCIAMAP_CACHE_DIR"] = "off"
    return env


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env=headless_env(), timeout=300)


def test_cli_commands_need_no_display_and_load_no_qt() -> None:
    code = (
        "import contextlib, io, sys\n"
        "from fasciamap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit as e:\n"
        "        assert e.code == 0, e.code\n"
        "    for argv in (['regions'], ['check'], ['connections', 'erector_spinae'], "
        "['path', 'plantar_fascia', 'epicranial_aponeurosis', '--json']):\n"
        "        assert main(argv) == 0, argv\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not IS_LINUX, reason="the no-display case is Linux's")
def test_window_without_display_exits_2_with_the_message() -> None:
    code = (
        "import sys\n"
        "from fasciamap.cli import main\n"
        "status = main([])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6.QtGui', 'PySide6.QtWidgets'))]\n"
        "sys.exit(status)\n"
    )
    result = run_python(code)
    assert result.returncode == 2, result.stderr
    assert "no display" in result.stderr and "xvfb-run fasciamap" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_screenshot_needs_no_display(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = run_python(f"from fasciamap.cli import main; raise SystemExit(main(['screenshot', {str(target)!r}, "
                        "'--size', '640x400']))")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"\x89PNG")


def test_module_help_and_regions_run_without_display() -> None:
    for argv in (["--help"], ["regions"]):
        result = subprocess.run([sys.executable, "-m", "fasciamap", *argv], capture_output=True, text=True,
                                cwd=ROOT, env=headless_env(), timeout=300)
        assert result.returncode == 0, (argv, result.stderr)
        assert result.stdout.strip(), argv
