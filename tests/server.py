"""A real `datasette xiaomi.db` process on a loopback port, for the tests that
talk HTTP to it (the card's own command, the browser tests)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

DATASETTE = Path(sys.executable).parent / "datasette"
# The plugin of this checkout, not whichever copy of the project the
# environment has installed (an editable install may point elsewhere).
PROJECT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Served:
    url: str
    db: Path
    process: subprocess.Popen

    def get(self, path: str) -> tuple[int, dict, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()


def serve(db: Path, folder: Path, *options: str) -> Served:
    """Copy db to folder/xiaomi.db and run `datasette xiaomi.db` there, as the card says."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db, folder / "xiaomi.db")
    port = free_port()
    process = subprocess.Popen(
        [str(DATASETTE), "xiaomi.db", "--host", "127.0.0.1", "--port", str(port), *options],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    served = Served(f"http://127.0.0.1:{port}", folder / "xiaomi.db", process)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            served.get("/-/versions.json")
            return served
        except OSError:
            time.sleep(0.2)
    stop(served)
    raise RuntimeError(f"datasette did not answer within {START_TIMEOUT_S} s")


def stop(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        served.process.kill()
        served.process.wait()
