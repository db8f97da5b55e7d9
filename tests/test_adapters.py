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
