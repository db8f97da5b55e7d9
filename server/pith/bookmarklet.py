"""Build the bookmarklet from the extension's own capture and highlight code.

One source: ``extension/lib/capture.js`` and ``highlight.js`` (which the extension injects)
plus ``bookmarklet.js`` (the hand-off to the reader window), concatenated into a
``javascript:`` URL for the service's origin. Built when the home page is served, so it can
never fall out of date with the extension.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import quote

from .assets import shared_dir

_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _source(name: str) -> str:
    text = _BLOCK_COMMENT.sub("", (shared_dir() / name).read_text(encoding="utf-8"))
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


@lru_cache(maxsize=8)
def build(origin: str) -> str:
    """The bookmarklet, a ``javascript:`` URL that hands the page to ``origin``'s reader."""
    capture = _source("capture.js").rstrip(";")
    code = (
        "(function(){"
        f"var ORIGIN={json.dumps(origin)};\n"
        f"var page={capture};\n"
        f"{_source('highlight.js')}\n"
        f"{_source('bookmarklet.js')}\n"
        "})();"
    )
    # Keep it readable where that is safe; encode everything HTML or URLs treat specially.
    return "javascript:" + quote(code, safe="(){}[];,.=:!*+-_/?|$~@")
