"""URL mode: fetch a page for ``GET /api/summary?url=`` and ``pith summary URL``.

Pith listens on the reader's machine, so a URL from a web page must never make it reach the
reader's router or local services (server-side request forgery). Every hop is checked the same
way: http or https only; the name is resolved once and the connection goes to the checked
address (no second lookup an attacker's DNS could answer differently); only globally
reachable unicast addresses are fetched (``is_public``, after the IANA special-purpose
registries), unless configured; at most ``fetch_max_redirects`` redirects; only HTML content
types; a body cap after decompression.

Time: the whole fetch (name lookup, connect, TLS, headers, body, every redirect) ends by one
deadline, ``fetch_timeout`` or the request's own if sooner. The socket's timeout is set to
the time left before every send and receive, so a server dripping its headers or body a byte
at a time is cut off at the deadline, not after each byte's own timeout.

Errors say what went wrong in Pith's words; nothing the remote sent (a status line, a
header) is echoed into them.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import secrets
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from . import __version__
from .config import Config
from .errors import FetchError, FetchRefused, PayloadTooLarge, UnsupportedMediaType

USER_AGENT = f"Pith/{__version__} (+local summariser)"
# Sent in ``Via`` on every fetch: a request arriving with it is this process fetching itself
# (URL mode pointed at the service, allowed only with --allow-private-urls), which
# ``pith.access`` refuses. Random per process, so another Pith instance is not mistaken.
LOOP_MARK = f"pith-{secrets.token_hex(8)}"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
# Name lookups that may be pending at once. A lookup cannot be interrupted (getaddrinfo), so
# one that outlives its request is abandoned to finish in its thread; this bounds those.
_MAX_PENDING_LOOKUPS = 16
_pending_lookups = threading.BoundedSemaphore(_MAX_PENDING_LOOKUPS)


@dataclass(frozen=True)
class FetchedPage:
    url: str
    body: bytes
    content_type: str | None


def resolve(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (a seam the tests replace)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


# --- which addresses are public ---------------------------------------------------------------
# From the IANA IPv4 and IPv6 Special-Purpose Address Registries: every block that is not
# "globally reachable", plus multicast, and for IPv6 everything outside 2000::/3 (the only
# space allocated for global unicast; fec0::/10, the deprecated site-local space, among it).
_NOT_GLOBAL_V4 = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8",        # "this network"
    "10.0.0.0/8",       # private
    "100.64.0.0/10",    # shared address space (carrier-grade NAT)
    "127.0.0.0/8",      # loopback
    "169.254.0.0/16",   # link-local (cloud metadata services live here)
    "172.16.0.0/12",    # private
    "192.0.0.0/24",     # IETF protocol assignments (two anycast /32s excepted below)
    "192.0.2.0/24",     # documentation (TEST-NET-1)
    "192.88.99.0/24",   # deprecated 6to4 relay anycast
    "192.168.0.0/16",   # private
    "198.18.0.0/15",    # benchmarking
    "198.51.100.0/24",  # documentation (TEST-NET-2)
    "203.0.113.0/24",   # documentation (TEST-NET-3)
    "224.0.0.0/4",      # multicast
    "240.0.0.0/4",      # reserved, and 255.255.255.255 (limited broadcast)
))
_GLOBAL_V4_EXCEPTIONS = tuple(ipaddress.ip_network(n) for n in (
    "192.0.0.9/32",     # Port Control Protocol anycast
    "192.0.0.10/32",    # Traversal Using Relays around NAT anycast
))
_GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")
_NOT_GLOBAL_V6 = tuple(ipaddress.ip_network(n) for n in (
    "2001::/23",        # IETF protocol assignments (Teredo 2001::/32 among them; the
                        # globally reachable exceptions are listed below)
    "2001:db8::/32",    # documentation
    "2002::/16",        # 6to4: judged by the IPv4 address it embeds, below
    "3fff::/20",        # documentation
))
_GLOBAL_V6_EXCEPTIONS = tuple(ipaddress.ip_network(n) for n in (
    "2001:1::1/128",    # Port Control Protocol anycast
    "2001:1::2/128",    # TURN anycast
    "2001:1::3/128",    # DNS-SD service registration protocol anycast
    "2001:3::/32",      # AMT
    "2001:4:112::/48",  # AS112-v6
    "2001:20::/28",     # ORCHIDv2
    "2001:30::/28",     # drone remote ID protocol entity tags
))
_NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: IPv4 in the last 32 bits
_IPV4_MAPPED = ipaddress.ip_network("::ffff:0:0/96")


def is_public(address: str) -> bool:
    """True for a globally reachable unicast address. IPv6 forms that carry an IPv4 address
    a packet really goes to (IPv4-mapped, NAT64's well-known prefix, 6to4) are judged by
    that IPv4 address; the other embeddings (IPv4-compatible ``::a.b.c.d``,
    IPv4-translated ``::ffff:0:a.b.c.d``, local-use NAT64 ``64:ff9b:1::/48``, Teredo) are
    not global unicast and are refused."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _IPV4_MAPPED or ip in _NAT64_WELL_KNOWN:
            return _is_public_v4(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if ip.sixtofour is not None:
            return _is_public_v4(ip.sixtofour)
        if ip not in _GLOBAL_UNICAST_V6:
            return False
        return (not any(ip in net for net in _NOT_GLOBAL_V6)
                or any(ip in net for net in _GLOBAL_V6_EXCEPTIONS))
    return _is_public_v4(ip)


def _is_public_v4(ip: ipaddress.IPv4Address) -> bool:
    return (not any(ip in net for net in _NOT_GLOBAL_V4)
            or any(ip in net for net in _GLOBAL_V4_EXCEPTIONS))


# --- fetching ---------------------------------------------------------------------------------

def fetch(url: str, config: Config, *, deadline: float | None = None) -> FetchedPage:
    """Fetch ``url`` under the rules in the module docstring; raise a domain error if refused.

    ``deadline`` (``time.monotonic()`` seconds) ends the fetch sooner than
    ``config.fetch_timeout`` would.
    """
    limit = time.monotonic() + config.fetch_timeout
    deadline = limit if deadline is None else min(deadline, limit)
    for _ in range(config.fetch_max_redirects + 1):
        target = _check_url(url)
        address = _pick_address(target.hostname, target.port, config, deadline)
        response, connection = _request(target, address, deadline)
        try:
            if response.status in (301, 302, 303, 307, 308):
                url = _redirect_target(url, response)
                continue
            if response.status == 508:
                raise FetchRefused("The site answered HTTP 508 (loop detected): the URL may "
                                   "lead back to this Pith service.")
            if response.status != 200:
                raise FetchError(f"The site answered HTTP {response.status} for "
                                 f"{_short(url)}.")
            content_type = response.getheader("Content-Type")
            media_type = (content_type or "").split(";")[0].strip().lower()
            if media_type and media_type not in _HTML_TYPES:
                raise UnsupportedMediaType(
                    "The URL serves something other than an HTML page; Pith summarises web "
                    "pages."
                )
            body = _read_body(response, config.max_body_bytes)
            return FetchedPage(url=url, body=body, content_type=content_type)
        finally:
            connection.close()
    raise FetchRefused(f"More than {config.fetch_max_redirects} redirects; stopped at "
                       f"{_short(url)}.")


def _short(url: str) -> str:
    return url if len(url) <= 200 else url[:200] + "…"


def _redirect_target(url: str, response) -> str:
    location = response.getheader("Location")
    if not location:
        raise FetchError(f"The site answered {response.status} with no Location.")
    try:
        target = urljoin(url, location.strip())
        urlsplit(target).port  # noqa: B018 - raises on a malformed host or port
    except ValueError:
        raise FetchRefused("The site redirected to an address that is not a valid URL.") from None
    return target


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
    except ValueError:
        raise FetchRefused("That is not a valid URL (its host or port is malformed).") from None
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


def _pick_address(host: str, port: int, config: Config, deadline: float) -> str:
    addresses = _resolve_by(host, port, deadline)
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


def _resolve_by(host: str, port: int, deadline: float) -> list[str]:
    """``resolve(host, port)``, given up at ``deadline`` (the lookup thread is abandoned)."""
    if not _pending_lookups.acquire(blocking=False):
        raise FetchError("Too many name lookups are pending; try again in a moment.")
    outcome: dict = {}

    def lookup() -> None:
        try:
            outcome["addresses"] = resolve(host, port)
        except (OSError, UnicodeError):
            outcome["failed"] = True
        finally:
            _pending_lookups.release()

    thread = threading.Thread(target=lookup, name="pith-resolve", daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if thread.is_alive():
        raise FetchError(f"Looking up {host} took too long.")
    if "failed" in outcome:
        raise FetchError(f"Could not resolve {host}.")
    return outcome["addresses"]


class _DeadlineSocket:
    """A connected socket whose sends and receives all end by one deadline: before each
    call its timeout is set to the time left (what http.client uses of a socket). Like a
    socket's own files, a reader from ``makefile`` keeps it open until both are closed
    (http.client closes the connection and reads on through the response)."""

    def __init__(self, sock, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._readers = 0
        self._closed = False

    def _arm(self) -> None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("deadline")
        self._sock.settimeout(remaining)

    def sendall(self, data) -> None:
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer, nbytes: int = 0) -> int:
        self._arm()
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode: str = "rb", *args, **kwargs):
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def reader_closed(self) -> None:
        self._readers -= 1
        self.close()

    def close(self) -> None:
        self._closed = True
        if self._readers <= 0:
            self._sock.close()


class _DeadlineReader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            super().close()
            self._sock.reader_closed()


def _connect(address: str, port: int, deadline: float) -> socket.socket:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("deadline")
    return socket.create_connection((address, port), remaining)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a checked address while sending the URL's own host name; every socket
    call ends by the fetch's deadline."""

    def __init__(self, host, port, address, deadline):
        super().__init__(host, port)
        self._address = address
        self._deadline = deadline

    def connect(self):
        self.sock = _DeadlineSocket(_connect(self._address, self.port, self._deadline),
                                    self._deadline)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, deadline):
        super().__init__(host, port, context=ssl.create_default_context())
        self._address = address
        self._deadline = deadline

    def connect(self):
        sock = _connect(self._address, self.port, self._deadline)
        try:
            sock.settimeout(max(0.001, self._deadline - time.monotonic()))  # the handshake
            tls = self._context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise
        self.sock = _DeadlineSocket(tls, self._deadline)


def _request(target: _Target, address: str, deadline: float):
    connection_class = (_PinnedHTTPSConnection if target.scheme == "https"
                        else _PinnedHTTPConnection)
    connection = connection_class(target.hostname, target.port, address, deadline)
    try:
        connection.request("GET", target.path, headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9",
            "Accept-Encoding": "gzip, deflate",
            "Via": f"1.1 {LOOP_MARK}",
        })
        return connection.getresponse(), connection
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        raise FetchError(_failure(target.hostname, error)) from None


