"""docs/architecture.md's import rules, checked against every module of the package."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

PACKAGE = ROOT / "server" / "pith"
TABLES = {"languages"} | {f"languages.{path.stem}" for path in
                          (PACKAGE / "languages").glob("*.py") if path.stem != "__init__"}
LAYERS = {
    "foundation": {"errors", "config", "models", "assets"},
    "tables": TABLES,
    "adapters": {"adapters", "adapters.readability", "adapters.sumy", "adapters.threads",
                 "adapters.waitress"},
    "stages": {"decode", "parse", "metadata", "bylines", "dates", "readerable", "title",
               "recover", "extraction", "boilerplate", "clean", "language", "segment",
               "summarizer", "rank", "select", "present"},
    "orchestration": {"pipeline"},
}
MAY_IMPORT = {
    "foundation": set(),
    "tables": {"tables"},
    "adapters": {"foundation", "adapters"},
    "stages": {"foundation", "tables", "adapters", "stages"},
    "orchestration": {"foundation", "stages"},
}
# The documented exception: Summary.to_dict() asks present for the JSON form, lazily.
ALLOWED = {("models", "present")}


def _layer(module: str) -> str:
    for layer, modules in LAYERS.items():
        if module in modules:
            return layer
    return "edges"


def _pith_imports(path) -> set[str]:
    module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if "." in module else ""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".") if package else []
            base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
            if node.module:
                found.add(".".join(base + [node.module]))
            else:
                found.update(".".join(base + [alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pith."):
            found.add(node.module.removeprefix("pith."))
    return {name for name in found if name}


def test_every_module_imports_only_what_its_layer_may():
    broken = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(
            ".__init__")
        layer = _layer(module)
        if layer == "edges":
            continue
        for target in _pith_imports(path):
            target = target.removesuffix(".__init__")
            if target.startswith(("adapters.", "languages.")) and target.count(".") > 1:
                target = target.rsplit(".", 1)[0]
            if target == "languages.Rules":
                target = "languages"
            if target == module or (module, target) in ALLOWED:
                continue
            if _layer(target) not in MAY_IMPORT[layer] and not (
                    layer == "adapters" and target == "adapters.LibraryChanged"):
                broken.append(f"{module} ({layer}) imports {target} ({_layer(target)})")
    assert not broken, "\n".join(broken)


def test_the_map_names_every_module():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
               if path.name != "__main__.py"
               and f"`{path.relative_to(PACKAGE).as_posix()}`" not in text]
    assert not missing
