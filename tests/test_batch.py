"""`pith batch`: every kind of input, the output lines, resuming, interrupts, per-page limits,
and the local and Dask engines. Web servers are local (127.0.0.1); nothing leaves the machine."""

from __future__ import annotations

import fcntl
import gzip
import io
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pith.batch_engines import END, DaskEngine, EngineError, LocalEngine
from pith.cli import main
from pith.errors import PayloadTooLarge, Timeout, WorkerFailed
from tests.batch_tasks import work
from tests.conftest import HANG_GUARD_S, PAGES, ROOT, STORY, PageHandler, article_html, serving

MiB = 2**20


def story(n: int) -> str:
    return article_html(STORY, title=f"Story number {n}")


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(path: Path) -> dict[str, dict]:
    records = lines(path)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "an id was written twice"
    return {r["id"]: r for r in records}


def batch(capsys, *args: str) -> tuple[int, str]:
    code = main(["batch", *args, "--quiet"])
    return code, capsys.readouterr().err


def folder_of_stories(path: Path, count: int) -> Path:
    path.mkdir()
    for n in range(count):
        (path / f"story-{n:03d}.html").write_text(story(n), encoding="utf-8")
    return path


def write_warc(path: Path, responses: list[tuple[str, str, str, bytes]]) -> None:
    """A WARC.gz with a request before each response, and one revisit record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, content_type, body in responses:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), http_headers=request))
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_revisit_record(
            responses[0][0], digest="sha1:AAAA", refers_to_uri=responses[0][0],
            refers_to_date="2026-01-01T00:00:00Z"))


# --- inputs and output ------------------------------------------------------------------

def test_every_kind_of_input_gives_one_line_per_page(tmp_path, capsys):
    pages = folder_of_stories(tmp_path / "site", 2)
    (pages / "deeper").mkdir()
    (pages / "deeper" / "nested.htm").write_text(story(9), encoding="utf-8")
    (pages / "notes.txt").write_text("not a page", encoding="utf-8")
    (pages / "empty.html").write_bytes((PAGES / "not-an-article.html").read_bytes())
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text("\n".join([
        json.dumps({"id": "j1", "url": "https://example.org/j1", "html": story(11)}),
        json.dumps({"url": "https://example.org/j2", "html": story(12)}),
        json.dumps({"html": story(13)}),
        "{not json",
        json.dumps({"id": "j5\ud800"}),  # a lone surrogate, as a JSON escape can carry
        "",
    ]) + "\n", encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://example.org/w1", "200 OK", "text/html; charset=utf-8", story(21).encode()),
        ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
        ("https://example.org/gone", "404 Not Found", "text/html", story(22).encode()),
    ])

    code, err = batch(capsys, str(pages), str(jsonl), str(warc), "--out",
                      str(tmp_path / "out.jsonl"), "--workers", "2")

    assert code == 0
    records = by_id(tmp_path / "out.jsonl")
    warc_ids = [i for i in records if i.startswith("<urn:uuid:")]
    assert len(warc_ids) == 1 and records[warc_ids[0]]["url"] == "https://example.org/w1"
    assert set(records) - set(warc_ids) == {
        f"{pages}/story-000.html", f"{pages}/story-001.html", f"{pages}/deeper/nested.htm",
        f"{pages}/empty.html", "j1", "https://example.org/j2", f"{jsonl}:3", f"{jsonl}:4",
        "j5\ud800"}
    summarised = [r for r in records.values() if r["error"] is None]
    assert len(summarised) == 7
    assert records["j1"]["title"] == "Story number 11" and records["j1"]["key_points"]
    assert records["j1"]["url"] == "https://example.org/j1"
    errors = {i: r["error"]["code"] for i, r in records.items() if r["error"]}
    assert errors == {f"{pages}/empty.html": "not_an_article", f"{jsonl}:4": "bad_request",
                      "j5\ud800": "bad_request"}
    assert all(set(r) == {"id", "url", "error"} for r in records.values() if r["error"])
    assert "7 done, 3 failed (2 bad_request, 1 not_an_article), 3 skipped" in err
    assert "1 not HTML" in err and "1 not HTTP 200" in err and "1 WARC revisits" in err
    assert "Traceback" not in (tmp_path / "out.jsonl").read_text() + err


def test_each_line_is_the_api_json_with_id_url_and_error(tmp_path, capsys, client):
    html = (PAGES / "seed-wordpress" / "source.html").read_text(encoding="utf-8")
    url = "https://example.org/nato"
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps({"id": "nato", "url": url, "html": html}) + "\n")
    code, _ = batch(capsys, str(jsonl), "--out", str(tmp_path / "out.jsonl"), "--workers", "1",
                    "--length", "short", "--include-text")
    assert code == 0
    (record,) = lines(tmp_path / "out.jsonl")
    api = client.post("/api/summary", json={"html": html, "url": url, "length": "short",
                                            "include_text": True}).get_json()
    assert (record.pop("id"), record.pop("error")) == ("nato", None)
    for answer in (record, api):
        answer.pop("timing")
    assert record == api


def test_oversized_pages_are_recorded_too_large(tmp_path, capsys):
    pages = folder_of_stories(tmp_path / "site", 1)
    (pages / "huge.html").write_bytes(b"<p>" + b"word " * (6 * MiB // 5))
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps({"id": "big", "html": "x" * (11 * MiB)}) + "\n"
                     + json.dumps({"id": "small", "html": story(1)}) + "\n")
    code, _ = batch(capsys, str(pages), str(jsonl), "--out", str(tmp_path / "out.jsonl"),
                    "--workers", "1")
    assert code == 0
    records = by_id(tmp_path / "out.jsonl")
    assert records[f"{pages}/huge.html"]["error"]["code"] == "too_large"
    assert records[f"{jsonl}:1"]["error"]["code"] == "too_large"
    assert records["small"]["error"] is None
    assert records[f"{pages}/story-000.html"]["error"] is None


def test_bad_arguments_and_missing_inputs_stop_before_the_run(tmp_path, capsys):
    out = str(tmp_path / "out.jsonl")
    assert batch(capsys, str(tmp_path / "nowhere"), "--out", out)[0] == 3
    assert batch(capsys, str(PAGES), "--out", out, "--summarizer", "nope")[0] == 3
    assert batch(capsys, str(PAGES), "--out", out, "--language", "xx")[0] == 3
    code, err = batch(capsys, str(PAGES), "--out", out, "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "--engine dask" in err
    assert not Path(out).exists()


# --- URL lists --------------------------------------------------------------------------

class _Site(PageHandler):
    """Articles under /a/, a 404, an image; records when each request starts and how many
    overlap, and can hold requests until they come in pairs."""

    lock = threading.Lock()
    starts: list[float] = []
    active = 0
    most_active = 0
    pairs: threading.Barrier | None = None

    def route(self, path):
        cls = type(self)
        with cls.lock:
            cls.starts.append(time.monotonic())
            cls.active += 1
            cls.most_active = max(cls.most_active, cls.active)
        try:
            if cls.pairs is not None:  # hold each request until a second one is in
                try:
                    cls.pairs.wait(timeout=5)
                except threading.BrokenBarrierError:
                    pass
            if path.startswith("/a/"):
                return 200, {"Content-Type": "text/html; charset=utf-8"}, story(7).encode()
            if path == "/logo.png":
                return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n"
            return 404, {"Content-Type": "text/html"}, b"<p>missing</p>"
        finally:
            with cls.lock:
                cls.active -= 1


def _site(pairs: bool = False):
    return type("Site", (_Site,), {"starts": [], "active": 0, "most_active": 0,
                                   "pairs": threading.Barrier(2) if pairs else None,
                                   "lock": threading.Lock()})


def test_url_lists_are_fetched_and_failures_recorded(tmp_path, capsys):
    with serving(_site()) as origin:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"# a comment\n{origin}/a/1\n\n{origin}/a/2\n{origin}/missing\n"
                        f"{origin}/logo.png\n")
        out = tmp_path / "out.jsonl"
        code, err = batch(capsys, str(urls), "--out", str(out), "--allow-private-urls",
                          "--workers", "1", "--per-host-rate", "100")
        assert code == 0, err
        records = by_id(out)
        assert records[f"{origin}/a/1"]["error"] is None
        assert records[f"{origin}/a/2"]["title"] == "Story number 7"
        assert records[f"{origin}/missing"]["error"]["code"] == "fetch_failed"
        assert records[f"{origin}/logo.png"]["error"]["code"] == "unsupported_media_type"

        refused = tmp_path / "refused.jsonl"
        assert batch(capsys, str(urls), "--out", str(refused), "--workers", "1")[0] == 0
        assert {r["error"]["code"] for r in lines(refused)} == {"url_refused"}


def test_a_malformed_address_in_a_url_list_is_refused_and_the_rest_fetched(tmp_path, capsys):
    with serving(_site()) as origin:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"http://[::1/story\n{origin}/a/1\n")
        out = tmp_path / "out.jsonl"
        code, err = batch(capsys, str(urls), "--out", str(out), "--allow-private-urls",
                          "--workers", "1", "--per-host-rate", "100")
    assert code == 0, err
    records = by_id(out)
    assert records["http://[::1/story"]["error"]["code"] == "url_refused"
    assert records[f"{origin}/a/1"]["error"] is None


def test_fetching_keeps_to_the_concurrency_limit(tmp_path, capsys):
    site = _site(pairs=True)  # two at once must arrive; a third would show
    with serving(site) as origin:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{origin}/a/{n}\n" for n in range(6)))
        code, _ = batch(capsys, str(urls), "--out", str(tmp_path / "out.jsonl"),
                        "--allow-private-urls", "--workers", "1", "--fetch-concurrency", "2",
                        "--per-host-rate", "1000")
    assert code == 0 and len(site.starts) == 6
    assert site.most_active == 2


def test_fetching_keeps_to_the_per_host_rate(tmp_path, capsys):
    site = _site()
    with serving(site) as origin:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{origin}/a/{n}\n" for n in range(4)))
        began = time.monotonic()
        code, _ = batch(capsys, str(urls), "--out", str(tmp_path / "out.jsonl"),
                        "--allow-private-urls", "--workers", "1", "--fetch-concurrency", "4",
                        "--per-host-rate", "5")
    assert code == 0
    # Five a second: the k-th request to arrive cannot have started before k fifths of a
    # second into the run, however the four fetching threads were scheduled (a lower bound,
    # which a slow machine cannot break).
    starts = sorted(site.starts)
    assert len(starts) == 4
    assert all(start - began >= k * 0.2 - 0.005 for k, start in enumerate(starts))


# --- resuming and interrupts ------------------------------------------------------------

def test_rerun_with_the_same_output_skips_what_is_done(tmp_path, capsys):
    pages = folder_of_stories(tmp_path / "site", 3)
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(pages), "--out", str(out), "--workers", "1")[0] == 0
    first = out.read_bytes()
    (pages / "story-new.html").write_text(story(99), encoding="utf-8")
    code, err = batch(capsys, str(pages), "--out", str(out), "--workers", "1")
    assert code == 0
    assert "1 done, 0 failed, 3 skipped (3 already in the output)" in err
    assert out.read_bytes().startswith(first) and len(by_id(out)) == 4


def test_a_torn_last_line_is_dropped_and_its_page_done_again(tmp_path, capsys):
    pages = folder_of_stories(tmp_path / "site", 3)
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(pages), "--out", str(out), "--workers", "1")[0] == 0
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(whole[:-1]) + whole[-1][:40], encoding="utf-8")  # a cut-off write
    code, err = batch(capsys, str(pages), "--out", str(out), "--workers", "1")
    assert code == 0 and "dropped an incomplete last line" in err
    assert "1 done, 0 failed, 2 skipped" in err
    assert set(by_id(out)) == {json.loads(line)["id"] for line in whole}


def test_a_second_run_on_the_same_output_is_refused(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    with out.open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, err = batch(capsys, str(PAGES), "--out", str(out))
    assert code == 3 and "another pith batch run" in err


def _start_batch(tmp_path: Path, count: int, *args: str):
    pages = folder_of_stories(tmp_path / "site", count)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "pith", "batch", str(pages), "--out", str(out), "--quiet",
               *args]
    # Its own process group, so a signal to the group reaches the run and its workers, as
    # Ctrl-C in a terminal does.
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    return process, command, out


def _wait_for_lines(out: Path, count: int, process) -> None:
    deadline = time.monotonic() + 3 * HANG_GUARD_S
    while not (out.exists() and out.read_bytes().count(b"\n") >= count):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("pith batch wrote too little: " + process.stderr.read())
        time.sleep(0.02)


def _worker_pids(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == parent and b"--multiprocessing-fork" in command:
            found.append(int(entry.name))
    return found


def _rerun_completes(command, out: Path, count: int, written_before: int) -> None:
    rerun = subprocess.run(command, cwd=ROOT, stderr=subprocess.PIPE, text=True,
                           timeout=6 * HANG_GUARD_S)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{written_before} already in the output" in rerun.stderr
    records = by_id(out)
    assert len(records) == count
    assert all(r["error"] is None for r in records.values())


def test_ctrl_c_stops_cleanly_and_the_rerun_completes(tmp_path):
    count = 120
    process, command, out = _start_batch(tmp_path, count, "--workers", "2")
    _wait_for_lines(out, 5, process)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=HANG_GUARD_S)
    assert process.returncode == 130 and "interrupted: " in err and "Traceback" not in err
    written = len(by_id(out))  # every line whole and valid JSON
    assert 5 <= written < count
    _rerun_completes(command, out, count, written)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds workers through /proc")
def test_a_killed_worker_loses_only_its_page(tmp_path):
    count = 120
    process, _, out = _start_batch(tmp_path, count, "--workers", "2")
    _wait_for_lines(out, 5, process)
    victims = _worker_pids(process.pid)
    assert len(victims) == 2
    os.kill(victims[0], signal.SIGKILL)
    _, err = process.communicate(timeout=6 * HANG_GUARD_S)
    assert process.returncode == 0, err
    records = by_id(out)
    assert len(records) == count
    failed = [r["error"]["code"] for r in records.values() if r["error"]]
    assert failed in ([], ["worker_failed"])  # its page, if it had one at that moment
    assert "Traceback" not in err


def test_a_killed_run_loses_only_pages_in_flight(tmp_path):
    count = 120
    process, command, out = _start_batch(tmp_path, count, "--workers", "2")
    _wait_for_lines(out, 5, process)
    process.kill()
    process.communicate(timeout=HANG_GUARD_S)
    written = len(by_id(out))
    _rerun_completes(command, out, count, written)


# --- per-page limits ---------------------------------------------------------------------

def heavy_page() -> str:
    """About 4 MiB of nested blocks: a genuinely slow page (seconds), under every size limit."""
    block = ("<div class='c{0}'><span>Council budget river park tree road mayor vote city "
             "money playground summer residents debate plan {0}.</span>"
             "<a href='/x{0}'>link {0}</a></div>")
    return "<html><body>" + "".join(block.format(n) for n in range(26_000)) + "</body></html>"


def test_a_page_over_its_time_budget_fails_alone(tmp_path, capsys):
    pages = folder_of_stories(tmp_path / "site", 4)
    (pages / "heavy.html").write_text(heavy_page(), encoding="utf-8")
    assert (pages / "heavy.html").stat().st_size < 5 * MiB
    out = tmp_path / "out.jsonl"
    code, err = batch(capsys, str(pages), "--out", str(out), "--workers", "2",
                      "--timeout", "1.5")
    assert code == 0
    records = by_id(out)
    assert records[f"{pages}/heavy.html"]["error"]["code"] == "timeout"
    assert sum(r["error"] is None for r in records.values()) == 4


def _feed(items) -> queue.Queue:
    feed = queue.Queue()
    for item in [*items, END]:
        feed.put(item)
    return feed


def test_local_engine_kills_a_task_past_its_deadline_and_replaces_its_worker():
    with LocalEngine(2, deadline=2.0, memory_bytes=None) as engine:
        before = set(engine.pids())
        outcomes = dict(engine.imap(work, _feed(["hang", "a", "b", "c"])))
        after = set(engine.pids())
    assert isinstance(outcomes["hang"], Timeout)
    assert {outcomes[x]["item"] for x in "abc"} == set("abc")
    assert len(before & after) == 1  # one worker replaced, the other kept


def test_local_engine_a_task_that_blows_memory_or_dies_fails_alone():
    with LocalEngine(2, deadline=HANG_GUARD_S, memory_bytes=512 * MiB) as engine:
        outcomes = dict(engine.imap(work, _feed(["hog", "die", "a", "b"])))
    assert isinstance(outcomes["hog"], PayloadTooLarge)
    assert isinstance(outcomes["die"], WorkerFailed)
    assert outcomes["a"]["item"] == "a" and outcomes["b"]["item"] == "b"


def test_workers_that_cannot_start_end_the_run_with_a_message(tmp_path, capsys):
    code, err = batch(capsys, str(PAGES), "--out", str(tmp_path / "out.jsonl"),
                      "--workers", "1", "--worker-memory", "48")
    assert code == 1 and "memory limit" in err


# --- Dask ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dask_scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_dask_engine_writes_what_the_local_engine_writes(tmp_path, capsys, dask_scheduler):
    pages = folder_of_stories(tmp_path / "site", 6)
    (pages / "empty.html").write_bytes((PAGES / "not-an-article.html").read_bytes())
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert batch(capsys, str(pages), "--out", str(local), "--workers", "2")[0] == 0
    code, err = batch(capsys, str(pages), "--out", str(dask), "--engine", "dask",
                      "--scheduler", dask_scheduler)
    assert code == 0, err
    assert "6 done, 1 failed" in err

    def essence(path):
        return {i: (r.get("title"), r.get("key_points"), r["error"] and r["error"]["code"])
                for i, r in by_id(path).items()}

    assert essence(dask) == essence(local)


def test_dask_engine_without_a_scheduler_starts_its_own_cluster(tmp_path, capsys):
    pages = folder_of_stories(tmp_path / "site", 2)
    code, err = batch(capsys, str(pages), "--out", str(tmp_path / "out.jsonl"), "--engine",
                      "dask", "--workers", "1")
    assert code == 0 and "2 done, 0 failed" in err
    assert all(r["key_points"] for r in lines(tmp_path / "out.jsonl"))


def test_dask_engine_stops_a_task_past_its_deadline(dask_scheduler):
    with DaskEngine(dask_scheduler, workers=2, deadline=2.0) as engine:
        outcomes = dict(engine.imap(work, _feed(["hang", "a", "b", "c"])))
    assert isinstance(outcomes["hang"], Timeout)
    assert {outcomes[x]["item"] for x in "abc"} == set("abc")


def test_dask_engine_reports_a_scheduler_it_cannot_reach(tmp_path, capsys):
    with pytest.raises(EngineError, match="Dask scheduler"):
        with DaskEngine("tcp://127.0.0.1:9", workers=1, deadline=1.0, connect_timeout=2):
            pass


def test_warc_reading_streams_gzip_members(tmp_path):
    """The reader handles a plain (not gzipped) WARC too."""
    from pith.batch_sources import Page, read
    from pith.config import DEFAULT

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://example.org/p", "200 OK", "text/html", story(1).encode())])
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.decompress(warc.read_bytes()))
    found = [item for item in read([str(plain)], DEFAULT) if isinstance(item, Page)]
    assert [p.url for p in found] == ["https://example.org/p"]
    assert found[0].html == story(1).encode()
