"""Starting the window: a clear sentence without a display; a real X display under Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recalldesk import display_check
from recalldesk.cli import main


def test_no_display_says_so_in_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "needs a desktop session" in err and "recalldesk --help" in err
    assert err.count("\n") == 1


def test_missing_qt_libraries_are_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    real = display_check.ctypes.util.find_library
    monkeypatch.setattr(
        display_check.ctypes.util, "find_library",
        lambda name: None if name in ("xcb-cursor", "xcb-icccm") else real(name),
    )  # fmt: skip
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "libxcb-cursor0 libxcb-icccm4" in err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (.ci/run installs it)")
def test_the_window_opens_on_a_real_x_display(tmp_path: Path) -> None:
    """What CI checks the README's library list with: the app under Xvfb, then quit."""
    display = ":93"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(1)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, RECALLDESK_SMOKE="1")
        data = tmp_path / "data"
        demo = [sys.executable, "-m", "recalldesk", "--data-dir", str(data)]
        subprocess.run([*demo, "demo", "--lines", "200", "--offices", "2"], check=True, env=env,
                       capture_output=True, timeout=120)  # fmt: skip
        asked = subprocess.run(demo, env={k: v for k, v in env.items() if k != "RECALLDESK_PIN"},
                               capture_output=True, text=True, timeout=120)  # fmt: skip
        done = subprocess.run(demo, env=env, capture_output=True, text=True, timeout=120)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "shown: SignInDialog" in asked.stdout  # a person signs in first
    assert "shown: MainWindow" in done.stdout  # the smoke test signs in with the PIN
    missing = display_check.problem()
    assert missing is None or missing[0] != "missing_libraries", missing
