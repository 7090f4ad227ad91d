"""What the plugin keeps between pages to render them with less work: schema
answers of immutable databases, metadata answers, render_cell asked plugin
by plugin. Each must give what Datasette would have given, and stop giving
it when the files change."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pluggy
import pytest
import yaml
from datasette.app import Datasette

import db.datasette_plugin as plugin
from db.datasette_plugin import FirstAnswerCaller
from db.datasette_plugin.pages import rows_html
from tests.conftest import PROJECT

hookspec = pluggy.HookspecMarker("example")
hookimpl = pluggy.HookimplMarker("example")


class Spec:
    @hookspec
    def render_cell(self, value, column):  # type: ignore[no-untyped-def]
        """A cell's display, or None."""


def manager(*plugins: object) -> pluggy.PluginManager:
    pm = pluggy.PluginManager("example")
    pm.add_hookspecs(Spec)
    for registered in plugins:
        pm.register(registered)
    return pm


class Answers:
    def __init__(self, name: str, answer: object, asked: list[str]) -> None:
        self.name, self.answer, self.asked = name, answer, asked

    @hookimpl
    def render_cell(self, value, column):  # type: ignore[no-untyped-def]
        self.asked.append(self.name)
        return self.answer


@pytest.mark.parametrize(
    "answers, first",
    [
        ([None, None, None], None),
        (["early", None, "late"], "late"),  # pluggy asks the last registered first
        ([None, "middle", None], "middle"),
        (["only"], "only"),
    ],
)
def test_render_cell_gives_pluggys_first_answer(answers, first):
    asked_plain: list[str] = []
    asked_first: list[str] = []
    plain = manager(*(Answers(str(number), answer, asked_plain) for number, answer in enumerate(answers)))
    fast = manager(*(Answers(str(number), answer, asked_first) for number, answer in enumerate(answers)))
    expected = next(iter(plain.hook.render_cell(value=1, column="c")), None)
    caller = FirstAnswerCaller(fast.hook.render_cell)
    assert next(iter(caller(value=1, column="c")), None) == expected == first
    # It stops at the answer kept: the plugins after it are not asked.
    answered_at = next((asked_plain.index(name) for name in asked_plain if answers[int(name)] is not None), len(answers) - 1)
    assert asked_first == asked_plain[: answered_at + 1]


def test_render_cell_leaves_hook_wrappers_to_pluggy():
    class Wrapper:
        @hookimpl(wrapper=True)
        def render_cell(self, value, column):  # type: ignore[no-untyped-def]
            result = yield
            return [*result, "wrapped"]

    pm = manager(Answers("a", "answer", []), Wrapper())
    assert list(FirstAnswerCaller(pm.hook.render_cell)(value=1, column="c")) == ["answer", "wrapped"]


class Row:
    def __init__(self, cells: list[dict]) -> None:
        self.cells = cells


def test_rows_are_written_escaped_in_the_columns_order():
    from markupsafe import Markup

    rows = [
        Row(
            [
                {"column": "id", "value_type": "int", "value": 7},
                {"column": "text", "value_type": "str", "value": "<b>bold</b> & co"},
                {"column": "link", "value_type": "str", "value": Markup('<a href="/x">x</a>')},
            ]
        ),
        [{"column": "id", "value_type": "none", "value": None}, {"column": "_odd name", "value_type": "str", "value": ""}, {}],
    ]
    written = str(rows_html(rows[:1], [1, 2, 0]))
    assert written == (
        '<tr><td class="col-text type-str">&lt;b&gt;bold&lt;/b&gt; &amp; co</td>'
        '<td class="col-link type-str"><a href="/x">x</a></td>'
        '<td class="col-id type-int">7</td></tr>\n'
    )
    second = str(rows_html(rows[1:], [0, 1]))
    assert second.startswith('<tr><td class="col-id type-none">None</td><td class="col-odd-name-')


@pytest.fixture
def small_db(tmp_path):
    path = tmp_path / "small.db"
    conn = sqlite3.connect(path)
    conn.executescript("create table things (id integer primary key, name text); insert into things values (1, 'one');")
    conn.close()
    return path


