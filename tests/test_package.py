"""The extension as shipped: manifest sanity, the Chrome and Firefox packages, web-ext lint."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT

MANIFEST = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))


def _paths(manifest: dict) -> list[str]:
    paths = list(manifest["icons"].values()) + list(manifest["action"]["default_icon"].values())
    paths += [manifest["action"]["default_popup"], manifest["options_ui"]["page"]]
    background = manifest["background"]
    paths += background.get("scripts", []) + [background.get("service_worker")] * (
        "service_worker" in background)
    return paths


def test_manifest_paths_exist_and_point_into_extension():
    for path in _paths(MANIFEST):
        assert path.startswith("extension/") and (ROOT / path).is_file(), path


def test_manifest_asks_only_for_what_it_needs():
    assert MANIFEST["manifest_version"] == 3
    assert sorted(MANIFEST["permissions"]) == ["activeTab", "contextMenus", "scripting",
                                               "storage"]
    assert MANIFEST["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
    assert "_execute_action" in MANIFEST["commands"]


def test_repository_root_has_no_underscore_names():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    top = {line.split("/")[0] for line in tracked.stdout.splitlines()}
    assert not [name for name in top if name.startswith("_") or name.endswith(".py")]


def test_no_html_injection_in_extension_code():
    for path in (ROOT / "extension").rglob("*.js"):
        text = path.read_text(encoding="utf-8")
        assert "innerHTML =" not in text and "insertAdjacentHTML" not in text, path


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package_extension.py"),
                    "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_packages_hold_only_the_extension(packages, browser):
    with zipfile.ZipFile(packages / f"pith-{browser}.zip") as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert all(n == "manifest.json" or n.startswith("extension/") for n in names)
    assert not any(n.endswith(".py") or "__pycache__" in n for n in names)
    assert all(path in names for path in _paths(manifest))
    if browser == "firefox":
        assert manifest["background"] == {"scripts": ["extension/background.js"]}
        assert manifest["browser_specific_settings"]["gecko"]["id"]
    else:
        assert manifest == MANIFEST


def _web_ext() -> str | None:
    return os.environ.get("PITH_WEB_EXT") or shutil.which("web-ext")


@pytest.mark.skipif(not _web_ext() and not os.environ.get("CI"),
                    reason="web-ext is not installed (npm install -g web-ext); CI runs it")
def test_firefox_package_passes_web_ext_lint(packages):
    web_ext = _web_ext()
    assert web_ext, "CI must install web-ext (see .ci/run)"
    result = subprocess.run([web_ext, "lint", "--source-dir", str(packages / "firefox"),
                             "--output", "json", "--no-config-discovery"],
                            capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    problems = report["errors"] + report["warnings"]
    assert not problems, json.dumps(problems, indent=2)


def test_manifest_version_is_the_package_version():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert MANIFEST["version"] == project["version"]
