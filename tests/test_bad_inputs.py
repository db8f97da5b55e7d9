"""The bad-input corpus (tests/bad_inputs.py) against the real HTTP server (waitress)."""

from __future__ import annotations

import http.client
import json
import time

import pytest

from pith import create_app
from tests.bad_inputs import cases
from tests.conftest import serving_app

# The service's deadline here is generous, so that a loaded test machine does not turn a slow
# answer into a 503: these tests check what each input is answered; bench/hostile.py
# measures how fast, with the shipped deadline, and test_security.py that the deadline holds.
REQUEST_TIMEOUT_S = 60
HANG_GUARD_S = REQUEST_TIMEOUT_S + 30  # a bound on waiting, not a speed goal


@pytest.fixture(scope="module")
def server():
    """The service as `pith serve` runs it: waitress with Pith's guards, worker processes."""
    with serving_app(create_app({"PITH": {"request_timeout": REQUEST_TIMEOUT_S}})) as port:
        yield port


def _request(port, method, path, body=b"", headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG_GUARD_S)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.id)
def test_bad_input(server, case):
    started = time.monotonic()
    status, content_type, body = _request(server, case.method, case.path, case.body,
                                          case.headers)
    assert time.monotonic() - started < HANG_GUARD_S
    assert status == case.status, body[:300]
    assert content_type.startswith("application/json")
    data = json.loads(body)
    if case.code:
        assert data["error"]["code"] == case.code
        assert data["error"]["message"]
    else:
        assert data["key_points"]
    assert b"Traceback" not in body
    assert _request(server, "GET", "/healthz")[0] == 200


def test_corpus_is_large_enough():
    assert len(cases()) >= 80
