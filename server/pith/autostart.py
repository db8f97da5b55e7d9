"""``pith service install | uninstall | status``: Pith as a per-user service that starts at
login, so the extension and the bookmarklet find it running.

* Linux: a systemd user unit, ``$XDG_CONFIG_HOME/systemd/user/pith.service``, enabled and
  started with ``systemctl --user``; a token goes in ``$XDG_CONFIG_HOME/pith/pith.env``
  (mode 0600), never on the command line.
* macOS: a launchd agent, ``~/Library/LaunchAgents/local.pith.serve.plist`` (mode 0600 when
  it holds a token), loaded with ``launchctl bootstrap gui/UID``.
* Windows: no service manager for a user's login here; ``install`` prints the Task Scheduler
  command that does the same.

The service runs the installed ``pith`` (the console script beside this interpreter, else
``python -m pith``) with the user's port, host and token.
"""

from __future__ import annotations

import os
import plistlib
import re
import shlex
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

UNIT_NAME = "pith.service"
LAUNCHD_LABEL = "local.pith.serve"
# Seconds the service manager waits before restarting a crashed service: long enough not to
# spin on a port another program holds, short enough that the reader barely notices.
RESTART_SECONDS = 5
HEALTH_TIMEOUT = 2.0


@dataclass(frozen=True)
class Plan:
    """What ``install`` writes and runs on one platform."""

    platform: str  # "linux", "macos" or "windows"
    files: dict[Path, tuple[str, int]] = field(default_factory=dict)  # path -> (text, mode)
    start: list[list[str]] = field(default_factory=list)  # commands that enable and start it
    stop: list[list[str]] = field(default_factory=list)  # commands that stop and disable it
    advice: str = ""  # what to do by hand, where Pith cannot do it


def current_platform() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith(("win", "cygwin")):
        return "windows"
    return sys.platform


def pith_command() -> list[str]:
    """The installed ``pith``: the console script beside this interpreter, else the module."""
    folder = Path(sys.executable).parent
    for name in ("pith", "pith.exe"):
        script = folder / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [sys.executable, "-m", "pith"]


def serve_command(port: int, host: str) -> list[str]:
    command = pith_command() + ["serve", "--port", str(port)]
    if host != "127.0.0.1":
        command += ["--host", host]
    return command


def plan(platform: str, *, port: int, host: str, token: str | None,
         home: Path | None = None, environ: dict | None = None) -> Plan:
    """The files and commands that make ``pith serve`` start at login on ``platform``."""
    environ = os.environ if environ is None else environ
    home = home or Path.home()
    command = serve_command(port, host)
    if platform == "linux":
        config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        unit_path = config / "systemd" / "user" / UNIT_NAME
        env_path = config / "pith" / "pith.env"
        files = {unit_path: (systemd_unit(command, env_path if token else None), 0o644)}
        if token:
            files[env_path] = (f"PITH_TOKEN={token}\n", 0o600)
        return Plan("linux", files,
                    start=[["systemctl", "--user", "daemon-reload"],
                           ["systemctl", "--user", "enable", "--now", UNIT_NAME]],
                    stop=[["systemctl", "--user", "disable", "--now", UNIT_NAME]])
    if platform == "macos":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        logs = home / "Library" / "Logs" / "Pith"
        domain = f"gui/{os.getuid() if hasattr(os, 'getuid') else 501}"
        return Plan("macos", {path: (launchd_plist(command, token, logs), 0o600 if token
                                     else 0o644)},
                    start=[["launchctl", "bootstrap", domain, str(path)]],
                    stop=[["launchctl", "bootout", f"{domain}/{LAUNCHD_LABEL}"]])
    if platform == "windows":
        line = subprocess.list2cmdline(command).replace('"', '\\"')  # quoted inside /TR "..."
        token_note = ("\nStore the token for it first: setx PITH_TOKEN <token>\n" if token
                      else "")
        return Plan("windows", advice=(
            "Windows has no per-user service manager Pith can set up. To start Pith at "
            "login, run once in a Command Prompt:\n"
            f'  schtasks /Create /SC ONLOGON /TN Pith /TR "{line}"{token_note}'
            "\nRemove it with: schtasks /Delete /TN Pith /F"))
    return Plan(platform, advice=f"Pith cannot set up a login service on {platform}; run "
                                 f"`{shlex.join(command)}` from your session's start-up "
                                 "programs instead.")


