"""Which language a page is read in, decided once, and the tools that read it.

The decision (``decide``) is made once, on the cleaned text: the request's language when it
names one; else the page's declaration (``<html lang>``, meta tags, JSON-LD) unless the text
clearly says otherwise; else what the text says (py3langid, 97 languages); else nothing, and
the general rules. A language with a table in ``pith.languages`` is read by its rules; any
other language written with full stops by the general rules, never silently as English. The
answer says which rules were used. Languages written without sentence punctuation (Thai, Lao,
Khmer, Burmese, Tibetan) and codes that name no language are refused with a clear message.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from .adapters import sumy
from .errors import UnsupportedLanguage
from .languages import ALIASES, GENERAL, TABLES, Rules, rules_for

# Stemmed words remembered per language: about 3 MB each at most.
_STEM_CACHE_WORDS = 20_000
# Characters of the text the detector reads: its accuracy on the 84 languages of
# bench/languages.py is 0.98 on 800-1,500 characters and 0.95 on single sentences, and its
# time grows with the text (0.35 ms for 800 characters).
DETECT_CHARS = 1_000
# The detector's probability above which the text overrules the page's declaration, and
# below which an undeclared page is read by the general rules. A declaration is right far
# more often than not, so overruling it takes near certainty.
OVERRULE_DECLARATION = 0.95
TRUST_DETECTION = 0.5
# Written without sentence-final punctuation: Thai, Lao, Khmer, Burmese, Tibetan, Dzongkha.
_UNSPLITTABLE = frozenset({"th", "lo", "km", "my", "bo", "dz"})
# Detector labels folded into the code of the table that reads them.
_DETECTED_AS = {"nb": "no", "nn": "no", "yue": "zh", "wuu": "zh", "zxx": None}
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class Decision:
    """The language a page is read in."""

    code: str | None  # ISO 639 code, or None when unknown
    rules: Rules  # the table used: the language's own, or the general rules
    source: str  # "request", "declared", "detected" or "unknown"


def normalise_code(value: str | None) -> str | None:
    """The primary language code of a BCP 47 tag or locale ("pt-BR", "de_DE" -> "pt", "de"),
    or None when ``value`` is not one."""
    if not value or not _CODE.fullmatch(value.strip()):
        return None
    return value.strip().lower().replace("_", "-").split("-")[0]


def decide(requested: str | None, declared: str | None, text: str) -> Decision:
    """The language to read ``text`` in; see the module docstring for the order.

    :raises UnsupportedLanguage: the requested code names no language, or the language is
        written without the sentence punctuation Pith splits on.
    """
    if requested:
        code = normalise_code(requested)
        if code is None or _known_name(code) is None:
            raise UnsupportedLanguage(
                f"{requested!r} is not a language code Pith knows. Use an ISO 639-1 code "
                "such as en, de, fr or es.")
        return _checked(Decision(code, rules_for(code), "request"))
    detected, probability = detect_with_probability(text)
    declared_code = normalise_code(declared)
    if declared_code and _known_name(declared_code) is None:
        declared_code = None
    if declared_code and not (detected and detected != _same(declared_code)
                              and probability >= OVERRULE_DECLARATION):
        return _checked(Decision(declared_code, rules_for(declared_code), "declared"))
    if detected and probability >= TRUST_DETECTION:
        return _checked(Decision(detected, rules_for(detected), "detected"))
    return Decision(None, GENERAL, "unknown")


def detect(text: str) -> str | None:
    """The language of ``text``, or None when the detector is unsure."""
    code, probability = detect_with_probability(text)
    return code if probability >= TRUST_DETECTION else None


def detect_with_probability(text: str) -> tuple[str | None, float]:
    """The detector's best language for (the start of) ``text`` and its probability."""
    sample = text[:DETECT_CHARS]
    if sum(1 for _ in re.finditer(r"\w", sample[:200])) < 3:
        return None, 0.0
    label, probability = _identifier().classify(sample)
    code = _DETECTED_AS.get(label, label)
    return code, float(probability) if code else 0.0


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, loaded once (about a second) and shared: classify() only reads it."""
    with _LOCK:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _same(code: str) -> str:
    return ALIASES.get(code, code)


@lru_cache(maxsize=256)
def _known_name(code: str) -> str | None:
    if code in TABLES or code in ALIASES:
        return rules_for(code).name
    import pycountry

    known = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return known.name if known else None


def _checked(decision: Decision) -> Decision:
    if decision.code in _UNSPLITTABLE:
        raise UnsupportedLanguage(
            f"Pith cannot summarise {_known_name(decision.code)} yet: it is written without "
            "the sentence punctuation Pith splits on. Languages with rules of their own: "
            f"{', '.join(sorted(TABLES))}; others written with full stops are read with "
            "general rules.")
    return decision


@dataclass(frozen=True)
class LanguageTools:
    """What the stages after the decision read a language with."""

    code: str | None
    rules: Rules
    sentence_tokenizer: object
    stemmer: object
    stop_words: frozenset


def tools_for(decision: Decision | str) -> LanguageTools:
    """The tools for a decision, or for a language code (its table, else the general rules)."""
    if isinstance(decision, str):
        return _tools(rules_for(decision), decision)
    return _tools(decision.rules, decision.code)


@lru_cache(maxsize=64)
def _tools(rules: Rules, code: str | None) -> LanguageTools:
    """Sentence splitter, stemmer and stop words for a table (built once per language)."""
    stemmer = sumy.stemmer_for(rules.snowball)
    if stemmer is not sumy.null_stemmer:
        # Snowball stemming is the ranker's biggest cost and news repeats its words: memoise,
        # with a bound (a word list per language is finite; a cap keeps junk input harmless).
        stemmer = lru_cache(maxsize=_STEM_CACHE_WORDS)(stemmer)
    return LanguageTools(code, rules, _sentence_tokenizer(rules), stemmer,
                         sumy.stop_words_for(rules.snowball))


def _sentence_tokenizer(rules: Rules):
    """Punkt with the table's model, its curated non-breaking prefixes ("No. 1", "e.g.")
    and the table's own abbreviations; the language-independent rules for the general
    rules."""
    import punkt

    if rules.punkt in ("japanese", "chinese"):
        return punkt.tokenizer_for(rules.punkt)
    name = rules.punkt if rules.punkt in punkt.available_languages() else None
    params = punkt.load_model(name) if name else punkt.PunktParameters()
    if name and punkt.has_prefixes(name):
        params = punkt.with_nonbreaking_prefixes(params, name)
    if rules.abbreviations:
        params = params.merged_with(punkt.PunktParameters(
            abbrev_types={a.replace(" ", "") for a in rules.abbreviations}))
    try:
        language_rules = punkt.rules_for_language(name) if name else None
    except LookupError:
        language_rules = None
    return punkt.PunktSentenceTokenizer(params, rules=language_rules)


def warm_up() -> None:
    """Load the detector and the English tools now, so a first request does not wait."""
    _identifier()
    _tools(TABLES["en"], "en")
