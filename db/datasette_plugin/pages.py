"""What the plugin's templates show: row pages with their context, the column
order of lists, the about page. Queries are read-only and bounded by id."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode

from datasette.utils import path_with_removed_args, path_with_replaced_args, to_css_class, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from db.datasette_plugin.context import Marked, differing_words, enclosing, format_number, pieces

UNKNOWN_OUTLET = "outlet not known"
PLUGIN = "xiaomi-db"


def column_order(datasette: Any, database: str | None, table: str | None) -> Callable[[list[str]], list[int]]:
    """A function of a list's column names giving the order to show them in:
    the table's reading columns first (metadata: plugins.xiaomi-db.columns_first),
    the rest as they are, ids and offsets last (columns_last)."""
    config = datasette.plugin_config(PLUGIN) or {}
    first = (config.get("columns_first") or {}).get(table or "", [])
    last = config.get("columns_last") or []

    def order(names: list[str]) -> list[int]:
        def rank(item: tuple[int, str]) -> tuple[int, int]:
            position, name = item
            if name in first:
                return (0, first.index(name))
            if name in last:
                return (2, last.index(name))
            return (1, position)

        return [position for position, _ in sorted(enumerate(names), key=rank)]

    return order


@functools.lru_cache(maxsize=4096)
def _cell_start(column: str, value_type: str) -> str:
    return f'<td class="col-{escape(to_css_class(column))} type-{escape(value_type)}">'


def rows_html(display_rows: list[Any], order: Iterable[int]) -> Markup:
    """The body rows of a list of rows, as _table.html wrote them cell by
    cell: one <tr> per row, its cells in `order`, each escaped unless a
    plugin rendered it as markup. Written here because Jinja's async
    rendering cost about 10 µs a cell, a fifth of a table page."""
    order = list(order)
    out = []
    for row in display_rows:
        cells = getattr(row, "cells", row)
        out.append("<tr>")
        for index in order:
            cell = cells[index]
            value = cell["value"]
            out += (
                _cell_start(cell["column"], cell["value_type"]),
                value if isinstance(value, Markup) else escape(value),
                "</td>",
            )
        out.append("</tr>\n")
    return Markup("".join(out))


PAGED_SQL_MARK = ":_page_offset"
NAMED_PARAMETER = re.compile(r"(?<![:\w]):([A-Za-z]\w*)")


def page_size(datasette: Any, request: Any) -> int:
    """Rows per page of a canned query: ?_size=N or max, as on a table."""
    most = datasette.setting("max_returned_rows")
    asked = request.args.get("_size") if request is not None else None
    if asked == "max":
        return most
    if asked and asked.isdigit() and int(asked) > 0:
        return min(int(asked), most)
    return min(datasette.setting("default_page_size"), most)


def page_offset(request: Any) -> int:
    """Rows skipped before this page: ?_next=N."""
    asked = request.args.get("_next") if request is not None else None
    return int(asked) if asked and asked.isdigit() else 0


def query_paging(datasette: Any, database: str | None, request: Any) -> dict[str, Any] | None:
    """For a paged canned query's page: where it starts, its size and the
    links to the previous and next pages (the template shows the next link
    when the page is full)."""
    if request is None or not database:
        return None
    name = (request.url_vars or {}).get("table")
    queries = datasette.metadata("queries", database=database) or {}
    query = queries.get(name) if name else None
    if not isinstance(query, dict) or PAGED_SQL_MARK not in query.get("sql", ""):
        return None

    size, offset = page_size(datasette, request), page_offset(request)
    previous = max(0, offset - size)
    # Datasette offers no "Edit SQL" for SQL with hidden parameters: this
    # page's SQL, with its page written in, is offered instead.
    sql = query["sql"].replace(":_page_size", str(size)).replace(PAGED_SQL_MARK, str(offset))
    parameters = {name: request.args.get(name, "") for name in dict.fromkeys(NAMED_PARAMETER.findall(sql))}
    return {
        "first": offset + 1,
        "size": size,
        "edit_sql_url": datasette.urls.database(database) + "?" + urlencode({"sql": sql, **parameters}),
        "next_url": path_with_replaced_args(request, {"_next": str(offset + size)}),
        "previous_url": (
            None
            if offset == 0
            else path_with_removed_args(request, {"_next"})
            if previous == 0
            else path_with_replaced_args(request, {"_next": str(previous)})
        ),
    }


def outlet_name(name: str | None) -> str:
    return name or UNKNOWN_OUTLET


async def _rows(db: Any, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def _article(db: Any, article_id: str) -> dict[str, Any] | None:
    rows = await _rows(
        db,
        """
        SELECT a.id, a.text, a.label, a.label_is_derived, a.title, a.published, a.byline, o.name AS outlet
        FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = :id""",
        {"id": article_id},
    )
    if not rows:
        return None
    article = rows[0]
    article["outlet"] = outlet_name(article["outlet"])
    article["paragraphs"] = [
        (r["span_start"], r["span_end"])
        for r in await _rows(
            db, "SELECT span_start, span_end FROM paragraphs WHERE article_id = :id ORDER BY span_start", {"id": article_id}
        )
    ]
    return article


def _passage(article: dict[str, Any], start: int, end: int, marks: list[Marked]) -> dict[str, Any]:
    """The paragraph(s) around [start, end), cut into pieces for marking."""
    text = article["text"]
    passage_start, passage_end = enclosing(article["paragraphs"], start, end, len(text))
    return {
        "pieces": pieces(text[passage_start:passage_end], marks, offset=passage_start),
        "start": passage_start,
        "end": passage_end,
    }


async def row_context(datasette: Any, database: str, table: str, request: Any) -> dict[str, Any]:
    builders = {
        "articles": _article_context,
        "quotes": _quote_context,
        "claims": _claim_context,
        "quote_groups": _quote_group_context,
        "claim_groups": _claim_group_context,
    }
    pks = urlsafe_components(request.url_vars.get("pks", ""))
    db = datasette.get_database(database)
    if len(pks) != 1:
        return {}
    builder = builders.get(table)
    if builder is not None:
        urls = _Urls(datasette, database)
        context = await builder(db, pks[0], urls)
        if context:
            return {"xiaomi_context": context, "row_heading": context.get("heading")}
    label_column = await db.label_column_for_table(table)
    primary_keys = await db.primary_keys(table)
    if label_column and len(primary_keys) == 1 and label_column in await db.table_columns(table):
        rows = await _rows(db, f'SELECT "{label_column}" AS label FROM "{table}" WHERE "{primary_keys[0]}" = :pk', {"pk": pks[0]})
        if rows and rows[0]["label"] not in (None, ""):
            return {"row_heading": str(rows[0]["label"])}
    return {}


class _Urls:
    def __init__(self, datasette: Any, database: str) -> None:
        self.datasette, self.database = datasette, database

    def row(self, table: str, pk: object) -> str:
        return self.datasette.urls.row(self.database, table, str(pk))

    def table(self, table: str, **args: str) -> str:
        from urllib.parse import urlencode

        base = self.datasette.urls.table(self.database, table)
        return base + ("?" + urlencode(args) if args else "")


async def _article_context(db: Any, article_id: str, urls: _Urls) -> dict[str, Any] | None:
    article = await _article(db, article_id)
    if article is None:
        return None
    quotes = await _rows(
        db,
        """
        SELECT q.id, q.span_start, q.span_end, q.kind, p.name AS speaker FROM quotes q
        LEFT JOIN people p ON p.id = q.speaker_id WHERE q.article_id = :id""",
        {"id": article_id},
    )
    claims = await _rows(
        db,
        """
        SELECT id, span_start, span_end, value, unit, metric FROM claims WHERE article_id = :id""",
        {"id": article_id},
    )
    marks = [
        Marked(
            q["span_start"],
            q["span_end"],
            "quote",
            urls.row("quotes", q["id"]),
            f"{q['kind']} quote, speaker: {q['speaker'] or 'not known'}",
        )
        for q in quotes
    ]
    marks += [
        Marked(
            c["span_start"],
            c["span_end"],
            "claim",
            urls.row("claims", c["id"]),
            f"{c['metric']}: {format_number(c['value'])} {c['unit']}",
        )
        for c in claims
    ]
    return {
        "kind": "article",
        "heading": article["label"],
        "article": article,
        "text_pieces": pieces(article["text"], marks),
        "quote_count": len(quotes),
        "claim_count": len(claims),
        "quotes_url": urls.table("quotes", article_id=article_id, _sort="reading_order"),
        "claims_url": urls.table("claims", article_id=article_id, _sort="reading_order"),
    }


async def _quote_context(db: Any, quote_id: str, urls: _Urls) -> dict[str, Any] | None:
    rows = await _rows(
        db,
        """
        SELECT q.*, p.name AS speaker FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id
        WHERE q.id = :id""",
        {"id": quote_id},
    )
    if not rows:
        return None
    quote = rows[0]
    article = await _article(db, quote["article_id"])
    if article is None:
        return None
    groups = await _rows(
        db,
        """
        SELECT g.id, g.text, g.article_count, m.match, m.difference FROM quote_group_members m
        JOIN quote_groups g ON g.id = m.group_id WHERE m.quote_id = :id ORDER BY g.article_count DESC, g.id""",
        {"id": quote_id},
    )
    for group in groups:
        group["url"] = urls.row("quote_groups", group["id"])
    words = quote["text"]
    return {
        "kind": "quote",
        "heading": f"“{words[:120]}{'…' if len(words) > 120 else ''}”",
        "quote": quote,
        "speaker": quote["speaker"]
        or (f"not known (the text says “{quote['speaker_as_written']}”)" if quote["speaker_as_written"] else "not known"),
        "speaker_url": urls.row("people", quote["speaker_id"]) if quote["speaker_id"] else None,
        "article": article,
        "article_url": urls.row("articles", quote["article_id"]),
        "passage": _passage(
            article, quote["span_start"], quote["span_end"], [Marked(quote["span_start"], quote["span_end"], "quote")]
        ),
        "groups": groups,
    }


async def _claim_context(db: Any, claim_id: str, urls: _Urls) -> dict[str, Any] | None:
    rows = await _rows(
        db,
        """
        SELECT c.*, o.name AS subject, g.status, g.disagreements, g.article_count FROM claims c
        LEFT JOIN organisations o ON o.id = c.subject_id JOIN claim_groups g ON g.id = c.group_id
        WHERE c.id = :id""",
        {"id": claim_id},
    )
    if not rows:
        return None
    claim = rows[0]
    article = await _article(db, claim["article_id"])
    if article is None:
        return None
    subject = claim["subject"] or "subject not known"
    return {
        "kind": "claim",
        "heading": f"{claim['text']} — {subject}, {claim['metric']}",
        "claim": claim,
        "value": format_number(claim["value"]),
        "also_value": format_number(claim["also_value"]),
        "subject": subject,
        "subject_url": urls.row("organisations", claim["subject_id"]) if claim["subject_id"] else None,
        "article": article,
        "article_url": urls.row("articles", claim["article_id"]),
        "group_url": urls.row("claim_groups", claim["group_id"]),
        "passage": _passage(
            article, claim["span_start"], claim["span_end"], [Marked(claim["span_start"], claim["span_end"], "claim")]
        ),
    }


async def _quote_group_context(db: Any, group_id: str, urls: _Urls) -> dict[str, Any] | None:
    rows = await _rows(
        db,
        """
        SELECT g.*, p.name AS speaker FROM quote_groups g LEFT JOIN people p ON p.id = g.speaker_id
        WHERE g.id = :id""",
        {"id": group_id},
    )
    if not rows:
        return None
    group = rows[0]
    members = await _rows(
        db,
        """
        SELECT m.id, m.quote_id, m.article_id, m.text, m.match, m.score, m.difference, q.kind,
               a.label AS article_label, o.name AS outlet
        FROM quote_group_members m JOIN quotes q ON q.id = m.quote_id JOIN articles a ON a.id = m.article_id
        LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE m.group_id = :id ORDER BY m.article_id, m.span_start""",
        {"id": group_id},
    )
    for member in members:
        member["outlet"] = outlet_name(member["outlet"])
        member["url"] = urls.row("quotes", member["quote_id"])
        member["article_url"] = urls.row("articles", member["article_id"])
        changed = differing_words(group["text"], member["text"])
        member["pieces"] = pieces(member["text"], [Marked(s, e, "changed") for s, e in changed])
        member["changed_words"] = len(changed)
    words = group["text"]
    return {
        "kind": "quote_group",
        "heading": f"“{words[:120]}{'…' if len(words) > 120 else ''}”",
        "group": group,
        "speaker": group["speaker"] or "not known",
        "members": members,
    }


COMPARED_FIELDS = ("value", "unit", "period", "scope", "modality")


def _majority(values: Iterable[Any]) -> set[Any]:
    """The value more than half the versions share, as a one-item set; else empty."""
    counts = Counter(values)
    total = sum(counts.values())
    return {value for value, count in counts.items() if count * 2 > total}


async def _claim_group_context(db: Any, group_id: str, urls: _Urls) -> dict[str, Any] | None:
    rows = await _rows(
        db,
        """
        SELECT g.*, o.name AS subject FROM claim_groups g LEFT JOIN organisations o ON o.id = g.subject_id
        WHERE g.id = :id""",
        {"id": group_id},
    )
    if not rows:
        return None
    group = rows[0]
    members = await _rows(
        db,
        """
        SELECT c.id, c.article_id, c.span_start, c.span_end, c.text, c.value, c.unit, c.period, c.scope,
               c.modality, a.label AS article_label, o.name AS outlet, s.text AS sentence, s.span_start AS sentence_start
        FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN sentences s ON s.article_id = c.article_id AND s.span_start <= c.span_start AND c.span_end <= s.span_end
        WHERE c.group_id = :id ORDER BY c.article_id, c.span_start""",
        {"id": group_id},
    )
    differing = {name for name in COMPARED_FIELDS if len({m[name] for m in members}) > 1}
    majority = {name: _majority(m[name] for m in members) for name in COMPARED_FIELDS}
    for member in members:
        member["outlet"] = outlet_name(member["outlet"])
        member["url"] = urls.row("claims", member["id"])
        member["article_url"] = urls.row("articles", member["article_id"])
        member["value_as_number"] = format_number(member["value"])
        # A field is flagged where the group disagrees on it, unless this version is the one most articles give.
        member["flagged"] = {name for name in differing if member[name] not in majority[name]}
        sentence = member["sentence"] or member["text"]
        offset = member["sentence_start"] if member["sentence"] is not None else member["span_start"]
        member["pieces"] = pieces(sentence, [Marked(member["span_start"], member["span_end"], "claim")], offset=offset)
    return {
        "kind": "claim_group",
        "heading": f"{group['subject'] or 'Subject not known'}: {group['metric']} ({group['unit']})",
        "group": group,
        "members": members,
        "fields": COMPARED_FIELDS,
        "differing": differing,
    }


async def about_page(datasette: Any, request: Any) -> Response:
    return Response.html(
        await datasette.render_template("xiaomi_about.html", {"metadata": datasette.metadata()}, request=request)
    )
