"""Stage 7: present a ``Summary`` as JSON, Markdown or plain text."""

from __future__ import annotations

import json
import re

from .errors import BadRequest
from .models import Summary

FORMATS = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}
_ACCEPT_TYPES = {
    "application/json": "json",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}


def negotiate(fmt: str | None, accept_types: list[str]) -> str:
    """The output format: ``fmt`` if given, else the first type the client accepts."""
    if fmt:
        fmt = fmt.lower()
        if fmt == "md":
            fmt = "markdown"
        if fmt not in FORMATS:
            raise BadRequest(f"Unknown format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
        return fmt
    for media_type in accept_types:
        if media_type in _ACCEPT_TYPES:
            return _ACCEPT_TYPES[media_type]
    return "json"


def render(summary: Summary, fmt: str) -> str:
    """The summary as text in ``fmt`` (``json``, ``markdown`` or ``text``)."""
    if fmt == "json":
        return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return to_markdown(summary)
    if fmt == "text":
        return to_text(summary)
    raise BadRequest(f"Unknown format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")


def to_markdown(summary: Summary) -> str:
    article = summary.article
    lines = [f"# {_md_escape(article.title or 'Summary')}", ""]
    byline = _source_line(summary)
    if byline:
        lines += [f"*{_md_escape(byline)}*", ""]
    if summary.tldr:
        lines += [f"**TL;DR:** {_md_escape(summary.tldr)}", ""]
    lines += ["## Key points", ""]
    lines += [f"- {_md_escape(point.text)}" for point in summary.key_points]
    if article.url:
        lines += ["", f"[Read the article]({article.url.replace(')', '%29')})"]
    return "\n".join(lines) + "\n"


def to_text(summary: Summary) -> str:
    article = summary.article
    lines = [article.title or "Summary"]
    byline = _source_line(summary)
    if byline:
        lines.append(byline)
    lines.append("")
    if summary.tldr:
        lines += [f"TL;DR: {summary.tldr}", ""]
    lines += [f"* {point.text}" for point in summary.key_points]
    if article.url:
        lines += ["", article.url]
    return "\n".join(lines) + "\n"


def _source_line(summary: Summary) -> str:
    article = summary.article
    parts = [article.site_name, article.byline and f"by {article.byline}",
             f"{summary.stats.get('reading_minutes', 1)} min read"]
    return " · ".join(p for p in parts if p)


def _md_escape(text: str) -> str:
    """Escape what Markdown would read as markup or raw HTML in running text."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)
