"""Before the window opens: is there a screen, and can Qt's platform plugin load?

Without a display, or without the X libraries Qt's xcb plugin links against,
Qt aborts the process (exit 134) with a message about "xcb-cursor0" that
sends people in the wrong direction. This check runs first (no Qt imported)
and says in one sentence what is missing; the headless commands still work.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# The libraries Qt 6's xcb platform plugin needs (ldd of libqxcb.so), with the
# Debian/Ubuntu package that provides each.
XCB_LIBRARIES = {
    "xcb": "libxcb1",
    "X11-xcb": "libx11-xcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def problem() -> tuple[str, list[str]] | None:
    """``(kind, missing packages)`` when the window cannot open here, else None.

    ``kind`` is "no_display" or "missing_libraries". Only Linux is checked:
    Windows and macOS always have their platform plugin.
    """
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(HEADLESS_PLATFORMS):
        return None
    wayland = bool(os.environ.get("WAYLAND_DISPLAY")) and not platform.startswith("xcb")
    if not os.environ.get("DISPLAY") and not wayland:
        return "no_display", []
    if wayland:
        return None
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    return ("missing_libraries", missing) if missing else None
