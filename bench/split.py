"""The fixed dev/test split of the extraction benchmark's 120 public pages.

Rule: a page is in ``test`` when the first byte of SHA-256 of its id (the UTF-8 string in
``gold.jsonl``) is odd, else in ``dev``. It depends on nothing but the id, so it never moves
when pages are added or reordered: 62 dev pages, 58 test pages. Tune on ``dev``; report ``test``.
"""

from __future__ import annotations

import hashlib

SPLITS = ("dev", "test", "all")


def split_of(page_id: str) -> str:
    """``"dev"`` or ``"test"`` for a benchmark page id."""
    return "test" if hashlib.sha256(page_id.encode("utf-8")).digest()[0] % 2 else "dev"


def in_split(page_id: str, split: str) -> bool:
    """Whether the page belongs to ``split`` (``dev``, ``test`` or ``all``)."""
    return split == "all" or split_of(page_id) == split