def _failure(host: str, error: BaseException) -> str:
    """A neutral account of a failed exchange: its kind, never the remote's words."""
    if isinstance(error, (TimeoutError, socket.timeout)):
        return f"{host} took too long to answer (fetch_timeout)."
    if isinstance(error, ConnectionRefusedError):
        return f"{host} refused the connection."
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"{host}'s certificate could not be verified."
    if isinstance(error, ssl.SSLError):
        return f"The secure connection to {host} failed."
    if isinstance(error, http.client.HTTPException):
        return f"{host} did not answer with valid HTTP."
    return f"Could not fetch the page from {host} (the connection failed)."


class _Decompressor:
    """Content-Encoding undone as browsers do: gzip (every member of a multi-member body),
    deflate with or without its zlib wrapper. A body that stops mid-stream is refused."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._stream = zlib.decompressobj(16 + zlib.MAX_WBITS) if self._gzip else None
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Up to ``room`` bytes of output for ``data``: a little "zip bomb" cannot fill
        memory, as the caller refuses the page once ``room`` (one past its cap) is used."""
        if self._stream is None:  # deflate: a zlib header, or (as some servers send) raw
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._stream = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        out = []
        while data and room > 0:
            chunk = self._stream.decompress(data, room)
            out.append(chunk)
            room -= len(chunk)
            data = self._stream.unconsumed_tail
            if self._stream.eof:
                data = self._stream.unused_data + data
                if not self._gzip or not data.strip(b"\0"):
                    break
                self._stream = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next member
        return b"".join(out)

    def finish(self) -> None:
        if self._stream is not None and not self._stream.eof:
            raise FetchError("The page arrived truncated (its compressed stream is cut short).")


def _read_body(response, max_bytes: int) -> bytes:
    encoding = (response.getheader("Content-Encoding") or "").strip().lower()
    decompressor = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        decompressor = _Decompressor(encoding)
    elif encoding not in ("", "identity"):
        raise UnsupportedMediaType("The site sent the page in a compression Pith does not "
                                   "read; gzip and deflate are supported.")
    chunks, size = [], 0
    try:
        while True:
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            if decompressor is not None:
                chunk = decompressor.feed(chunk, max_bytes + 1 - size)
            size += len(chunk)
            if size > max_bytes:
                raise PayloadTooLarge.for_limit(max_bytes)
            chunks.append(chunk)
        if response.length:  # http.client's count of Content-Length bytes still owed
            raise FetchError("The page arrived truncated (shorter than its Content-Length).")
        if decompressor is not None:
            decompressor.finish()
    except (TimeoutError, socket.timeout):
        raise FetchError("The site took too long to send the page (fetch_timeout).") from None
    except (OSError, http.client.HTTPException, zlib.error):
        raise FetchError("The page could not be read: the connection broke or the site sent "
                         "a malformed body.") from None
    return b"".join(chunks)