def systemd_unit(command: list[str], env_file: Path | None) -> str:
    """A systemd user unit running ``command`` at login."""
    lines = [
        "[Unit]",
        "Description=Pith, a small, fast, private summariser for the web",
        "After=network.target",
        "",
        "[Service]",
        "Type=simple",
        f"ExecStart={' '.join(_systemd_quote(part) for part in command)}",
    ]
    if env_file is not None:
        lines.append(f"EnvironmentFile={_systemd_quote(str(env_file))}")
    lines += [
        "Restart=on-failure",
        f"RestartSec={RESTART_SECONDS}",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def launchd_plist(command: list[str], token: str | None, log_dir: Path) -> str:
    """A launchd agent running ``command`` at login, restarted if it crashes."""
    agent = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "ThrottleInterval": RESTART_SECONDS,
        "StandardErrorPath": str(log_dir / "pith.log"),
        "StandardOutPath": str(log_dir / "pith.log"),
        "ProcessType": "Background",
    }
    if token:
        agent["EnvironmentVariables"] = {"PITH_TOKEN": token}
    return plistlib.dumps(agent).decode("utf-8")


def _systemd_quote(value: str) -> str:
    if re.fullmatch(r"[\w@%+=:,./-]+", value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def install(the_plan: Plan, *, start: bool, run=subprocess.run) -> list[str]:
    """Write the plan's files and, if ``start``, run its commands. Returns what to tell the
    user, line by line."""
    if the_plan.advice:
        return [the_plan.advice]
    said = []
    for path, (text, mode) in the_plan.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(path, mode)  # an existing file keeps its old mode through os.open
        said.append(f"wrote {path}")
    if start:
        for command in the_plan.start:
            run(command, check=True)
        said.append("Pith now starts at login, and is running.")
    else:
        said.append("To start it now and at every login, run:")
        said += [f"  {shlex.join(command)}" for command in the_plan.start]
    return said


def uninstall(the_plan: Plan, *, stop: bool, run=subprocess.run) -> list[str]:
    """Stop the service (if ``stop``) and remove its files."""
    if the_plan.advice:
        return [the_plan.advice]
    said = []
    if stop:
        for command in the_plan.stop:
            run(command, check=False)
    for path in the_plan.files:
        if path.exists():
            path.unlink()
            said.append(f"removed {path}")
    return said or ["Pith's login service was not installed."]


def status(the_plan: Plan, *, port: int, run=subprocess.run) -> tuple[bool, list[str]]:
    """Whether Pith answers on ``port``, and lines describing the login service."""
    lines = []
    if the_plan.advice:
        lines.append("Login service: not managed by Pith on this platform.")
    else:
        unit = next(iter(the_plan.files))
        if unit.exists():
            lines.append(f"Login service: installed ({unit}).")
            port = _port_in(unit.read_text(encoding="utf-8")) or port
        else:
            lines.append("Login service: not installed (pith service install).")
        if the_plan.platform == "linux" and unit.exists():
            state = run(["systemctl", "--user", "is-active", UNIT_NAME],
                        capture_output=True, text=True, check=False)
            lines.append(f"systemd: {state.stdout.strip() or state.stderr.strip() or 'unknown'}")
    up = _answers(port)
    lines.append(f"Service on http://127.0.0.1:{port}/: "
                 f"{'running' if up else 'not answering'}.")
    return up, lines


def _port_in(text: str) -> int | None:
    match = re.search(r"--port\s*(?:</string>\s*<string>)?\s*(\d+)", text)
    return int(match.group(1)) if match else None


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz",
                                    timeout=HEALTH_TIMEOUT):
            return True
    except urllib.error.HTTPError:
        return True  # it answered, if only to refuse (a token, say)
    except OSError:
        return False
