"""The public Python API (``pith.summarize``, ``pith.extract``) as a program uses it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PAGES, ROOT

SEED = PAGES / "seed-wordpress" / "source.html"

# Each order a program may take: the API first, the app first, a stage module first. In a
# fresh interpreter, since a test run has long since imported every module.
PROGRAM = """
import sys
import pith
{first}
html = open(sys.argv[1], "rb").read()
for _ in range(2):
    article = pith.extract(html)
    summary = pith.summarize(html, length="short")
assert article.title and summary.key_points, "no article or no points"
assert pith.extract.__module__ == "pith.pipeline", pith.extract
assert pith.summarize.__module__ == "pith.pipeline", pith.summarize
"""


def _run(first: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM.format(first=first), str(SEED)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_extract_and_summarize_stay_the_functions_whatever_is_imported_first():
    # The stage that finds the article was once the module pith/extract.py: once anything had
    # imported it, ``pith.extract`` was that module, not the function ("'module' object is
    # not callable" on the second call).
    for first in ("", "pith.create_app()", "import pith.pipeline", "pith.summarize"):
        run = _run(first)
        assert run.returncode == 0, (first, run.stderr[-800:])
