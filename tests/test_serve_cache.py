"""The server's response cache and SQL lanes, on their own: what is stored,
what never is, when it is emptied, and which pool a query runs on."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from db.datasette_plugin.cache import ResponseCache, SharedStore
from db.datasette_plugin.lanes import VISITOR_SQL, Lanes, RenderGate, SharedLane


class Page:
    """An ASGI app answering every request with the status, headers and body
    it is given, counting how often it was asked."""

    def __init__(self, status: int = 200, headers: list[tuple[bytes, bytes]] | None = None, body: bytes = b"page") -> None:
        self.status, self.headers, self.body = status, headers or [(b"content-type", b"text/html")], body
        self.calls = 0
        self.release: asyncio.Event | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.calls += 1
        if self.release is not None and scope["path"] != "/other":
            await self.release.wait()
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def scope(path: str = "/xiaomi/articles", method: str = "GET", query: bytes = b"", headers: list | None = None) -> dict:
    return {
        "type": "http",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [*(headers or []), (b"host", b"127.0.0.1:8001")],
    }


async def ask(app: Any, request: dict) -> tuple[int, dict[bytes, bytes], bytes]:
    messages: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        messages.append(message)

    await app(request, receive, send)
    start = messages[0]
    return start["status"], dict(start["headers"]), b"".join(m.get("body", b"") for m in messages[1:])


def cached(page: Page, identity: list | None = None, **bounds: int) -> ResponseCache:
    files = identity if identity is not None else ["file-1"]
    return ResponseCache(page, cacheable=lambda scope: True, identity=lambda: files[0], **bounds)


async def test_a_second_request_is_answered_from_the_cache_with_the_same_bytes():
    page = Page(headers=[(b"content-type", b"text/html"), (b"cache-control", b"max-age=5")])
    cache = cached(page)
    first = await ask(cache, scope())
    second = await ask(cache, scope())
    assert page.calls == 1
    assert (first[0], first[2]) == (second[0], second[2]) == (200, b"page")
    assert (first[1][b"x-cache"], second[1][b"x-cache"]) == (b"miss", b"hit")
    assert {k: v for k, v in first[1].items() if k != b"x-cache"} == {k: v for k, v in second[1].items() if k != b"x-cache"}


@pytest.mark.parametrize(
    "request_scope",
    [
        scope(query=b"_size=1"),
        scope(path="/xiaomi/claims"),
        scope(headers=[(b"host", b"example.org")]),
    ],
)
async def test_each_url_and_host_has_its_own_entry(request_scope):
    page = Page()
    cache = cached(page)
    await ask(cache, scope())
    await ask(cache, request_scope)
    assert page.calls == 2


@pytest.mark.parametrize(
    "page, request_scope",
    [
        (Page(headers=[(b"set-cookie", b"ds_actor=x")]), scope()),
        (Page(headers=[(b"cache-control", b"private, no-store")]), scope()),
        (Page(headers=[(b"cache-control", b"no-cache")]), scope()),
        (Page(headers=[(b"vary", b"Accept-Language")]), scope()),
        (Page(status=400), scope()),
        (Page(status=404), scope()),
        (Page(), scope(headers=[(b"cookie", b"ds_actor=someone")])),
        (Page(), scope(headers=[(b"authorization", b"Bearer token")])),
        (Page(), scope(method="HEAD")),
    ],
)
async def test_what_a_shared_cache_may_not_store_is_rendered_every_time(page, request_scope):
    cache = cached(page)
    await ask(cache, request_scope)
    await ask(cache, request_scope)
    assert page.calls == 2


async def test_a_response_past_the_entry_bound_is_passed_on_whole_but_not_kept():
    page = Page(body=b"x" * 100)
    cache = cached(page, max_entry_bytes=99)
    assert (await ask(cache, scope()))[2] == b"x" * 100
    await ask(cache, scope())
    assert page.calls == 2


async def test_least_recently_used_entries_go_past_the_total_bound():
    page = Page(body=b"x" * 10)
    cache = cached(page, max_total_bytes=25)
    for path in ["/a", "/b", "/a", "/c"]:  # /b is the least recently used when /c arrives
        await ask(cache, scope(path=path))
    assert cache.total_bytes <= 25
    calls = page.calls
    await ask(cache, scope(path="/a"))
    await ask(cache, scope(path="/c"))
    assert page.calls == calls
    await ask(cache, scope(path="/b"))
    assert page.calls == calls + 1


async def test_a_new_file_identity_empties_the_cache():
    files = ["inode 1"]
    page = Page()
    cache = cached(page, files)
    await ask(cache, scope())
    files[0] = "inode 2"  # the database file was replaced by a rebuild
    await ask(cache, scope())
    await ask(cache, scope())
    assert page.calls == 2


async def test_requests_arriving_while_a_page_renders_wait_for_that_one_rendering():
    page = Page()
    page.release = asyncio.Event()
    cache = cached(page)
    waiting = [asyncio.create_task(ask(cache, scope())) for _ in range(20)]
    await asyncio.sleep(0.01)
    page.release.set()
    answers = await asyncio.gather(*waiting)
    assert page.calls == 1
    assert {answer[2] for answer in answers} == {b"page"}


async def test_a_page_rendered_while_the_file_was_replaced_is_served_but_not_kept():
    files = ["inode 1"]
    page = Page()
    page.release = asyncio.Event()
    cache = cached(page, files)
    waiting = [asyncio.create_task(ask(cache, scope())) for _ in range(3)]
    await asyncio.sleep(0.01)
    files[0] = "inode 2"
    await ask(cache, scope(path="/other"))  # a request seeing the new file empties the cache
    page.release.set()
    assert {answer[2] for answer in await asyncio.gather(*waiting)} == {b"page"}
    calls = page.calls
    await ask(cache, scope())
    assert page.calls == calls + 1


async def test_requests_the_cache_may_not_serve_go_straight_to_the_app():
    page = Page()
    cache = ResponseCache(page, cacheable=lambda scope: False, identity=lambda: 1)
    status, headers, _ = await ask(cache, scope())
    await ask(cache, scope())
    assert page.calls == 2 and b"x-cache" not in headers and status == 200


async def test_visitor_sql_runs_on_its_own_pool_and_pages_on_theirs():
    lanes = Lanes(page_threads=2, visitor_threads=1)
    loop = asyncio.get_running_loop()
    try:
        page_thread = await loop.run_in_executor(lanes, lambda: threading.current_thread().name)
        marked = VISITOR_SQL.set(True)
        try:
            visitor_thread = await loop.run_in_executor(lanes, lambda: threading.current_thread().name)
        finally:
            VISITOR_SQL.reset(marked)
    finally:
        lanes.shutdown()
    assert page_thread.startswith("sql-pages") and visitor_thread.startswith("sql-visitors")


async def test_processes_sharing_a_folder_render_a_page_once(tmp_path):
    first_page, second_page = Page(body=b"rendered by the first"), Page(body=b"rendered by the second")
    first = ResponseCache(first_page, lambda scope: True, lambda: "file-1", shared=SharedStore(str(tmp_path)))
    second = ResponseCache(second_page, lambda scope: True, lambda: "file-1", shared=SharedStore(str(tmp_path)))
    assert (await ask(first, scope()))[2] == b"rendered by the first"
    status, headers, body = await ask(second, scope())
    assert (status, headers[b"x-cache"], body) == (200, b"hit", b"rendered by the first")
    assert second_page.calls == 0
    # Another URL, or the same URL of other files (a rebuild), is rendered anew.
    assert (await ask(second, scope("/xiaomi/claims")))[2] == b"rendered by the second"
    rebuilt = ResponseCache(second_page, lambda scope: True, lambda: "file-2", shared=SharedStore(str(tmp_path)))
    assert (await ask(rebuilt, scope()))[2] == b"rendered by the second"


async def test_a_process_writes_to_the_shared_folder_up_to_its_bound(tmp_path):
    store = SharedStore(str(tmp_path), max_bytes=10)
    cache = ResponseCache(Page(body=b"12345678"), lambda scope: True, lambda: "file-1", shared=store)
    await ask(cache, scope("/a"))
    await ask(cache, scope("/b"))  # 16 bytes in all: not written
    assert len([path for path in tmp_path.iterdir() if not path.name.startswith(".")]) == 1
    assert store.written == 8


async def test_pages_are_rendered_in_turn_and_exempt_requests_pass():
    order: list[str] = []
    release = {name: asyncio.Event() for name in ("first", "second")}
    exempt = {"now": False}

    async def page(scope: dict, receive: Any, send: Any) -> None:
        order.append(f"start {scope['path']}")
        if scope["path"].strip("/") in release:
            await release[scope["path"].strip("/")].wait()
        order.append(f"end {scope['path']}")
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    gate = RenderGate(page, 1, exempt=lambda: exempt["now"])
    first = asyncio.create_task(ask(gate, scope("/first")))
    second = asyncio.create_task(ask(gate, scope("/second")))
    await asyncio.sleep(0.01)
    assert order == ["start /first"]  # the second waits for its turn
    exempt["now"] = True
    await ask(gate, scope("/visitor-sql"))  # passes while the first still renders
    exempt["now"] = False
    release["first"].set()
    release["second"].set()
    await asyncio.gather(first, second)
    assert order == ["start /first", "start /visitor-sql", "end /visitor-sql", "end /first", "start /second", "end /second"]


async def test_the_shared_lane_lets_one_holder_in_at_a_time(tmp_path):
    lock = str(tmp_path / "visitor-sql.lock")
    one, other = SharedLane(lock), SharedLane(lock)  # two open files, as two processes have
    await one.acquire()
    waiting = asyncio.create_task(other.acquire())
    await asyncio.sleep(0.05)
    assert not waiting.done()
    one.release()
    await asyncio.wait_for(waiting, 2)
    other.release()
    # Cancelled while waiting, it holds nothing.
    await one.acquire()
    cancelled = asyncio.create_task(other.acquire())
    await asyncio.sleep(0.03)
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    one.release()
    await asyncio.wait_for(other.acquire(), 2)
    other.release()


async def test_without_a_lock_file_the_shared_lane_is_a_no_op():
    lane = SharedLane(None)
    await lane.acquire()
    await lane.acquire()
    lane.release()
