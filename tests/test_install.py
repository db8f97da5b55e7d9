"""Pith as a user installs it: the built wheel, serving from a folder outside the checkout.

By default the wheel is built here (no network: hatchling comes with the test extra) and
unpacked into a temporary folder that goes first on the path, so the service imports the
wheel's files, not the checkout's. CI also installs the wheel into a clean virtual environment
and, with ``PITH_INSTALLED=/path/to/bin/pith``, runs these same checks against that command.
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from tests.conftest import CHROMIUM, HANG_GUARD_S, PAGES, ROOT, PageHandler, pith_serving, serving

INSTALLED = os.environ.get("PITH_INSTALLED")
SHARED_SOURCES = sorted(p.name for p in (ROOT / "extension" / "lib").iterdir())


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(out), str(ROOT)], check=True, timeout=300)
    return next(out.glob("pith-*.whl"))


def test_wheel_carries_everything_the_service_serves(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for name in SHARED_SOURCES:
        assert f"pith/shared/{name}" in names, name
    for needed in ("pith/openapi.json", "pith/data/survey.json", "pith/templates/home.html",
                   "pith/templates/reader.html", "pith/static/reader.js",
                   "pith/static/reader.css"):
        assert needed in names, needed
    assert not [n for n in names if n.startswith(("server/", "extension/", "tests/"))]
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: Apache-2.0" in metadata
    assert "Requires-Dist: lxml" in metadata
    assert re.search(r"Requires-Dist: readability-lxml.*<", metadata)
    assert re.search(r"Requires-Dist: sumy.*<", metadata)
    assert "Requires-Dist: warcio" in metadata and "Provides-Extra: batch" in metadata


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> tuple[list[str], Path, dict | None]:
    """The installed ``pith`` command, a folder outside the checkout to run it in, its env."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # not the checkout: no extension/ beside it
    if INSTALLED:
        return [INSTALLED], elsewhere, None
    site = tmp_path_factory.mktemp("site")
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run([sys.executable, "-c", "import pith; print(pith.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(site), where.stdout
    return [sys.executable, "-m", "pith.cli"], elsewhere, env


@pytest.fixture(scope="module")
def service(installed):
    command, elsewhere, env = installed
    with pith_serving(command, cwd=elsewhere, env=env) as origin:
        yield origin


def test_batch_from_the_installed_command(installed, tmp_path):
    """`pith batch` with the wheel's own dependencies (warcio, tqdm), workers included."""
    command, elsewhere, env = installed
    out = tmp_path / "out.jsonl"
    done = subprocess.run([*command, "batch", str(PAGES / "seed-wordpress"), "--out", str(out),
                           "--workers", "1"], cwd=elsewhere, env=env, capture_output=True,
                          text=True, timeout=6 * HANG_GUARD_S)
    assert done.returncode == 0, done.stderr
    assert "1 done, 0 failed, 0 skipped" in done.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert "irreversible" in json.loads(line)["tldr"] + str(json.loads(line)["key_points"])


def _get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=HANG_GUARD_S) as response:
        return response.status, response.headers.get_content_type(), response.read()


def _bookmarklet(home: str) -> str:
    href = re.search(r'id="bookmarklet" href="([^"]+)"', home).group(1)
    href = html_lib.unescape(href)
    assert href.startswith("javascript:")
    return unquote(href[len("javascript:"):])


def test_home_page_offers_the_bookmarklet(service):
    status, media_type, body = _get(service + "/")
    assert (status, media_type) == (200, "text/html")
    code = _bookmarklet(body.decode())
    assert f'var ORIGIN="{service}"' in code and "postMessage" in code


@pytest.mark.parametrize("page", ["/", "/reader"])
def test_every_asset_a_page_references_is_served(service, page):
    body = _get(service + page)[2].decode()
    references = re.findall(r'(?:src|href)="(/[^"]*)"', body)
    assert references, "the page references no scripts or styles"
    for reference in references:
        status, media_type, content = _get(urljoin(service, reference))
        assert status == 200 and content, reference
        if reference.endswith(".js"):
            assert media_type in ("text/javascript", "application/javascript"), reference
        if reference.endswith(".css"):
            assert media_type == "text/css", reference


def test_shared_modules_are_served(service):
    for name in ("capture.js", "highlight.js", "render.js", "pith.css"):
        assert _get(f"{service}/shared/{name}")[2] == (ROOT / "extension" / "lib" / name).read_bytes()


def test_summary_over_http(service):
    request = urllib.request.Request(
        service + "/api/summary", data=(PAGES / "seed-wordpress" / "source.html").read_bytes(),
        headers={"Content-Type": "text/html"})
    with urllib.request.urlopen(request, timeout=HANG_GUARD_S) as response:
        summary = json.loads(response.read())
    points = " ".join(p["text"] for p in summary["key_points"])
    assert "irreversible" in points and "$44.1 billion" in points


class _Article(PageHandler):
    def route(self, path):
        return 200, {"Content-Type": "text/html; charset=utf-8"}, (
            PAGES / "seed-wordpress" / "source.html").read_bytes()


def test_reader_renders_key_points_in_chromium(service, tmp_path):
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            raise RuntimeError(f"Chromium not found at {CHROMIUM}")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    code = _bookmarklet(_get(service + "/")[2].decode())
    with serving(_Article) as news, playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.set_default_timeout(HANG_GUARD_S * 1000)
            page.goto(news + "/story")
            with page.expect_popup() as popup_info:
                page.evaluate(code)
            reader = popup_info.value
            reader.wait_for_selector(".pith-point")
            points = " ".join(reader.locator(".pith-point").all_inner_texts())
            assert "irreversible" in points and "$44.1 billion" in points
            # The reader's styles arrived: the shared stylesheet sets the points' list style.
            assert reader.evaluate(
                "() => [...document.styleSheets].some(s => s.href && s.href.endsWith('/shared/pith.css'))")
        finally:
            browser.close()