def count_trips(ds: Datasette) -> list[int]:
    """Counts the SQL thread trips of every database of ds."""
    trips = [0]
    for database in ds.databases.values():
        original = database.execute_fn

        async def counted(fn, original=original):  # type: ignore[no-untyped-def]
            trips[0] += 1
            return await original(fn)

        database.execute_fn = counted
    return trips


async def test_an_immutable_databases_schema_is_read_once_until_its_file_changes(small_db):
    ds = Datasette(immutables=[str(small_db)])
    await ds.invoke_startup()
    assert (await ds.client.get("/small/things")).status_code == 200
    trips = count_trips(ds)
    response = await ds.client.get("/small/things?_nocache=1")
    assert response.status_code == 200 and ">one<" in response.text
    warm = trips[0]
    assert warm <= 4  # the rows, their count and little else
    database = ds.databases["small"]
    assert await database.table_names() == ["things"]
    names = await database.table_names()
    names.append("changed by a caller")
    assert await database.table_names() == ["things"]  # each caller gets its own copy
    stat = small_db.stat()
    os.utime(small_db, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    plugin_identity_wait(ds)
    trips[0] = 0
    assert (await ds.client.get("/small/things?_nocache=2")).status_code == 200
    assert trips[0] > warm  # the schema is read again


def plugin_identity_wait(ds: Datasette) -> None:
    """The files' identity is looked at again at most every IDENTITY_RECHECK_S."""
    import time

    time.sleep(plugin.IDENTITY_RECHECK_S + 0.05)


async def test_a_mutable_databases_schema_is_asked_every_time(small_db):
    ds = Datasette([str(small_db)], settings={})
    await ds.invoke_startup()
    ds.databases["small"].is_mutable = True  # as a database the plugin does not serve immutable
    trips = count_trips(ds)
    await ds.databases["small"].table_columns("things")
    await ds.databases["small"].table_columns("things")
    assert trips[0] == 2


async def test_metadata_answers_follow_an_edit_of_the_metadata_file(seeds_db, tmp_path, monkeypatch):
    edited = tmp_path / "metadata.yml"
    shutil.copyfile(PROJECT / "metadata.yml", edited)
    monkeypatch.setattr(plugin, "metadata_path", lambda: edited)
    monkeypatch.setattr(plugin, "_metadata_cache", {"checked": float("-inf")})
    monkeypatch.setattr(plugin, "METADATA_RECHECK_S", 0.0)
    ds = Datasette([str(seeds_db)])
    await ds.invoke_startup()
    assert ds.metadata("title").startswith("xiaomi.db")
    tree = yaml.safe_load(edited.read_text(encoding="utf-8"))
    tree["title"] = "An edited title"
    edited.write_text(yaml.safe_dump(tree), encoding="utf-8")
    stat = edited.stat()
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert ds.metadata("title") == "An edited title"
    assert "An edited title" in (await ds.client.get("/")).text


@pytest.mark.parametrize(
    "text, marks, expected",
    [
        ("plain <text>", [], "plain &lt;text&gt;"),
        (
            'He said "no" & left',
            [("quote", 8, 12, "/q/1", 'a "quote"')],
            'He said <a href="/q/1" class="marked-link" title="a &#34;quote&#34;"><mark class="quote">&#34;no&#34;</mark></a> &amp; left',
        ),
        ("a 5% rise", [("claim", 2, 4, None, None)], 'a <mark class="claim">5%</mark> rise'),
        (
            "sales rose 5%",
            [("quote", 0, 13, "/q/2", None), ("claim", 11, 13, "/c/3", "sales: 5 %")],
            '<a href="/q/2" class="marked-link"><mark class="quote">sales rose </mark></a>'
            '<a href="/c/3" class="marked-link" title="sales: 5 %"><mark class="claim quote">5%</mark></a>',
        ),
    ],
)
def test_pieces_are_written_escaped_and_linked_to_their_innermost_item(text, marks, expected):
    from db.datasette_plugin.context import Marked, pieces, pieces_html

    cut = pieces(text, [Marked(start, end, kind, href, title) for kind, start, end, href, title in marks])
    assert str(pieces_html(cut)) == expected
