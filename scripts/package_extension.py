"""Build the extension packages: dist/pith-chrome.zip and dist/pith-firefox.zip.

    python scripts/package_extension.py [--out dist]

Both hold manifest.json and the extension/ folder only (no Python, no __pycache__). The
Firefox build's manifest swaps the service worker for background.scripts, which Firefox's
Manifest V3 requires, and adds the gecko id that signing and storage.sync need. The unpacked
folders are left beside the zips (dist/chrome, dist/firefox) for `web-ext lint` and for
loading by hand.
"""

from __future__ import annotations

import argparse
import json
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GECKO_ID = "pith@pith.invalid"
# Firefox 128 is the oldest ESR with the MV3 APIs Pith uses (scripting, action, storage).
GECKO_MIN_VERSION = "128.0"


def firefox_manifest(manifest: dict) -> dict:
    manifest = json.loads(json.dumps(manifest))
    worker = manifest["background"].pop("service_worker")
    manifest["background"]["scripts"] = [worker]
    manifest["browser_specific_settings"] = {
        "gecko": {
            "id": GECKO_ID,
            "strict_min_version": GECKO_MIN_VERSION,
            # Pages go only to the reader's own local service: nothing is collected.
            "data_collection_permissions": {"required": ["none"]},
        }
    }
    return manifest


def extension_files() -> list[Path]:
    return sorted(p for p in (ROOT / "extension").rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith("."))


def build(out: Path, name: str, manifest: dict) -> Path:
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    for path in extension_files():
        target = folder / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    archive = out / f"pith-{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return archive


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, variant in (("chrome", manifest), ("firefox", firefox_manifest(manifest))):
        print(build(args.out, name, variant))


if __name__ == "__main__":
    main()
