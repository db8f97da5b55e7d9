"""The pith command, in-process, and `pith serve` as a real process called with curl."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import urllib.request

import pytest

from pith.cli import main
from tests.conftest import PAGES, ROOT, STORY, article_html, pith_serving

SEED = PAGES / "seed-wordpress" / "source.html"


def test_summary_of_a_file_as_json(capsys):
    assert main(["summary", str(SEED), "--format", "json", "--length", "short"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"].startswith("NATO Chief")
    assert 1 <= len(data["key_points"]) <= 3


def test_summary_of_stdin_as_markdown(capsys, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(article_html(STORY).encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["summary", "-", "--format", "markdown", "--url", "https://e.org/x"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# A test story") and "## Key points" in out
    assert "(https://e.org/x)" in out


def test_extract_prints_title_then_text(capsys):
    assert main(["extract", str(SEED)]) == 0
    out = capsys.readouterr().out
    title, _, body = out.partition("\n\n")
    assert title.startswith("NATO Chief") and "Also Read" not in body
    assert "$44.1 billion" in body


@pytest.mark.parametrize("argv,code", [
    (["summary", "/no/such/file.html"], 3),
    (["summary", str(PAGES / "not-an-article.html")], 3),
    (["summary", "http://127.0.0.1:9/"], 3),
    (["summary", "http://127.0.0.1:9/", "--allow-private-urls"], 4),
])
def test_exit_codes(argv, code, capsys):
    assert main(argv) == code
    err = capsys.readouterr().err
    assert err.startswith("pith: ") and "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["summary", str(SEED), "--length", "tiny"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("argv", [["--help"], ["serve", "--help"], ["summary", "--help"],
                                  ["extract", "--help"], ["batch", "--help"]])
def test_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    assert "exit codes" in capsys.readouterr().out


# --- a real server process --------------------------------------------------------------

@pytest.fixture(scope="module")
def served():
    # The console script installed beside this interpreter (the venv's bin/ may not be on PATH).
    pith = shutil.which("pith", path=os.path.dirname(sys.executable)) or shutil.which("pith")
    if not pith:
        pytest.fail("the pith command is not installed: pip install -e .")
    with pith_serving([pith], cwd=ROOT) as origin:
        yield int(origin.rsplit(":", 1)[1])


def readme_curl_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- curl-examples -->", 2)[1]
    return [line for line in block.splitlines() if line.startswith("curl ")]


def test_readme_shows_curl_examples():
    assert len(readme_curl_commands()) >= 4


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("command", readme_curl_commands())
def test_readme_curl_examples_work(served, command):
    command = command.replace("127.0.0.1:8765", f"127.0.0.1:{served}")
    result = subprocess.run(shlex.split(command) + ["--fail-with-body", "--max-time", "30"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    if "format=markdown" in command:
        assert "## Key points" in out
    elif "format=text" in command:
        assert "TL;DR:" in out
    elif "/healthz" in command:
        assert json.loads(out)["status"] == "ok"
    else:
        data = json.loads(out)
        assert data["key_points"] and data["tldr"]
        if "seed-" in command:
            points = " ".join(p["text"] for p in data["key_points"])
            assert "$44.1 billion" in points and "irreversible" in points


def test_served_errors_are_json(served):
    request = urllib.request.Request(f"http://127.0.0.1:{served}/api/summary",
                                     data=b"%PDF-1.4", headers={"Content-Type": "text/html"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert error.value.code == 415
    assert json.loads(error.value.read())["error"]["code"] == "unsupported_media_type"
    assert re.match(r"^Pith", error.value.headers.get("Server", ""))
