"""`pith service install | uninstall | status`: the files it writes, checked without touching
this machine's own services (everything goes to a temporary home)."""

from __future__ import annotations

import os
import plistlib
import shutil
import stat
import subprocess
import sys

import pytest

from pith import autostart
from pith.cli import main
from tests.conftest import pith_serving, ROOT


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PITH_TOKEN", raising=False)
    return tmp_path


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_linux_unit_runs_the_installed_pith_with_the_users_port(home, capsys):
    assert main(["service", "install", "--no-start", "--port", "9123", "--platform", "linux"]) == 0
    unit = home / "config" / "systemd" / "user" / "pith.service"
    text = unit.read_text()
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    program = exec_start.split("=", 1)[1].split()[0]
    assert os.path.isabs(program) and os.access(program, os.X_OK)
    assert "serve --port 9123" in exec_start
    assert "WantedBy=default.target" in text and "EnvironmentFile" not in text
    assert "systemctl --user enable --now pith.service" in capsys.readouterr().out


def test_linux_token_lives_in_a_private_file_not_in_the_unit(home):
    assert main(["service", "install", "--no-start", "--token", "s3cret",
                 "--platform", "linux"]) == 0
    unit = home / "config" / "systemd" / "user" / "pith.service"
    env = home / "config" / "pith" / "pith.env"
    assert "s3cret" not in unit.read_text()
    assert f"EnvironmentFile={env}" in unit.read_text()
    assert env.read_text() == "PITH_TOKEN=s3cret\n" and _mode(env) == 0o600


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd is not installed")
def test_linux_unit_passes_systemd_analyze_verify(home):
    assert main(["service", "install", "--no-start", "--token", "t", "--platform", "linux"]) == 0
    unit = home / "config" / "systemd" / "user" / "pith.service"
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                            text=True, timeout=60)
    problems = [line for line in result.stderr.splitlines() if "pith.service" in line]
    assert result.returncode == 0 and not problems, result.stderr


def test_install_runs_the_service_manager_and_uninstall_stops_it(home):
    ran = []
    plan = autostart.plan("linux", port=8765, host="127.0.0.1", token="t")
    autostart.install(plan, start=True, run=lambda command, **_: ran.append(command))
    assert ran == [["systemctl", "--user", "daemon-reload"],
                   ["systemctl", "--user", "enable", "--now", "pith.service"]]
    ran.clear()
    said = autostart.uninstall(plan, stop=True, run=lambda command, **_: ran.append(command))
    assert ran == [["systemctl", "--user", "disable", "--now", "pith.service"]]
    assert all(not path.exists() for path in plan.files) and len(said) == 2


def test_macos_agent_starts_at_login_and_keeps_the_token_private(home):
    assert main(["service", "install", "--no-start", "--port", "9200", "--token", "s3cret",
                 "--platform", "macos"]) == 0
    path = home / "Library" / "LaunchAgents" / "local.pith.serve.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "local.pith.serve" and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"][1:] == ["serve", "--port", "9200"]
    assert os.path.isabs(agent["ProgramArguments"][0])
    assert agent["EnvironmentVariables"] == {"PITH_TOKEN": "s3cret"} and _mode(path) == 0o600


def test_windows_gets_the_task_scheduler_command(home, capsys):
    assert main(["service", "install", "--platform", "windows"]) == 0
    out = capsys.readouterr().out
    assert "schtasks /Create /SC ONLOGON /TN Pith" in out and "serve --port 8765" in out
    assert not any(home.rglob("*.service")) and not any(home.rglob("*.plist"))


def test_status_finds_the_service_on_the_installed_port(home, capsys):
    pith = shutil.which("pith", path=os.path.dirname(sys.executable)) or shutil.which("pith")
    with pith_serving([pith], cwd=ROOT) as origin:
        port = origin.rsplit(":", 1)[1]
        assert main(["service", "install", "--no-start", "--port", port,
                     "--platform", "macos"]) == 0
        capsys.readouterr()
        assert main(["service", "status", "--platform", "macos"]) == 0
        out = capsys.readouterr().out
        assert "installed" in out and f":{port}/: running" in out
    assert main(["service", "uninstall", "--no-stop", "--platform", "macos"]) == 0
    assert main(["service", "status", "--platform", "macos", "--port", port]) == 1
    assert "not installed" in capsys.readouterr().out


def test_refuses_a_public_address_without_a_token(home, capsys):
    assert main(["service", "install", "--no-start", "--host", "0.0.0.0",
                 "--platform", "linux"]) == 2
    assert not (home / "config" / "systemd").exists()
