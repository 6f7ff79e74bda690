"""The deployed topology without containers: a throwaway PostgreSQL cluster, a real Chroma
server, `gapcard serve` replicas and `gapcard worker` processes, each a real process on loopback.

PostgreSQL refuses to run as root: as root, its folder is given to the `postgres` user and its
programs run as that user (runuser); otherwise they run as the current user.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.api_support import free_port

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's initdb and pg_ctl (Debian's layout first), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    initdb = found[0] if found else shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def wait_until(ready: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not ready after {timeout:.0f} s")
        time.sleep(0.1)


class Postgres:
    """A PostgreSQL cluster in a temporary folder, on a free loopback port, trust auth."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="gapcard-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.root / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stderr[-2000:]}\n{tail}")

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c max_connections=300 -c fsync=off -c full_page_writes=off")  # fmt: skip
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "start", "-w", "-t", "60")  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "stop", "-m", "fast", "-w", "-t", "60")

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def postgres(bindir: Path) -> Iterator[Postgres]:
    cluster = Postgres(bindir)
    try:
        cluster.init()
        cluster.start()
        yield cluster
        cluster.stop()
    finally:
        if (cluster.data / "postmaster.pid").exists():
            subprocess.run([str(bindir / "pg_ctl"), "-D", str(cluster.data), "stop", "-m",
                            "immediate"], capture_output=True,
                           user="postgres" if cluster.as_root else None)  # fmt: skip
        cluster.remove()


class Service:
    """One process of the topology, its output in a log file."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path) -> None:
        self.name, self.command, self.env, self.log = name, command, env, log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command, env=self.env, stdout=out, stderr=subprocess.STDOUT, cwd=REPO
            )

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def check_alive(self) -> None:
        if not self.alive():
            raise AssertionError(f"{self.name} exited: {self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no cleanup."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.alive():
            assert self.process is not None
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


def http_ok(url: str) -> Callable[[], bool]:
    def ready() -> bool:
        try:
            return httpx.get(url, timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    return ready


def chroma_server(folder: Path) -> tuple[Service, int]:
    port = free_port()
    command = [str(BIN / "chroma"), "run", "--path", str(folder / "chroma"),
               "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    return Service("chroma", command, dict(os.environ), folder / "chroma.log"), port


def gapcard(*args: str) -> list[str]:
    return [sys.executable, "-c", "from cli.main import main; main()", *args]
