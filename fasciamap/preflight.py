"""Check, before Qt loads, that the window can open here — and if not, say why in words.

When Qt cannot load its platform plugin it aborts with a message that misleads on a bare Linux
machine: "xcb-cursor0 or libxcb-cursor0 is needed", printed even when that library is installed and
the real missing ones are others (e.g. libxcb-icccm4, libxcb-keysyms1), and printed too when there is
no display at all. So the GUI entry point calls :func:`check_gui_platform` first. It predicts the
platform Qt would choose from the environment (the same rules as ``QGuiApplication``), and for it asks
the dynamic linker (``ldd``) which shared libraries of the plugin PySide6 ships cannot be found,
then names the Debian/Ubuntu packages that provide them.

This module imports no Qt, on purpose: it must run before Qt is loaded. PySide6 is located with
:func:`importlib.util.find_spec`, which does not import it. The check only ever *adds* a message:
anything it cannot tell (not Linux, no ``ldd``, a timeout, an unknown platform, files not where
expected) lets the start go on, and Qt speaks for itself.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

#: Given the shared objects a platform needs, the sonames the dynamic linker cannot find — or
#: ``None`` when it cannot tell (then nothing is reported).
Resolver = Callable[[Sequence[Path]], set[str] | None]

#: Debian 12 / Ubuntu 22.04+ package for each system library that PySide6's Qt links, directly or
#: through a dependency (taken from ``ldd`` of the xcb, wayland and offscreen plugins and of
#: libQt6Gui/Core/Widgets/DBus/XcbQpa/WaylandClient). On Ubuntu 24.04 apt picks the renamed
#: ``…t64`` packages (e.g. libglib2.0-0t64) for the old names by itself.
DEBIAN_PACKAGES: dict[str, str] = {
    # X11 / xcb: the platform plugin itself (libqxcb.so, libQt6XcbQpa.so.6)
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # Wayland (libqwayland.so, libQt6WaylandClient.so.6)
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libffi.so.8": "libffi8",
    # OpenGL / EGL (libQt6Gui links them even when nothing is drawn with OpenGL)
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    # Fonts, images, D-Bus, GLib
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    # Base libraries (present on any Debian system; listed so a message never falls back to a soname)
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
}

#: The plugin file of each platform that needs a display server: only these are checked. Headless
#: platforms (offscreen, minimal, vnc, linuxfb, eglfs, ...) need no display, and their libraries are
#: libQt6Gui's own, whose absence already fails with a clear ImportError naming the library.
PLUGIN_FILES: dict[str, str] = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}

#: The Qt library each display platform adds on top of its plugin (in the plugin's closure anyway;
#: named so ``ldd`` reports on it even if a future plugin loads it lazily).
PLATFORM_LIBRARIES: dict[str, str] = {"xcb": "libQt6XcbQpa.so.6", "wayland": "libQt6WaylandClient.so.6"}

LDD_TIMEOUT_S = 10.0

_HEADLESS_HINT = (
    "The command-line tools need no display: fasciamap --help, fasciamap regions, fasciamap check,\n"
    "fasciamap screenshot shot.png (renders the window offscreen)."
)


def plugin_name(platform: str) -> str:
    """The plugin key for a ``QT_QPA_PLATFORM`` entry: lower case, without its ``:options``."""
    name = platform.split(":", 1)[0].strip().lower()
    return "wayland" if name.startswith("wayland") else name


def platform_candidates(env: Mapping[str, str]) -> list[str]:
    """The platforms Qt will try, in order: ``QT_QPA_PLATFORM`` (``;``-separated) if set, otherwise
    what ``QGuiApplicationPrivate::createPlatformIntegration`` derives from the session (Wayland first
    in a Wayland session, then xcb, PySide6's default)."""
    explicit = env.get("QT_QPA_PLATFORM", "")
    if explicit.strip():
        return [plugin_name(p) for p in explicit.split(";") if p.strip()]
    order: list[str] = []
    if "DISPLAY" in env:
        order.append("xcb")
    if "WAYLAND_DISPLAY" in env or env.get("XDG_SESSION_TYPE") == "wayland":
        order.insert(0, "wayland")
    if "xcb" not in order:
        order.append("xcb")
    return order


def has_display(platform: str, env: Mapping[str, str]) -> bool:
    """Whether the display server this platform (xcb or wayland) talks to is there. Wayland's default
    socket (``$XDG_RUNTIME_DIR/wayland-0``) counts, as it does for libwayland."""
    if platform == "xcb":
        return bool(env.get("DISPLAY"))
    if env.get("WAYLAND_DISPLAY"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime or "", "wayland-0").exists()


def find_qt_dir() -> Path | None:
    """PySide6's bundled Qt folder (``…/PySide6/Qt``), found without importing PySide6."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        qt = Path(location, "Qt")
        if (qt / "plugins" / "platforms").is_dir():
            return qt
    return None


def parse_ldd(output: str) -> set[str]:
    """The sonames ``ldd`` reports as ``NAME => not found``."""
    missing: set[str] = set()
    for line in output.splitlines():
        name, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found" and name.strip():
            missing.add(name.strip())
    return missing


def ldd_missing(files: Sequence[Path], *, ldd: str | None = None, timeout: float = LDD_TIMEOUT_S) -> set[str] | None:
    """Ask the dynamic linker, through ``ldd``, which libraries of ``files`` it cannot find.

    ``None`` when it cannot tell: no ``ldd``, it failed to start, it hung (killed after ``timeout``
    seconds with its whole process group, since ``ldd`` is a script that runs the loader as a child),
    or it found nothing to report on.
    """
    program = ldd or shutil.which("ldd")
    if not program or not files:
        return None
    env = {**os.environ, "LC_ALL": "C"}
    try:
        proc = subprocess.Popen([program, *map(str, files)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        proc.wait()
        return None
    except (OSError, subprocess.SubprocessError):
        proc.kill()
        proc.wait()
        return None
    text = out.decode("utf-8", "replace")
    missing = parse_ldd(text)
    if not missing and (proc.returncode != 0 or "=>" not in text):
        return None  # e.g. "not a dynamic executable": no answer, not a clean bill of health
    return missing


def packages_for(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """Debian packages for the known sonames (sorted, deduplicated) and the unknown sonames."""
    packages: set[str] = set()
    unknown: list[str] = []
    for soname in sorted(set(sonames)):
        package = DEBIAN_PACKAGES.get(soname)
        if package:
            packages.add(package)
        else:
            unknown.append(soname)
    return sorted(packages), unknown


def _is_pyside_own(soname: str) -> bool:
    """Libraries that come inside the PySide6 wheel: if one is missing, the install is broken."""
    return soname.startswith(("libQt6", "libicu", "libpyside6", "libshiboken6"))


def missing_libraries_message(platform: str, sonames: Iterable[str]) -> str:
    """The words for missing libraries: which, and the command that installs them."""
    names = sorted(set(sonames))
    own = [s for s in names if _is_pyside_own(s)]
    system = [s for s in names if not _is_pyside_own(s)]
    what = {"xcb": "Qt's X11 (xcb) platform plugin", "wayland": "Qt's Wayland platform plugin"}.get(
        platform, f"Qt's {platform!r} platform plugin")
    lines = [f"fasciamap: the window cannot open: {what} needs libraries that are missing on this machine:",
             "  " + ", ".join(names)]
    packages, unknown = packages_for(system)
    if packages:
        lines += ["Install them (Debian/Ubuntu) with:", "  sudo apt-get install " + " ".join(packages)]
    if unknown:
        lines.append("Also install the packages that provide: " + ", ".join(unknown)
                     + " (on Debian/Ubuntu, `apt-file search NAME` finds them).")
    if own:
        lines.append("The PySide6 installation itself is incomplete; reinstall it with "
                     "`pip install --force-reinstall PySide6-Essentials`.")
    lines.append(_HEADLESS_HINT)
    return "\n".join(lines)


def no_display_message(candidates: Sequence[str], env: Mapping[str, str]) -> str:
    """The words for "nowhere to show the window", with the ways to get a display."""
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        why = "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)."
    else:
        wanted = " or ".join({"xcb": "X11 (DISPLAY)", "wayland": "Wayland (WAYLAND_DISPLAY)"}.get(c, c)
                             for c in candidates)
        why = (f"QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '')} asks for {wanted}, which is not set here; "
               "unset QT_QPA_PLATFORM to let Qt choose.")
    return "\n".join([
        f"fasciamap: {why}",
        "To open the window, start FasciaMap from a desktop session, or in a virtual X display:",
        "  sudo apt-get install xvfb && xvfb-run fasciamap",
        _HEADLESS_HINT,
    ])


def check_gui_platform(env: Mapping[str, str] | None = None, *, platform: str | None = None,
                       qt_dir: Path | None = None, resolver: Resolver | None = None) -> str | None:
    """``None`` when the window can start (or the check cannot tell); otherwise the message to print
    on stderr before exiting with status 2. Never raises.

    ``env`` (default ``os.environ``), ``platform`` (default ``sys.platform``), ``qt_dir`` (default
    PySide6's bundled Qt) and ``resolver`` (default :func:`ldd_missing`) exist for the tests.
    """
    try:
        return _check(os.environ if env is None else env, sys.platform if platform is None else platform,
                      qt_dir, resolver or ldd_missing)
    except Exception:  # the check must never be the reason the app does not start
        return None


def _check(env: Mapping[str, str], platform: str, qt_dir: Path | None, resolver: Resolver) -> str | None:
    if not platform.startswith("linux"):
        return None  # Windows and macOS wheels bring everything their platform plugin needs
    candidates = platform_candidates(env)
    if any(c not in PLUGIN_FILES for c in candidates):
        return None  # a headless or unknown platform (offscreen, vnc, ...): nothing to check, Qt knows better
    with_display = [c for c in candidates if has_display(c, env)]
    if not with_display:
        return no_display_message(candidates, env)
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        return None  # plugins from elsewhere: ours are not the ones Qt will load
    qt = qt_dir or find_qt_dir()
    if qt is None:
        return None
    failures: list[tuple[str, set[str]]] = []
    for candidate in with_display:  # Qt falls back along the list: one that loads is enough
        plugin = qt / "plugins" / "platforms" / PLUGIN_FILES[candidate]
        if not plugin.is_file():
            return None
        files = [plugin]
        extra = PLATFORM_LIBRARIES.get(candidate)
        if extra and (qt / "lib" / extra).is_file():
            files.append(qt / "lib" / extra)
        missing = resolver(files)
        if not missing:
            return None
        failures.append((candidate, set(missing)))
    candidate, missing = failures[0]
    return missing_libraries_message(candidate, missing)
