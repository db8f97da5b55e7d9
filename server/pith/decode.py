"""Stage 1: turn the page's bytes into text.

The order follows the HTML standard's encoding sniffing: a byte-order mark wins, then the
HTTP ``Content-Type`` charset, then a ``<meta charset>`` / ``http-equiv`` declaration in the
first 4 KiB, then strict UTF-8, then statistical detection. Labels map as browsers map them
(``iso-8859-1`` and ``ascii`` mean windows-1252). Binary bodies are refused, not "summarised".
"""

from __future__ import annotations

import codecs
import re

from .errors import PayloadTooLarge, UnsupportedMediaType

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers decode these labels as windows-1252 (WHATWG Encoding, "legacy single-byte").
_LABEL_ALIASES = {
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
}

# The standard's prescan looks at the first 1024 bytes; real pages put long <script> blocks
# before the meta tag, so look a little further.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE)

# C0 controls other than tab, newline and carriage return: never text, and NUL confuses
# libxml2 (it ends the document there).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# Control bytes that text in any ASCII-compatible charset does not contain. More than 1% of
# them in the first 4 KiB and the body is binary (HTML has none; random bytes about 10%).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# Magic numbers of the binary formats people most often send by mistake.
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"\x00\x00\x01\x00", "an icon"),
)


def normalise_label(label: str | None) -> str | None:
    """Return the Python codec name for an encoding label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a ``Content-Type`` header value, if it names a known codec."""
    if not content_type:
        return None
    match = _HTTP_CHARSET.search(content_type)
    return normalise_label(match.group(1)) if match else None


def refuse_binary(data: bytes) -> None:
    """Raise ``UnsupportedMediaType`` if ``data`` is a known binary format or not text at all."""
    head = data[:16]
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise UnsupportedMediaType(
                f"The body is {what}, not an HTML page. Send the page's HTML instead."
            )
    sample = data[:4096]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if len(_BINARY_BYTES.findall(sample)) > len(sample) // 100:
        raise UnsupportedMediaType(
            "The body is binary data, not an HTML page. Send the page's HTML instead."
        )


def detect_encoding(data: bytes, content_type: str | None = None) -> str:
    """Pick the codec for ``data`` as a browser would; see the module docstring for the order."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    declared = charset_from_content_type(content_type)
    if declared:
        return declared
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    declared = normalise_label(match.group(1).decode("ascii", "replace")) if match else None
    # A page saved as UTF-8 that still claims utf-16 cannot be utf-16: it parsed as ASCII.
    if declared and not declared.startswith("utf-16"):
        return declared
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None:
        return "windows-1252"
    return normalise_label(best.encoding) or "windows-1252"


def decode(page: bytes | str, content_type: str | None = None, *, max_bytes: int) -> str:
    """Return the page as text. ``str`` input is taken as already decoded.

    Raises ``PayloadTooLarge`` beyond ``max_bytes`` and ``UnsupportedMediaType`` for binary
    data. Undecodable bytes become U+FFFD rather than failing the request.
    """
    if isinstance(page, str):
        if len(page) > max_bytes:
            raise PayloadTooLarge.for_limit(max_bytes)
        text = page
    elif isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        if len(data) > max_bytes:
            raise PayloadTooLarge.for_limit(max_bytes)
        encoding = detect_encoding(data, content_type)
        if not encoding.startswith(("utf-16", "utf-32")):  # NUL-rich by nature
            refuse_binary(data)
        text = data.decode(encoding, errors="replace")
    else:
        raise TypeError(f"page must be bytes or str, not {type(page).__name__}")
    return _CONTROL.sub("", text.lstrip("\ufeff"))

