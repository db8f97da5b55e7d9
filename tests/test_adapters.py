"""The seams to readability-lxml and sumy: only the adapters touch them, and a release that
moves an internal Pith relies on fails here with a message naming it."""

from __future__ import annotations

import ast

import pytest

from pith.adapters import LibraryChanged
from pith.adapters import readability as readability_adapter
from pith.adapters import sumy as sumy_adapter
from pith.adapters import waitress as waitress_adapter
from tests.conftest import ROOT

PACKAGE = ROOT / "server" / "pith"


def _imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_only_the_adapters_import_readability_and_sumy():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "adapters":
            continue
        for module in _imported_modules(path):
            if module.split(".")[0] in ("readability", "sumy"):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offenders


@pytest.mark.parametrize("adapter", [readability_adapter, sumy_adapter, waitress_adapter])
def test_installed_releases_provide_what_the_adapters_use(adapter):
    adapter.check()


def test_a_moved_readability_internal_is_named(monkeypatch):
    from readability import Document

    monkeypatch.delattr(Document, "_parse")
    with pytest.raises(LibraryChanged, match=r"Document\._parse.*readability-lxml >=0\.9,<0\.10"):
        readability_adapter.check()


def test_a_changed_sumy_internal_is_named(monkeypatch):
    monkeypatch.setattr(sumy_adapter, "SentenceInfo",
                        type("SentenceInfo", (tuple,), {"_fields": ("sentence", "rating")}))
    with pytest.raises(LibraryChanged, match=r"SentenceInfo.*sumy >=0\.11,<0\.14"):
        sumy_adapter.check()


@pytest.mark.parametrize("language", ["greek", "polish", "malayalam", None])
def test_a_stemmer_sumy_cannot_build_falls_back_to_none(language):
    stem = sumy_adapter.stemmer_for(language)
    assert stem("Words") in ("Words", "words", "word")


def test_the_czech_stemmer_stems_quietly_and_leaves_numbers_as_they_are():
    import warnings

    stem = sumy_adapter.stemmer_for("czech")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # sumy warns on "2025" and "iPhone"
        assert [stem(w) for w in ("2025", "iPhone")] == ["2025", "iPhone"]
        assert stem("rozpočtu") != "rozpočtu"  # a word in one case is stemmed


# --- the readability adapter's fast paths return exactly what readability-lxml does -------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from readability import Document  # noqa: E402
from readability import readability as readability_module  # noqa: E402

from pith.parse import parse  # noqa: E402
from tests.conftest import PAGES, page_slugs  # noqa: E402
from tests.test_properties import html_pages  # noqa: E402

WHITESPACE_TEXT = st.text(alphabet=[" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\f", "a",
                                    ",", "."], max_size=400)


@settings(max_examples=500, deadline=None)
@given(WHITESPACE_TEXT, st.integers(0, 300), st.booleans())
def test_clean_length_is_readabilitys(text, run, newline):
    text = text + " " * run + ("\n" if newline else "") + text[::-1]
    assert readability_adapter._clean_length(text) == len(readability_module.clean(text))


class _Plain(Document):
    """readability-lxml on a prepared tree with none of the adapter's fast paths."""

    def _parse(self, input):
        import copy

        self.encoding = "utf-8"
        return copy.deepcopy(input)


def _both(html: str) -> tuple[str, str]:
    """What the adapter's fast paths and plain readability-lxml each make of ``html``: the
    summary, or the error readability gives up with (on some generated markup both give up,
    "cannot append parent to itself", and must do so alike)."""
    tree = parse(html)
    readability_adapter.prepare(tree)

    def outcome(document) -> str:
        try:
            return document.summary(html_partial=True)
        except readability_module.Unparseable as error:
            return f"Unparseable: {error}"

    return outcome(readability_adapter._PreparedDocument(tree)), outcome(_Plain(tree))


@pytest.mark.parametrize("slug", page_slugs())
def test_fast_paths_pick_what_readability_picks_on_the_fixtures(slug):
    fast, plain = _both((PAGES / slug / "source.html").read_bytes().decode("utf-8", "replace"))
    assert fast == plain


@settings(max_examples=150, deadline=None)
@given(html_pages())
def test_fast_paths_pick_what_readability_picks_on_any_markup(body):
    page = ("<html><body><div class='content'><div id='sidebar'>" + body + "</div><div>"
            + body + "</div></div><pre><span class='comment'>" + body + "</span></pre></body></html>")
    fast, plain = _both(page)
    assert fast == plain


@pytest.mark.parametrize("markup", [
    '<span title="<p>x</p>">inline with a quoted block in an attribute</span>',
    '<span data-html="<div>">another</span> text <b>bold</b>',
    '<the the<p>broken tag</the>', '<x<p>odd name</x<p>'])
def test_fast_paths_match_readability_on_markup_inside_names_and_attributes(markup):
    page = (f"<html><body><div class='story'><div>{markup} and enough words to count as a "
            f"paragraph, with commas, and more.</div><div>Plain text, in a div, {markup}, that "
            "readability may turn into a paragraph of its own.</div></div></body></html>")
    fast, plain = _both(page)
    assert fast == plain


# --- threads ---------------------------------------------------------------------------------

_THREADS_PROBE = """
import json, os, subprocess, sys
import numpy  # loaded first, as in pith serve: its pool already started
from threadpoolctl import threadpool_info
before = max(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")
from pith.adapters.threads import one_thread_per_process
one_thread_per_process()
after = max(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")
child = subprocess.run([sys.executable, "-c", "import numpy; from threadpoolctl import "
                        "threadpool_info; print(max(p['num_threads'] for p in "
                        "threadpool_info() if p['user_api'] == 'blas'))"],
                       capture_output=True, text=True, check=True).stdout.strip()
print(json.dumps({"before": before, "after": after, "child": int(child)}))
"""


def test_serve_and_batch_keep_the_maths_pool_to_one_thread_here_and_in_children():
    """pith serve and pith batch run pages in parallel: a page's small matrix products get
    one thread, in the process and in the workers it starts."""
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
               if not k.endswith(("_NUM_THREADS", "_MAXIMUM_THREADS"))}
    result = subprocess.run([sys.executable, "-c", _THREADS_PROBE], capture_output=True,
                            text=True, env=env, cwd=ROOT, check=True)
    counts = json.loads(result.stdout)
    # Unlimited, the pool has a thread per core (so the probe can tell the difference).
    assert counts["before"] == os.cpu_count() or os.cpu_count() == 1, counts
    assert counts["after"] == 1 and counts["child"] == 1, counts
