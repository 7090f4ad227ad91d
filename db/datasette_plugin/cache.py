"""A shared cache of GET responses, in the server's process.

The database changes only by a rebuild, which replaces the file, so a page
is the same until then: the first request for a URL renders it, the next
ones get the stored bytes. What is stored follows the rules a shared HTTP
cache (a CDN, Varnish) follows for Datasette's responses: only a 200 to a
GET without cookies or credentials, whose Cache-Control does not say
private, no-store or no-cache, that sets no cookie and varies on nothing
but Cookie and Authorization (absent here). Instead of a lifetime, every
entry is tied to the identity of the files it was made from (the database
file's device, inode, size and modification time, and the metadata file's),
so a rebuild or a metadata edit empties the cache at the next request.

Several processes serving the same files (serve.py) can share what they
render through a folder (SharedStore): a page one process rendered is read
from the folder by the others instead of being rendered again. Each process
still keeps its own entries in memory.

Requests for the same URL that arrive while it is being rendered wait for
that one rendering rather than each running it (no stampede when a page
expires or the server starts). Memory is bounded: entries past
MAX_ENTRY_BYTES are not kept, and the least recently used go past
MAX_TOTAL_BYTES.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import marshal
import os
import tempfile
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

MAX_ENTRY_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
UNCACHEABLE_DIRECTIVES = (b"private", b"no-store", b"no-cache")
HARMLESS_VARY = {b"cookie", b"authorization", b"accept-encoding"}

Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[dict[str, Any], Callable[..., Any], Send], Awaitable[None]]


class Stored:
    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body


def storable(status: int, headers: list[tuple[bytes, bytes]]) -> bool:
    if status != 200:
        return False
    for key, value in headers:
        key, value = key.lower(), value.lower()
        if key == b"set-cookie":
            return False
        if key == b"cache-control" and any(directive in value for directive in UNCACHEABLE_DIRECTIVES):
            return False
        if key == b"vary" and any(part.strip() not in HARMLESS_VARY for part in value.split(b",")):
            return False
    return True


class SharedStore:
    """Stored responses in a folder that the processes of one server share,
    one file per response, named by a hash of the files' identity and the
    request's key (so a rebuild never finds older pages). Written to a
    temporary name and renamed into place, so a reader sees a whole file or
    none. The folder is the server's own (the supervisor makes it and
    removes it when it stops); each process writes at most `max_bytes`, then
    keeps what it renders to itself."""

    def __init__(self, folder: str, max_bytes: int = MAX_TOTAL_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.written = 0

    def _path(self, identity: Hashable, key: tuple) -> str:
        return os.path.join(self.folder, hashlib.sha256(repr((identity, key)).encode()).hexdigest())

    def get(self, identity: Hashable, key: tuple) -> Stored | None:
        try:
            with open(self._path(identity, key), "rb") as handle:
                status, headers, body = marshal.loads(handle.read())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        return Stored(status, [(bytes(name), bytes(value)) for name, value in headers], body)

    def put(self, identity: Hashable, key: tuple, stored: Stored) -> None:
        if self.written + len(stored.body) > self.max_bytes:
            return
        data = marshal.dumps((stored.status, [tuple(header) for header in stored.headers], stored.body))
        with contextlib.suppress(OSError):
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".writing-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self._path(identity, key))
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            self.written += len(stored.body)


def request_is_anonymous(scope: dict[str, Any]) -> bool:
    return not any(key in (b"cookie", b"authorization") for key, _ in scope.get("headers", []))


class ResponseCache:
    """ASGI middleware: `cacheable(scope)` says which requests may be served
    from the cache; `identity()` names the files the responses come from."""

    def __init__(
        self,
        app: ASGIApp,
        cacheable: Callable[[dict[str, Any]], bool],
        identity: Callable[[], Hashable],
        max_entry_bytes: int = MAX_ENTRY_BYTES,
        max_total_bytes: int = MAX_TOTAL_BYTES,
        shared: SharedStore | None = None,
    ) -> None:
        self.app = app
        self.shared = shared
        self.cacheable = cacheable
        self.identity = identity
        self.max_entry_bytes = max_entry_bytes
        self.max_total_bytes = max_total_bytes
        self.entries: OrderedDict[tuple, Stored] = OrderedDict()
        self.rendering: dict[tuple, asyncio.Future[Stored | None]] = {}
        self.total_bytes = 0
        self.current_identity: Hashable = None
        self.hits = self.misses = 0

    def key(self, scope: dict[str, Any]) -> tuple:
        host = next((value for key, value in scope.get("headers", []) if key == b"host"), b"")
        # The host and scheme are part of the key: Datasette writes absolute URLs (next_url) with them.
        return (
            scope.get("scheme"),
            host,
            scope.get("root_path", ""),
            scope.get("raw_path") or scope["path"],
            scope.get("query_string", b""),
        )

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Send) -> None:
        if not (scope["type"] == "http" and scope["method"] == "GET" and request_is_anonymous(scope) and self.cacheable(scope)):
            return await self.app(scope, receive, send)
        identity = self.identity()
        if identity != self.current_identity:
            self.entries.clear()
            self.total_bytes = 0
            self.current_identity = identity
        key = self.key(scope)
        stored = self.entries.get(key)
        if stored is None and key in self.rendering:
            stored = await asyncio.shield(self.rendering[key])
        if stored is None and self.shared is not None:
            stored = self.shared.get(identity, key)
            if stored is not None:
                self.store(key, stored)
        if stored is not None:
            self.hits += 1
            if key in self.entries:  # a rendering waited for may not have been kept
                self.entries.move_to_end(key)
            return await self.replay(stored, send)
        self.misses += 1
        pending: asyncio.Future[Stored | None] = asyncio.get_running_loop().create_future()
        self.rendering[key] = pending
        result: Stored | None = None
        try:
            result = await self.render(scope, receive, send, lambda stored: self.keep(identity, key, stored))
        finally:
            if self.rendering.get(key) is pending:
                del self.rendering[key]
            pending.set_result(result)

    def keep(self, identity: Hashable, key: tuple, stored: Stored) -> None:
        if self.current_identity == identity:
            self.store(key, stored)
            if self.shared is not None:
                self.shared.put(identity, key, stored)

    async def render(
        self, scope: dict[str, Any], receive: Callable[..., Any], send: Send, complete: Callable[[Stored], None]
    ) -> Stored | None:
        """Run the app, passing every message on at once, and return what it
        sent if it may be stored. A response that may be stored is given to
        `complete` before its last part is sent, so that a request the client
        sends once it has the whole page (to this process or another) finds
        it stored."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        size = 0
        keep = True

        stored: list[Stored] = []

        async def capture(message: dict[str, Any]) -> None:
            nonlocal size, keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = storable(message["status"], list(message.get("headers", [])))
                message = dict(message, headers=[*message.get("headers", []), (b"x-cache", b"miss")])
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_entry_bytes:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                if keep and start and not message.get("more_body", False):
                    stored.append(Stored(start["status"], list(start.get("headers", [])), b"".join(chunks)))
                    complete(stored[0])
            await send(message)

        await self.app(scope, receive, capture)
        return stored[0] if stored else None

    def store(self, key: tuple, stored: Stored) -> None:
        self.entries[key] = stored
        self.total_bytes += len(stored.body)
        while self.total_bytes > self.max_total_bytes and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.total_bytes -= len(dropped.body)

    @staticmethod
    async def replay(stored: Stored, send: Send) -> None:
        await send({"type": "http.response.start", "status": stored.status, "headers": [*stored.headers, (b"x-cache", b"hit")]})
        await send({"type": "http.response.body", "body": stored.body})
