"""`make serve`'s command: one Datasette process per core on one port
(db/datasette_plugin/serve.py), sharing the visitors' SQL lane and the
pages they render, stopped together."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.server import free_port

PROJECT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60


def get(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # a new connection each time
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def workers(pid: int) -> list[int]:
    return [child for child in children(pid) if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()]


def start(folder: Path, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "db.datasette_plugin.serve", *arguments],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(PROJECT), "TMPDIR": str(folder / "tmp")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.fixture(scope="module")
def served(seeds_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve-workers")
    (folder / "tmp").mkdir()
    shutil.copyfile(seeds_db, folder / "xiaomi.db")
    port = free_port()
    process = start(folder, "xiaomi.db", "--host", "127.0.0.1", "--port", str(port), "--workers", "2")
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        assert process.poll() is None, process.stderr.read().decode(errors="replace")[-2000:]
        try:
            get(url + "/-/versions.json")
            break
        except OSError:
            assert time.monotonic() < deadline, "the server did not answer"
            time.sleep(0.2)
    yield url, process, folder
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=30)


def test_two_processes_serve_the_projects_pages_on_one_port(served):
    url, process, _ = served
    assert len(workers(process.pid)) == 2
    status, headers, body = get(url + "/-/metadata.json")
    assert status == 200 and json.loads(body)["title"].startswith("xiaomi.db")
    assert headers["x-content-type-options"] == "nosniff"
    for path in ["/xiaomi/articles", "/xiaomi/claims?_facet=metric", "/-/dashboards/claims", "/xiaomi/where_outlets_disagree"]:
        assert get(url + path)[0] == 200, path
    settings = json.loads(get(url + "/-/settings.json")[2])
    assert settings["sql_time_limit_ms"] == 1000
    assert get(url + "/xiaomi.json?sql=update+articles+set+text=''")[0] in (400, 403)


def test_the_processes_share_the_visitors_lane_and_the_pages_they_render(served):
    url, _, folder = served
    assert get(url + "/xiaomi.json?sql=select+1")[0] == 200
    (scratch,) = (folder / "tmp").glob("xiaomi-db-serve-*")
    assert (scratch / "visitor-sql.lock").is_file()
    # Each request comes on a new connection, which the kernel gives to either
    # process: after the first rendering, every answer is the stored page.
    answers = [get(url + "/xiaomi/sentences?_sort=id") for _ in range(8)]
    assert [status for status, _, _ in answers] == [200] * 8
    assert [headers["x-cache"] for _, headers, _ in answers[1:]] == ["hit"] * 7
    assert len({body for _, _, body in answers}) == 1
    assert any(scratch.glob("pages/*"))


def test_a_process_that_dies_is_replaced(served):
    url, process, _ = served
    victim = workers(process.pid)[0]
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + START_TIMEOUT_S
    while victim in workers(process.pid) or len(workers(process.pid)) < 2:
        assert time.monotonic() < deadline, "no process replaced the one that died"
        time.sleep(0.2)
    assert all(get(url + "/xiaomi/articles")[0] == 200 for _ in range(4))


def test_sigterm_stops_every_process(seeds_db, tmp_path):
    (tmp_path / "tmp").mkdir()
    shutil.copyfile(seeds_db, tmp_path / "xiaomi.db")
    port = free_port()
    process = start(tmp_path, "xiaomi.db", "--port", str(port), "--workers", "2")
    deadline = time.monotonic() + START_TIMEOUT_S
    while len(workers(process.pid)) < 2:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.1)
    started = workers(process.pid)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert not [pid for pid in started if Path(f"/proc/{pid}").exists()]
    assert not list((tmp_path / "tmp").iterdir())  # its scratch folder removed


def test_the_processes_stop_when_the_supervisor_is_killed_outright(seeds_db, tmp_path):
    (tmp_path / "tmp").mkdir()
    shutil.copyfile(seeds_db, tmp_path / "xiaomi.db")
    process = start(tmp_path, "xiaomi.db", "--port", str(free_port()), "--workers", "2")
    deadline = time.monotonic() + START_TIMEOUT_S
    while len(workers(process.pid)) < 2:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.1)
    started = workers(process.pid)
    process.kill()  # SIGKILL: the supervisor cannot stop them itself
    process.wait()
    deadline = time.monotonic() + 30
    while [
        pid for pid in started if Path(f"/proc/{pid}").exists() and b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]:
        assert time.monotonic() < deadline, "a worker outlived its supervisor"
        time.sleep(0.1)


def test_a_missing_database_or_a_taken_port_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "tmp").mkdir()
    missing = start(tmp_path, "nowhere.db", "--port", str(free_port()))
    _, err = missing.communicate(timeout=60)
    assert missing.returncode == 2 and err.decode().strip().splitlines() == ["serve: no database file nowhere.db"]
    (tmp_path / "x.db").write_bytes(b"")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = start(tmp_path, "x.db", "--port", str(taken.getsockname()[1]))
        _, err = busy.communicate(timeout=60)
    lines = err.decode().strip().splitlines()
    assert busy.returncode == 2 and len(lines) == 1 and lines[0].startswith("serve: cannot listen on 127.0.0.1:")


def test_connections_are_sent_without_waiting_for_acks():
    # asyncio turns Nagle's algorithm off only for sockets named TCP; with it
    # on, a response written as headers then body waited 40 ms for an ACK.
    import asyncio

    from db.datasette_plugin.serve import port_socket

    async def accepted_nodelay() -> int:
        listening = port_socket("127.0.0.1", 0)
        listening.listen()
        seen: list[int] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            seen.append(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=listening)
        _, writer = await asyncio.open_connection(*listening.getsockname())
        while not seen:
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        return seen[0]

    assert asyncio.run(accepted_nodelay()) != 0
