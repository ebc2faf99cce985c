"""A throw-away PostgreSQL server on loopback for the tests (``initdb`` + ``pg_ctl``).

PostgreSQL refuses to run as root, so when the tests run as root (CI does) the server's
files belong to ``nobody`` and its programs run as that user (``setuid`` in the child
only). The server listens on 127.0.0.1 on a free port, trusts local connections, keeps
its socket in its own folder and is stopped (and its folder removed) at the end.

Debian's ``postgresql`` package puts the programs in ``/usr/lib/postgresql/N/bin``
(``.ci/run`` installs it on a fresh machine).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from typing import Optional


def pg_bin() -> Optional[str]:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest version), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """``start()`` a server; ``url(dbname)`` for a database made by ``create_db``."""

    def __init__(self, bindir: str):
        self.bindir = bindir
        self.port = _free_port()
        self.root = tempfile.mkdtemp(prefix="dashboard-pg-")   # /tmp: reachable by nobody
        self.data = os.path.join(self.root, "data")
        self.user = None
        if os.geteuid() == 0:
            import pwd
            self.user = pwd.getpwnam("nobody")
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)

    def _run(self, *args, check=True, **kw):
        def demote():
            if self.user is not None:
                os.setgid(self.user.pw_gid)
                os.setuid(self.user.pw_uid)
        return subprocess.run([os.path.join(self.bindir, args[0]), *args[1:]], check=check,
                              preexec_fn=demote, capture_output=True, text=True,
                              env={**os.environ, "LC_ALL": "C", "HOME": self.root}, **kw)

    def start(self) -> "PostgresServer":
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync")
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                f"-c unix_socket_directories={self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", self.data, "-o", opts, "-l", os.path.join(self.root, "log"),
                  "-w", "-t", "60", "start")
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_db(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}"')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False)
        time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)
