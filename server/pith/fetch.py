"""URL mode: fetch a page for ``GET /api/summary?url=`` and ``pith summary URL``.

Pith listens on the reader's machine, so a URL from a web page must never make it reach the
reader's router or local services (server-side request forgery). Every hop is checked the same
way: http or https only; the name is resolved once and the connection goes to the checked
address (no second lookup an attacker's DNS could answer differently); loopback, private,
link-local, shared (CGNAT), multicast and reserved addresses, and IPv6 forms of them, are
refused unless configured; at most ``fetch_max_redirects`` redirects; only HTML content types;
a body cap and a deadline on the whole exchange.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from . import __version__
from .config import Config
from .errors import FetchError, FetchRefused, PayloadTooLarge, UnsupportedMediaType

USER_AGENT = f"Pith/{__version__} (+local summariser)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchedPage:
    url: str
    body: bytes
    content_type: str | None


def resolve(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (a seam the tests replace)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def is_public(address: str) -> bool:
    """True for a globally routable unicast address, IPv4-mapped IPv6 judged as IPv4."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            ip = embedded
    return ip.is_global and not ip.is_multicast


def fetch(url: str, config: Config) -> FetchedPage:
    """Fetch ``url`` under the rules in the module docstring; raise a domain error if refused."""
    deadline = time.monotonic() + 2 * config.fetch_timeout
    for _ in range(config.fetch_max_redirects + 1):
        target = _check_url(url)
        address = _pick_address(target.hostname, target.port, config)
        response, connection = _request(target, address, config.fetch_timeout)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"The site answered {response.status} with no Location.")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(
                    f"The site answered HTTP {response.status} for {url}. Open the page in "
                    "the browser and summarise it from there."
                )
            content_type = response.getheader("Content-Type")
            media_type = (content_type or "").split(";")[0].strip().lower()
            if media_type and media_type not in _HTML_TYPES:
                raise UnsupportedMediaType(
                    f"The URL serves {media_type}, not an HTML page; Pith summarises web pages."
                )
            body = _read_body(response, config.max_body_bytes, deadline)
            return FetchedPage(url=url, body=body, content_type=content_type)
        finally:
            connection.close()
    raise FetchRefused(f"More than {config.fetch_max_redirects} redirects; stopped at {url}.")


@dataclass(frozen=True)
class _Target:
    scheme: str
    hostname: str
    port: int
    path: str


def _check_url(url: str) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise FetchRefused(f"That is not a valid URL: {error}.") from None
    if parts.scheme not in ("http", "https"):
        raise FetchRefused("Only http:// and https:// URLs can be fetched.")
    if not parts.hostname:
        raise FetchRefused("The URL has no host name.")
    if parts.username or parts.password:
        raise FetchRefused("URLs with a user name or password are not fetched.")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    default_port = 443 if parts.scheme == "https" else 80
    return _Target(parts.scheme, parts.hostname, port or default_port, path)


def _pick_address(host: str, port: int, config: Config) -> str:
    try:
        addresses = resolve(host, port)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"Could not resolve {host}: {error}.") from None
    if not addresses:
        raise FetchError(f"Could not resolve {host}.")
    if not config.fetch_allow_private:
        refused = [a for a in addresses if not is_public(a)]
        if refused:
            raise FetchRefused(
                f"{host} resolves to a local or private address ({refused[0]}); Pith does not "
                "fetch those unless the service runs with --allow-private-urls."
            )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a checked address while sending the URL's own host name."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _request(target: _Target, address: str, timeout: float):
    connection_class = (_PinnedHTTPSConnection if target.scheme == "https"
                        else _PinnedHTTPConnection)
    connection = connection_class(target.hostname, target.port, address, timeout)
    try:
        connection.request("GET", target.path, headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9",
            "Accept-Encoding": "gzip, deflate",
        })
        return connection.getresponse(), connection
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        raise FetchError(f"Could not fetch {target.hostname}: {error}.") from None


def _read_body(response, max_bytes: int, deadline: float) -> bytes:
    encoding = (response.getheader("Content-Encoding") or "").strip().lower()
    decompressor = None
    if encoding in ("gzip", "x-gzip"):
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decompressor = zlib.decompressobj()
    elif encoding not in ("", "identity"):
        raise UnsupportedMediaType(f"The site sent the page encoded as {encoding!r}.")
    chunks, size = [], 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError("The site took too long to send the page.")
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            if decompressor is not None:
                # Cap the output of each step so a small "zip bomb" cannot fill memory.
                chunk = decompressor.decompress(chunk, max_bytes + 1 - size)
            size += len(chunk)
            if size > max_bytes:
                raise PayloadTooLarge.for_limit(max_bytes)
            chunks.append(chunk)
    except (OSError, http.client.HTTPException, zlib.error) as error:
        raise FetchError(f"The page could not be read: {error}.") from None
    return b"".join(chunks)
