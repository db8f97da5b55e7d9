"""Language detection: Pith's detector against the candidates, on short and long texts.

    python bench/languages.py [--locale-dir /usr/share/locale] [--per-language 40]

The texts are real human translations: the messages of the programs whose gettext catalogues
(``.mo`` files) a Debian system carries, in every language present. Short texts are single
messages of 40-200 characters; long texts are 800-1,500 characters of messages joined (the
size of a news article's opening). Catalogues are read at run time and nothing of them is
kept. Reported per detector: accuracy on short and long texts (over the languages that
detector knows, and over the languages Pith has rule tables for), median time per call, and
the start-up (model load) time.
"""

from __future__ import annotations

import argparse
import gettext
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))

# Catalogues with long, prose-like messages (help texts, descriptions).
DOMAINS = ("coreutils", "findutils", "grep", "diffutils", "gettext-tools", "gettext-runtime",
           "bash", "apt", "dpkg", "git", "gnupg2", "glib20", "gtk30", "tar", "sed", "wget",
           "libc", "e2fsprogs", "util-linux", "gawk", "shadow", "adduser", "debconf", "iso_639")
_FORMAT = re.compile(r"%[-+ #0-9.*]*[a-zA-Z]|\{[^}]*\}|`[^']*'|--?[a-z][\w-]*|\\S+/\S+|<[^>]+>|"
                     r"\b[A-Z_]{3,}\b|[_&]")


def _code(locale: str) -> str:
    return {"nb": "no", "nn": "no", "zh_CN": "zh", "zh_TW": "zh", "pt_BR": "pt"}.get(
        locale, locale.split("_")[0].split("@")[0])


def load_texts(locale_dir: Path, per_language: int, rng: random.Random):
    """{code: (short texts, long texts)} from every catalogue of every locale."""
    by_code: dict[str, list[str]] = {}
    for folder in sorted(locale_dir.iterdir()):
        if "@" in folder.name or not (folder / "LC_MESSAGES").is_dir():
            continue
        code = _code(folder.name)
        if code == "en" or not re.fullmatch(r"[a-z]{2,3}", code):
            continue
        for domain in DOMAINS:
            path = folder / "LC_MESSAGES" / f"{domain}.mo"
            if not path.is_file():
                continue
            try:
                with path.open("rb") as file:
                    catalogue = gettext.GNUTranslations(file)._catalog
            except Exception:
                continue
            for key, value in catalogue.items():
                if not key or not isinstance(value, str):
                    continue
                text = " ".join(_FORMAT.sub(" ", value).split())
                if 40 <= len(text) <= 200 and text != key:
                    by_code.setdefault(code, []).append(text)
    texts = {}
    for code, messages in by_code.items():
        messages = sorted(set(messages))
        if len(messages) < 60:
            continue
        rng.shuffle(messages)
        short = messages[:per_language]
        rest = messages[per_language:]
        long = []
        while rest and len(long) < per_language // 4:
            chunk = []
            while rest and sum(map(len, chunk)) < 800:
                chunk.append(rest.pop())
            if sum(map(len, chunk)) >= 800:
                long.append(" ".join(chunk)[:1500])
        texts[code] = (short, long)
    return texts


def detectors():
    """name -> (load seconds, classify(text) -> code or None, known codes or None)."""
    found = {}
    from pith import language

    if hasattr(language, "detect_by_function_words"):  # kept for comparison
        found["pith function words (before)"] = (0.0, language.detect_by_function_words, None)
    started = time.perf_counter()
    language.detect("warm up the model")
    found["pith.language.detect"] = (time.perf_counter() - started, language.detect, None)
    try:
        started = time.perf_counter()
        import py3langid

        py3langid.classify("warm up the model")
        load = time.perf_counter() - started
        known = set(py3langid.langid.IDENTIFIER.nb_classes)
        found["py3langid 0.4 (97 languages)"] = (
            load, lambda text: py3langid.classify(text)[0], known)
    except ImportError:
        pass
    try:
        started = time.perf_counter()
        from lingua import Language, LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_all_languages().build()
        detector.detect_language_of("warm up the model")
        load = time.perf_counter() - started

        def lingua_code(text):
            result = detector.detect_language_of(text)
            return result.iso_code_639_1.name.lower() if result else None

        known = {lang.iso_code_639_1.name.lower() for lang in Language.all()} | {"no"}
        found["lingua 2.1 (75 languages)"] = (load, lingua_code, known)
    except ImportError:
        pass
    return found


def _same(found: str | None, expected: str) -> bool:
    if found is None:
        return False
    found = {"nb": "no", "nn": "no"}.get(found, found)
    return found == expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale-dir", type=Path, default=Path("/usr/share/locale"))
    parser.add_argument("--per-language", type=int, default=40)
    args = parser.parse_args()
    texts = load_texts(args.locale_dir, args.per_language, random.Random(7))
    try:
        from pith.languages import TABLES
    except ImportError:
        TABLES = {c: None for c in "de fr es it pt nl pl cs ru ja zh".split()}
    tabled = set(TABLES) - {"en"}
    print(f"{len(texts)} languages from {args.locale_dir}; "
          f"{sum(len(s) for s, _ in texts.values())} short texts, "
          f"{sum(len(lg) for _, lg in texts.values())} long texts; "
          f"Pith has rule tables for {len(tabled & set(texts))} of them "
          f"({', '.join(sorted(tabled & set(texts)))})\n")
    print("| detector | load s | short: all known | short: tabled | long: all known | "
          "long: tabled | median µs per call (short / long) |")
    print("|---|---|---|---|---|---|---|")
    for name, (load, classify, known) in detectors().items():
        scores = {}
        times = {"short": [], "long": []}
        for code, (short, long) in texts.items():
            for kind, items in (("short", short), ("long", long)):
                for text in items:
                    started = time.perf_counter()
                    found = classify(text)
                    times[kind].append((time.perf_counter() - started) * 1e6)
                    knows = known is None or code in known or (code == "no" and "nb" in known)
                    for group, included in (("all", knows), ("tabled", code in tabled)):
                        if included:
                            right, total = scores.get((kind, group), (0, 0))
                            scores[(kind, group)] = (right + _same(found, code), total + 1)

        def share(kind, group):
            right, total = scores.get((kind, group), (0, 0))
            return f"{right / total:.3f} ({total})" if total else "–"

        print(f"| {name} | {load:.2f} | {share('short', 'all')} | {share('short', 'tabled')} | "
              f"{share('long', 'all')} | {share('long', 'tabled')} | "
              f"{statistics.median(times['short']):.0f} / {statistics.median(times['long']):.0f} |")
    print(f"\nrerun: python bench/languages.py --locale-dir {args.locale_dir} "
          f"--per-language {args.per_language}")


if __name__ == "__main__":
    main()
