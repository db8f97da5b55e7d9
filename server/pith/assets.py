"""Where the files the service serves live, installed or in a checkout.

The extension's shared scripts and styles have one source, ``extension/lib`` at the
repository root, which the unpacked extension loads. The wheel carries the same files as
``pith/shared`` (see ``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_SHARED = PACKAGE_DIR / "shared"
_CHECKOUT_SHARED = PACKAGE_DIR.parent.parent / "extension" / "lib"

# The shared modules the service serves at /shared/ (the reader page loads them).
SERVED_FILES = ("capture.js", "highlight.js", "render.js", "pith.css")


@cache
def shared_dir() -> Path:
    """The folder holding the shared extension modules."""
    if (_INSTALLED_SHARED / "render.js").is_file():
        return _INSTALLED_SHARED
    if (_CHECKOUT_SHARED / "render.js").is_file():
        return _CHECKOUT_SHARED
    raise FileNotFoundError(
        "Pith's shared extension scripts are missing: reinstall the package "
        f"(looked in {_INSTALLED_SHARED} and {_CHECKOUT_SHARED})."
    )

