"""The ``pith`` command: serve the API, or summarise / extract a file, URL or stdin.

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

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3  # 4 (fetch failed): FetchError
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
                       help="access token that /api/* requests must send as "
                            "'Authorization: Bearer TOKEN' (default: $PITH_TOKEN); "
                            "required to listen beyond loopback")
    serve.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                       help="another host name clients may use (repeatable); without a token "
                            "only 127.0.0.1, localhost and ::1 are answered")

    _add_service_commands(commands)

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
                             help=f"key points: short 3, medium 5, long 7 "
                                  f"(default {DEFAULT.length})")
            sub.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                             help="output format (default text)")
            sub.add_argument("--summarizer", default=None,
                             help=f"ranking method (default {DEFAULT.summarizer})")
            sub.add_argument("--language", default=None,
                             help="ISO 639-1 code overriding the page's declared language")
    return parser


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
    try:
        if args.command == "summary":
            return _summary(args, config)
        return _extract(args, config)
    except PithError as error:
        print(f"pith: {error.message}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        print(f"pith: {error.strerror or error}: {getattr(error, 'filename', '')}",
              file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


def serve(args, config: Config) -> int:
    from waitress import serve as waitress_serve

    from . import create_app

    if not _is_loopback(args.host) and not args.token:
        print(f"pith: refusing to listen on {args.host} without an access token: anyone on "
              "the network could use this service. Add --token SECRET (or set PITH_TOKEN), "
              "or keep the default --host 127.0.0.1.", file=sys.stderr)
        return EXIT_USAGE
    config = config.with_overrides(
        token=args.token or None,
        allowed_hosts=config.allowed_hosts + tuple(h.lower() for h in args.allowed_host),
    )
    app = create_app({"PITH": config})
    _warm_up()
    address = f"http://{_url_host(args.host)}:{args.port}/"
    print(f"Pith {__version__} listening on {address} (Ctrl+C to stop)\n"
          f"Open {address} for the bookmarklet and how to load the browser extension.",
          file=sys.stderr, flush=True)
    # SIGTERM (a service manager, `kill`) ends the service like Ctrl+C: worker processes too.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        waitress_serve(app, host=args.host, port=args.port, threads=args.threads,
                       channel_timeout=IDLE_TIMEOUT, ident="Pith",
                       max_request_body_size=app.config["MAX_CONTENT_LENGTH"])
    except OSError as error:
        print(f"pith: cannot listen on {args.host}:{args.port}: {error.strerror or error}. "
              "Is Pith already running? Choose another --port.", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        pass
    finally:
        app.extensions["pith.service"].close()
    return EXIT_OK


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


def _warm_up() -> None:
    """Load the sentence model and stemmer now, so the first request does not pay for it."""
    from . import language

    language.tools_for(language.DEFAULT)


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
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


if __name__ == "__main__":
    sys.exit(main())
