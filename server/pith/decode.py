"""Stage 1: turn the page's bytes into text.

The order follows the HTML standard's encoding sniffing: a byte-order mark wins, then the
HTTP ``Content-Type`` charset, then a ``<meta charset>`` / ``http-equiv`` declaration in the
first 4 KiB, then strict UTF-8, then statistical detection. Only the labels of the WHATWG
Encoding Standard count, mapped as browsers map them (``iso-8859-1`` and ``ascii`` mean
windows-1252, ``shift_jis`` means Microsoft's cp932): a label naming anything else, such as
``utf-32``, ``cp500`` (EBCDIC), or a Python codec that is no text encoding at all (``rot13``,
``base64``, ``hex``, ``zlib``, ``idna``), is ignored, as browsers ignore it. A UTF-16 label on
a body with no NUL byte in its first 4 KiB (HTML in UTF-16 has one in every tag) is ignored
too: Chromium would decode that page as UTF-16 into nonsense; Pith reads it.
Binary bodies are refused, not "summarised". Characters that are no text (C0 controls, the
noncharacters U+FFFE and U+FFFF, unpaired surrogates) are removed or replaced.
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

# The WHATWG Encoding Standard's labels, by the Python codec that decodes each encoding as
# the standard does. "replacement" and "x-user-defined" are decoded here (see _decode_as).
_WHATWG = """
utf-8: unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8
cp866: 866 cp866 csibm866 ibm866
iso8859-2: csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2
iso8859-3: csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3
iso8859-4: csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4
iso8859-5: csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5
  iso_8859-5:1988
iso8859-6: arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6
  iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987
iso8859-7: csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7
  iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek
iso8859-8: csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8
  iso88598 iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical
iso8859-10: csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6
iso8859-13: iso-8859-13 iso8859-13 iso885913
iso8859-14: iso-8859-14 iso8859-14 iso885914
iso8859-15: csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9
iso8859-16: iso-8859-16
koi8-r: cskoi8r koi koi8 koi8-r koi8_r
koi8-u: koi8-ru koi8-u
mac-roman: csmacintosh mac macintosh x-mac-roman
cp874: dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874
cp1250: cp1250 windows-1250 x-cp1250
cp1251: cp1251 windows-1251 x-cp1251
cp1252: ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1
  iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252
cp1253: cp1253 windows-1253 x-cp1253
cp1254: cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989
  l5 latin5 windows-1254 x-cp1254
cp1255: cp1255 windows-1255 x-cp1255
cp1256: cp1256 windows-1256 x-cp1256
cp1257: cp1257 windows-1257 x-cp1257
cp1258: cp1258 windows-1258 x-cp1258
mac-cyrillic: x-mac-cyrillic x-mac-ukrainian
gb18030: chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030
big5hkscs: big5 big5-hkscs cn-big5 csbig5 x-x-big5
euc_jp: cseucpkdfmtjapanese euc-jp x-euc-jp
iso2022_jp: csiso2022jp iso-2022-jp
cp932: csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis
cp949: cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601
  ksc_5601 windows-949
replacement: csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement
utf-16-be: unicodefffe utf-16be
utf-16-le: csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le
x-user-defined: x-user-defined
"""


def _label_table(spec: str) -> dict[str, str]:
    table: dict[str, str] = {}
    codec = None
    for line in spec.strip().splitlines():
        if not line.startswith(" "):
            codec, line = line.split(":", 1)
        for label in line.split():
            table[label] = codec
    return table


_LABELS = _label_table(_WHATWG)
# x-user-defined: ASCII, and bytes 0x80-0xFF to U+F780-U+F7FF.
_X_USER_DEFINED = {byte: 0xF780 + byte - 0x80 for byte in range(0x80, 0x100)}

# The standard's prescan looks at the first 1024 bytes; real pages put long <script> blocks
# before the meta tag, so look a little further.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE)

# C0 controls other than tab, newline and carriage return: never text, and NUL confuses
# libxml2 (it ends the document there). U+FFFE and U+FFFF are noncharacters XML (and so
# lxml) refuses.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# An unpaired UTF-16 surrogate: a str can hold one (JSON's "\ud800"); UTF-8 cannot.
_SURROGATE = re.compile(r"[\ud800-\udfff]")

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
    """The codec for an encoding label of the WHATWG Encoding Standard, or None for any other
    label (unknown, or a Python codec that is not a web text encoding)."""
    if not label:
        return None
    return _LABELS.get(label.strip().strip("\"'").strip().lower())


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
    if declared and not (declared.startswith("utf-16") and b"\0" not in data[:_PRESCAN_BYTES]):
        return declared
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    declared = normalise_label(match.group(1).decode("ascii", "replace")) if match else None
    # The standard: a <meta> saying UTF-16 was read as ASCII, so it means UTF-8; and
    # x-user-defined in <meta> means windows-1252.
    if declared and declared.startswith("utf-16"):
        declared = "utf-8"
    elif declared == "x-user-defined":
        declared = "cp1252"
    if declared:
        return declared
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    guess = best and (normalise_label(best.encoding) or
                      normalise_label(best.encoding.replace("_", "-")))
    return guess or "cp1252"


def decode(page: bytes | str, content_type: str | None = None, *, max_bytes: int) -> str:
    """Return the page as text. ``str`` input is taken as already decoded.

    Raises ``PayloadTooLarge`` beyond ``max_bytes`` (UTF-8 bytes for text) and
    ``UnsupportedMediaType`` for binary data. Undecodable bytes and unpaired surrogates
    become U+FFFD rather than failing the request.
    """
    if isinstance(page, str):
        if len(page) > max_bytes or len(page.encode("utf-8", "surrogatepass")) > max_bytes:
            raise PayloadTooLarge.for_limit(max_bytes)
        text = _SURROGATE.sub("\ufffd", page)
    elif isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        if len(data) > max_bytes:
            raise PayloadTooLarge.for_limit(max_bytes)
        encoding = detect_encoding(data, content_type)
        if not encoding.startswith("utf-16"):  # NUL-rich by nature
            refuse_binary(data)
        text = _decode_as(data, encoding)
    else:
        raise TypeError(f"page must be bytes or str, not {type(page).__name__}")
    return _CONTROL.sub("", text.lstrip("\ufeff"))


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding == "replacement":  # encodings browsers refuse to decode (ISO-2022-KR, ...)
        return "\ufffd"
    if encoding == "x-user-defined":
        return data.decode("latin-1").translate(_X_USER_DEFINED)
    return data.decode(encoding, errors="replace")
