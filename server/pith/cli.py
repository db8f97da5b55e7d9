"""The ``pith`` command: serve the API, summarise / extract a file, URL or stdin, or summarise
a whole crawl (``pith batch``, in ``pith.batch``).

Exit codes: 0 success; 2 usage error; 3 the input was refused (not HTML, too large, not an
article, bad option); 4 the URL could not be fetched; 1 anything else.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from . import __version__
from .config import DEFAULT, Config
from .errors import PithError
from .select import LENGTHS

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
# Worker threads of the WSGI server. The pipeline is CPU-bound and holds the GIL, so more
# threads than this add no throughput; they exist so slow or idle clients cannot starve others.
DEFAULT_THREADS = 8
# Seconds a connection may stay idle before the server closes it.
IDLE_TIMEOUT = 30
# Seconds `pith serve` waits for its worker processes to be warm before it says it is ready
# (they load the libraries and sentence models in about a second).
WARM_UP_WAIT = 30

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3  # 4 (fetch failed): FetchError
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
# The --length choices as help text: "short 3, medium 5, long 7".
LENGTH_HELP = ", ".join(f"{name} {count}" for name, count in LENGTHS.items())
EPILOG = """exit codes: 0 success, 2 usage error, 3 input refused (not HTML, too large,
not an article, bad option), 4 the URL could not be fetched, 1 any other failure."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pith",
        description="Pith: a small, fast, private summariser for the web.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"pith {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser(
        "serve", help="run the HTTP service", epilog=EPILOG,
        description="Run the Pith HTTP service on a production WSGI server (waitress).",
    )
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to bind (default {DEFAULT_HOST}: this machine only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port to listen on (default {DEFAULT_PORT})")
    serve.add_argument("--threads", type=int, default=DEFAULT_THREADS,
                       help=f"worker threads (default {DEFAULT_THREADS})")
    serve.add_argument("--allow-private-urls", action="store_true",
                       help="let URL mode fetch loopback and private-network addresses")
    serve.add_argument("--token", default=os.environ.get("PITH_TOKEN"),
                       help="access token that API requests must send as "
                            "'Authorization: Bearer TOKEN'; required to listen beyond "
                            "loopback. Prefer setting PITH_TOKEN (the default): a token on "
                            "the command line is visible to other users in `ps`")
    serve.add_argument("--workers", type=int, default=None, metavar="N",
                       help="summary worker processes (default: one per core; 0 summarises "
                            "in the server's threads, without a hard deadline)")
    serve.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                       help="another host name clients may use (repeatable); 127.0.0.1, "
                            "localhost, ::1 and the --host address are always answered")

    _add_service_commands(commands)
    _add_batch_command(commands)

    for name, what in (("summary", "summarise a page"), ("extract", "print the article text")):
        sub = commands.add_parser(
            name, help=what, epilog=EPILOG,
            description=f"{what.capitalize()} from a file, a URL, or - for standard input.",
        )
        sub.add_argument("source", metavar="FILE|URL|-", help="HTML file, http(s) URL, or -")
        sub.add_argument("--url", help="the page's address, when reading a file or stdin")
        sub.add_argument("--allow-private-urls", action="store_true",
                         help="allow fetching loopback and private-network addresses")
        if name == "summary":
            sub.add_argument("--length", choices=list(LENGTHS), default=DEFAULT.length,
                             help=f"key points: {LENGTH_HELP} (default {DEFAULT.length})")
            sub.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                             help="output format (default text)")
            sub.add_argument("--summarizer", default=None,
                             help=f"ranking method (default {DEFAULT.summarizer})")
            sub.add_argument("--language", default=None,
                             help="ISO 639-1 code overriding the page's declared language")
    return parser


