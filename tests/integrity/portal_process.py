"""A real portal process for the integrity tests: the checkout's own
``bin/instance`` and generated configuration (parts/instance/etc), pointed
at a scratch var/ and a free port, started, killed and stopped as an
operator or a service manager would."""

from pathlib import Path

import os
import re
import requests
import shutil
import signal
import socket
import subprocess
import time


CHECKOUT = Path(__file__).resolve().parents[2]
ETC = CHECKOUT / "parts" / "instance" / "etc"
# Ports the lead's portal (8080) and other work on this machine leave free.
PORTS = range(8091, 8100)
ADMIN = ("admin", "admin")


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


class Instance:
    """One portal process on ``var`` and ``port``."""

    def __init__(self, root: Path, port: int, var_from: Path | None = None):
        self.root, self.port = root, port
        self.var = root / "var"
        if var_from is not None:
            shutil.copytree(var_from, self.var)
        for folder in ("filestorage", "log", "instance", "cache"):
            (self.var / folder).mkdir(parents=True, exist_ok=True)
        own_var = str(CHECKOUT / "var")
        self.zope_conf = root / "zope.conf"
        self.zope_conf.write_text(
            (ETC / "zope.conf").read_text().replace(own_var, str(self.var))
        )
        self.wsgi_ini = root / "wsgi.ini"
        wsgi = (ETC / "wsgi.ini").read_text().replace(own_var, str(self.var))
        wsgi = wsgi.replace(str(ETC / "zope.conf"), str(self.zope_conf))
        wsgi = re.sub(
            r"^(fast-listen|listen) = .*$",
            rf"\1 = 127.0.0.1:{port}",
            wsgi,
            flags=re.M,
        )
        self.wsgi_ini.write_text(wsgi)
        # bin/instance itself, with this configuration instead of the checkout's.
        self.script = root / "instance"
        self.script.write_text(
            (CHECKOUT / "bin" / "instance")
            .read_text()
            .replace(repr(str(ETC / "zope.conf")), repr(str(self.zope_conf)))
            .replace(repr(str(ETC / "wsgi.ini")), repr(str(self.wsgi_ini)))
        )
        self.script.chmod(0o755)
        self.console_log = root / "console.log"
        self.process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def data_fs(self) -> Path:
        return self.var / "filestorage" / "Data.fs"

    def run(self, script: Path, **env) -> subprocess.CompletedProcess:
        """``bin/instance run script`` on this var/."""
        result = subprocess.run(
            [str(self.script), "run", str(script)],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, **env},
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def start(self, timeout: float = 240) -> None:
        """``bin/instance console``: the server in this process (execve),
        debug mode off, as a service manager runs it."""
        assert self.process is None
        with open(self.console_log, "a") as log:
            self.process = subprocess.Popen(
                [str(self.script), "console"],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the instance exited:\n{self.log_tail()}")
            try:
                requests.get(f"{self.url}/", timeout=5)
                return
            except requests.RequestException:
                time.sleep(0.5)
        self.kill()
        raise AssertionError(f"the instance did not answer:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: the crash (power cut, OOM killer)."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=60)
            self.process = None

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM, what a service manager sends; the exit status."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.process = None

    def event_log(self) -> str:
        path = self.var / "log" / "instance.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def log_tail(self, lines: int = 40) -> str:
        text = self.console_log.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])
