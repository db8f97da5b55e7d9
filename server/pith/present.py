"""The last stage: a ``Summary`` as JSON, Markdown or plain text. Every output format the
service, the CLI and the batch runner produce is built here."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from .errors import BadRequest
from .models import Summary

# Format names and the media type each is served as.
FORMATS = {
    "json": "application/json",
    "markdown": "text/markdown",
    "text": "text/plain",
}
_ALIASES = {"md": "markdown", "txt": "text"}


def check_format(fmt: str) -> str:
    """The canonical name of format ``fmt``; ``BadRequest`` if it is unknown."""
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise BadRequest(f"Unknown format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
    return name


def to_json(summary: Summary) -> dict:
    """The summary as the HTTP API's JSON object."""
    article = summary.article
    body = {
        "title": article.title,
        "byline": article.byline,
        "site_name": article.site_name,
        "published": article.published,
        "modified": article.modified,
        "language": article.language,
        "url": article.url,
        "image": article.image,
        "readerable": article.readerable,
        "length": summary.length,
        "tldr": summary.tldr,
        "key_points": [{"text": p.text, "paragraph": p.paragraph, "start": p.start,
                        "end": p.end, "section": p.section} for p in summary.key_points],
        "stats": dict(summary.stats),
        "warnings": [{"code": w.code, "message": w.message} for w in article.warnings],
    }
    if summary.timing is not None:
        timing = summary.timing
        body["timing"] = {"elapsed_ms": timing.elapsed_ms, "stage_ms": dict(timing.stage_ms)}
        if timing.cache:
            body["timing"]["cache"] = timing.cache
    if summary.include_text:
        body["paragraphs"] = list(article.paragraphs)
    return body


def render(summary: Summary, fmt: str) -> str:
    """The summary as text in ``fmt`` (``json``, ``markdown`` or ``text``)."""
    fmt = check_format(fmt)
    if fmt == "json":
        return json.dumps(to_json(summary), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return to_markdown(summary)
    return to_text(summary)


def to_markdown(summary: Summary) -> str:
    article = summary.article
    lines = [f"# {_md_escape(article.title or 'Summary')}", ""]
    byline = source_line(summary)
    if byline:
        lines += [f"*{_md_escape(byline)}*", ""]
    if summary.tldr:
        lines += [f"**TL;DR:** {_md_escape(summary.tldr)}", ""]
    lines += ["## Key points", ""]
    for section, points in _by_section(summary.key_points):
        if section:
            lines += ([""] if lines[-1] else []) + [f"### {_md_escape(section)}", ""]
        elif lines[-1]:
            lines.append("")  # points outside a section, after one (the publisher's summary)
        lines += [f"- {_md_escape(point.text)}" for point in points]
    link = _web_link(article.url)
    if link:
        lines += ["", f"[Read the article]({link})"]
    return "\n".join(lines) + "\n"


def to_text(summary: Summary) -> str:
    article = summary.article
    lines = [article.title or "Summary"]
    byline = source_line(summary)
    if byline:
        lines.append(byline)
    lines.append("")
    if summary.tldr:
        lines += [f"TL;DR: {summary.tldr}", ""]
    for section, points in _by_section(summary.key_points):
        if section:
            lines += ([""] if lines[-1] else []) + [section]
        elif lines[-1]:
            lines.append("")
        lines += [f"* {point.text}" for point in points]
    if article.url:
        lines += ["", article.url]
    return "\n".join(lines) + "\n"


def _by_section(points) -> list[tuple[str | None, list]]:
    """The points in runs that share a section heading, each run with its heading."""
    runs: list[tuple[str | None, list]] = []
    for point in points:
        if runs and runs[-1][0] == point.section:
            runs[-1][1].append(point)
        else:
            runs.append((point.section, [point]))
    return runs


def source_line(summary: Summary) -> str:
    """The line under the title, as the popup shows it: the site, the byline, the story's
    day and the reading time."""
    article = summary.article
    parts = [article.site_name, article.byline and f"by {article.byline}",
             _story_date(article.published, article.modified),
             f"{summary.stats.get('reading_minutes', 1)} min read"]
    return " · ".join(p for p in parts if p)


def _story_date(published: str | None, modified: str | None) -> str | None:
    """The day the story was published as the page wrote it ("2019-11-19"), else the day it
    was updated: the points' "Tuesday" and "this month" count from it."""
    if published:
        return published[:10]
    return f"updated {modified[:10]}" if modified else None


def _web_link(url: str | None) -> str | None:
    """``url`` fit for a Markdown link: http(s) only (never ``javascript:``), parentheses
    and spaces escaped."""
    try:
        if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
            return None
    except ValueError:  # a malformed host ("http://[::1")
        return None
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _md_escape(text: str) -> str:
    """Escape what Markdown would read as markup or raw HTML in running text."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)