BATCH_EPILOG = """inputs: WARC or WARC.gz files (HTML responses; other responses are skipped and
counted), JSON-lines files ({"html": ..., "url"?: ..., "id"?: ...} a line), folders of .html
files, and text files of URLs (one a line, fetched like `pith summary URL`).

output: one JSON line per page: the HTTP API's JSON plus "id", "url" and "error" (null, or
{"code", "message"} for a page that failed; the run goes on). Lines come in the order pages
finish. Re-running with the same --out skips the ids already in it, so an interrupted run
resumes where it stopped.

exit codes: 0 the run finished (failed pages are in the output and counted), 2 usage error,
3 an input or the output cannot be used, 1 the engine failed, 130 interrupted (Ctrl-C)."""


def _add_batch_command(commands) -> None:
    batch = commands.add_parser(
        "batch", help="summarise a whole crawl into JSON lines",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=BATCH_EPILOG,
        description="Summarise every page of WARC files, JSON lines, folders of HTML files or\n"
                    "lists of URLs, on local worker processes or a Dask cluster. A progress\n"
                    "bar on standard error shows pages per second and the time left; a last\n"
                    "line counts the pages done, failed and skipped.")
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="WARC(.gz), .jsonl, folder of .html files, or text file of URLs")
    batch.add_argument("--out", required=True, metavar="FILE",
                       help="JSON-lines file to write (appended to, and resumed from)")
    batch.add_argument("--length", choices=list(LENGTHS), default=DEFAULT.length,
                       help=f"key points: {LENGTH_HELP} (default {DEFAULT.length})")
    batch.add_argument("--summarizer", default=None,
                       help=f"ranking method (default {DEFAULT.summarizer})")
    batch.add_argument("--language", default=None,
                       help="ISO 639-1 code overriding every page's declared language")
    batch.add_argument("--include-text", action="store_true",
                       help="add each page's cleaned paragraphs to its line")
    batch.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local worker processes (default), or a Dask cluster "
                            "(needs pip install 'pith[batch]')")
    batch.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                       help="local worker processes, or the workers of the local Dask cluster "
                            "started when --engine dask has no --scheduler (default: one per "
                            "core)")
    batch.add_argument("--scheduler", metavar="ADDRESS",
                       help="the Dask scheduler to use, e.g. tcp://10.0.0.5:8786")
    batch.add_argument("--timeout", type=_positive_float, default=DEFAULT.request_timeout,
                       metavar="SECONDS",
                       help=f"time one page may take; past it the page is recorded as a "
                            f"timeout and the run goes on (default {DEFAULT.request_timeout:g})")
    batch.add_argument("--worker-memory", type=_positive_int,
                       default=DEFAULT.worker_memory_bytes // 2**20, metavar="MIB",
                       help="address space each local worker may use; a page needing more "
                            "fails alone (default %(default)s)")
    batch.add_argument("--allow-private-urls", action="store_true",
                       help="allow fetching loopback and private-network addresses")
    batch.add_argument("--fetch-concurrency", type=_positive_int, default=8, metavar="N",
                       help="URLs fetched at once, over all hosts (default 8)")
    batch.add_argument("--per-host-rate", type=_positive_float, default=1.0, metavar="R",
                       help="requests per second to any one host (default 1)")
    batch.add_argument("--quiet", action="store_true",
                       help="no progress bar (the final count is still printed)")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {text}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _add_service_commands(commands) -> None:
    service = commands.add_parser(
        "service", help="start Pith at login (install, uninstall, status)", epilog=EPILOG,
        description="Set up Pith as a per-user service that starts at login: a systemd user "
                    "unit on Linux, a launchd agent on macOS; on Windows, the Task Scheduler "
                    "command to run.")
    actions = service.add_subparsers(dest="action", required=True, metavar="ACTION")
    install = actions.add_parser("install", help="start Pith now and at every login",
                                 description="Write the login service for the installed pith "
                                             "and start it.")
    install.add_argument("--port", type=int, default=DEFAULT_PORT,
                         help=f"port the service listens on (default {DEFAULT_PORT})")
    install.add_argument("--host", default=DEFAULT_HOST,
                         help=f"address to bind (default {DEFAULT_HOST})")
    install.add_argument("--token", default=os.environ.get("PITH_TOKEN"),
                         help="access token for the service (default: $PITH_TOKEN); kept in a "
                              "file only you can read, never on the command line")
    install.add_argument("--no-start", action="store_true",
                         help="write the files only and print the commands that start it")
    uninstall = actions.add_parser("uninstall", help="stop Pith's login service and remove it")
    uninstall.add_argument("--no-stop", action="store_true",
                           help="remove the files without asking the service manager to stop it")
    status = actions.add_parser("status", help="is the login service installed and running?")
    status.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to check when no service is installed (default {DEFAULT_PORT})")
    for action in (install, uninstall, status):
        action.add_argument("--platform", choices=["linux", "macos", "windows"],
                            default=None, help=argparse.SUPPRESS)  # tests write other platforms' files


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "service":
        return service(args)
    config = DEFAULT.with_overrides(fetch_allow_private=args.allow_private_urls)
    if args.command == "serve":
        return serve(args, config)
    if args.command == "batch":
        return batch(args, config)
    try:
        if args.command == "summary":
            return _summary(args, config)
        return _extract(args, config)
    except PithError as error:
        print(f"pith: {error.message}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        return _unreadable(error)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _unreadable(error: OSError) -> int:
    """A file that cannot be read or written: said in one line, as an input refused."""
    print(f"pith: {error.strerror or error}: {getattr(error, 'filename', '')}", file=sys.stderr)
    return EXIT_INPUT


def serve(args, config: Config) -> int:
    from . import create_app
    from .adapters.threads import one_thread_per_process
    from .adapters.waitress import create_server

    one_thread_per_process()  # concurrency is across requests, not inside one

    host = _bind_host(args.host)
    if not _is_loopback(host) and not args.token:
        print(f"pith: refusing to listen on {args.host} without an access token: anyone on "
              "the network could use this service. Set PITH_TOKEN (or add --token SECRET), "
              "or keep the default --host 127.0.0.1.", file=sys.stderr)
        return EXIT_USAGE
    extra_hosts = tuple(h.lower() for h in args.allowed_host)
    if not _is_wildcard(host):
        extra_hosts += (host.lower(),)  # the address it is reached by, e.g. 127.0.0.2
    config = config.with_overrides(
        token=args.token or None,
        allowed_hosts=tuple(dict.fromkeys(config.allowed_hosts + extra_hosts)),
        summary_workers=args.workers,
    )
    app = create_app({"PITH": config})
    service = app.extensions["pith.service"]
    address = f"http://{_url_host(host)}:{args.port}/"
    try:
        server = create_server(app, host=host, port=args.port, threads=args.threads,
                               config=config, idle_timeout=IDLE_TIMEOUT,
                               max_body_bytes=app.config["MAX_CONTENT_LENGTH"])
    except OSError as error:
        print(f"pith: cannot listen on {args.host}:{args.port}: {error.strerror or error}. "
              "Is Pith already running? Choose another --port.", file=sys.stderr)
        return EXIT_FAILURE
    service.start(wait=WARM_UP_WAIT)
    print(f"Pith {__version__} listening on {address} (Ctrl+C to stop)\n"
          f"Open {address} for the bookmarklet and how to load the browser extension.",
          file=sys.stderr, flush=True)
    if _is_wildcard(host):
        print("pith: clients on the network must use a name given with --allowed-host "
              "(this machine's address or name); others are refused.", file=sys.stderr,
              flush=True)
    # SIGTERM (a service manager, `kill`) ends the service like Ctrl+C: worker processes too.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        service.close()
    return EXIT_OK


def batch(args, config: Config) -> int:
    """``pith batch``: every page of the inputs into one JSON-lines file."""
    from . import batch as batch_run
    from . import language, rank
    from .adapters.threads import one_thread_per_process
    from .batch_engines import EngineError
    from .batch_sources import InputError

    if args.scheduler and args.engine != "dask":
        print("pith: --scheduler is for --engine dask.", file=sys.stderr)
        return EXIT_USAGE
    config = config.with_overrides(request_timeout=args.timeout,
                                   worker_memory_bytes=args.worker_memory * 2**20)
    options = batch_run.Options(length=args.length, summarizer=args.summarizer,
                                language=args.language, include_text=args.include_text,
                                config=config)
    try:
        rank.check_name(args.summarizer or config.summarizer)
        if args.language:
            language.decide(args.language, None, "")
    except PithError as error:  # checked once here, not refused again on every page
        print(f"pith: {error.message}", file=sys.stderr)
        return error.exit_code
    one_thread_per_process()  # one worker per core: a page gets one core
    previous = signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops a run like Ctrl-C
    try:
        counts = batch_run.run(args.inputs, args.out, options=options, engine=args.engine,
                               workers=args.workers, scheduler=args.scheduler,
                               fetch_concurrency=args.fetch_concurrency,
                               per_host_rate=args.per_host_rate, progress=not args.quiet)
    except (InputError, batch_run.OutputBusy) as error:
        print(f"pith: {error}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as error:
        return _unreadable(error)
    except EngineError as error:
        print(f"pith: {error}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(f"pith batch: {counts.line(args.out)}", file=sys.stderr)
    return EXIT_INTERRUPTED if counts.interrupted else EXIT_OK


def service(args) -> int:
    """``pith service install | uninstall | status``."""
    import subprocess

    from . import autostart

    platform = args.platform or autostart.current_platform()
    port = getattr(args, "port", DEFAULT_PORT)
    if args.action == "install" and not _is_loopback(args.host) and not args.token:
        print(f"pith: refusing to listen on {args.host} without an access token; add --token "
              "or set PITH_TOKEN.", file=sys.stderr)
        return EXIT_USAGE
    the_plan = autostart.plan(platform, port=port, host=getattr(args, "host", DEFAULT_HOST),
                              token=getattr(args, "token", None))
    try:
        if args.action == "install":
            lines = autostart.install(the_plan, start=not args.no_start)
        elif args.action == "uninstall":
            lines = autostart.uninstall(the_plan, stop=not args.no_stop)
        else:
            up, lines = autostart.status(the_plan, port=port)
            print("\n".join(lines))
            return EXIT_OK if up else EXIT_FAILURE
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"pith: could not set up the login service: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print("\n".join(lines))
    return EXIT_OK


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _read_source(source: str, url: str | None, config: Config):
    """(page bytes, url, content type) from a file, a URL or standard input."""
    if source.startswith(("http://", "https://")):
        from .fetch import fetch

        page = fetch(source, config)
        return page.body, page.url, page.content_type
    if source == "-":
        return sys.stdin.buffer.read(), url, None
    return Path(source).read_bytes(), url, None


def _summary(args, config: Config) -> int:
    from . import pipeline, present

    html, url, content_type = _read_source(args.source, args.url, config)
    summary = pipeline.summarize(
        html, url=url, length=args.length, summarizer=args.summarizer,
        language=args.language, content_type=content_type, config=config,
    )
    sys.stdout.write(present.render(summary, args.format))
    return EXIT_OK


def _extract(args, config: Config) -> int:
    from . import pipeline

    html, url, content_type = _read_source(args.source, args.url, config)
    article = pipeline.extract(html, url=url, content_type=content_type, config=config)
    if article.title:
        sys.stdout.write(article.title + "\n\n")
    sys.stdout.write(article.text + "\n")
    return EXIT_OK


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(_bind_host(host)).is_loopback
    except ValueError:
        return False


def _bind_host(host: str) -> str:
    """The address to bind: an IPv6 literal without the brackets of its URL form."""
    return host[1:-1] if host.startswith("[") and host.endswith("]") else host


def _is_wildcard(host: str) -> bool:
    return host in ("0.0.0.0", "::", "")


def _url_host(host: str) -> str:
    """``host`` as written in a URL: IPv6 literals in brackets, exactly once."""
    host = _bind_host(host)
    return f"[{host}]" if ":" in host else host


if __name__ == "__main__":
    sys.exit(main())
