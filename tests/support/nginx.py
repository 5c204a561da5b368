"""Debian's nginx serving a folder with deploy/nginx.conf, as the person testing, on a loopback
port: only the configuration's ``listen`` and ``root`` lines are changed. Its pid file, logs
and temporary files are in a folder of the test's own; it stops when the test is done."""

from __future__ import annotations

import grp
import os
import pwd
import queue
import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .deploy import NGINX

START_SECONDS = 15.0
READY = "start worker process"
"""What nginx logs (at notice level) once it listens and its worker is starting."""


def find_nginx() -> Path | None:
    for candidate in (os.environ.get("NGINX"), "/usr/sbin/nginx", shutil.which("nginx")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def server_block(listen: str, root: Path) -> str:
    """deploy/nginx.conf with its ``listen`` and ``root`` lines changed, and nothing else."""
    text = NGINX.read_text(encoding="utf-8")
    text, listens = re.subn(r"^(\s*)listen\s[^;]*;", rf"\g<1>listen {listen};", text, flags=re.M)
    text, roots = re.subn(r"^(\s*)root\s[^;]*;", rf"\g<1>root {root};", text, flags=re.M)
    assert (listens, roots) == (1, 1), "one listen line and one root line to change"
    return text


def _mime_types(executable: Path) -> Path:
    """nginx's own mime.types, beside the configuration it was built to read."""
    built = subprocess.run([executable, "-V"], capture_output=True, text=True, check=True)
    found = re.search(r"--conf-path=(\S+)", built.stderr)
    return Path(found.group(1) if found else "/etc/nginx/nginx.conf").parent / "mime.types"


def _main_configuration(executable: Path, folder: Path) -> str:
    """What an nginx.conf holds around a server block (as Debian's does), every path in
    ``folder``; when the test runs as root, the worker runs as root too, not as nobody."""
    user = ""
    if os.geteuid() == 0:
        user = f"user {pwd.getpwuid(os.getuid()).pw_name} {grp.getgrgid(os.getgid()).gr_name};"
    temporary = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}
worker_processes 1;
pid {folder / "nginx.pid"};
error_log stderr notice;
events {{
    worker_connections 64;
}}
http {{
    include {_mime_types(executable)};
    default_type application/octet-stream;
    access_log {folder / "access.log"};
{temporary}
    include {folder / "server.conf"};
}}
"""


@contextmanager
def nginx_serving(root: Path, folder: Path) -> Iterator[str]:
    """Serve ``root`` with deploy/nginx.conf; yields the address, ``http://127.0.0.1:port/``.

    nginx's log is read as it comes: the address is yielded once nginx says it has started
    (it listens before that), or the start fails with what it said.
    """
    executable = find_nginx()
    assert executable is not None
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    (folder / "server.conf").write_text(server_block(f"127.0.0.1:{port}", root), "utf-8")
    configuration = folder / "nginx.conf"
    configuration.write_text(_main_configuration(executable, folder), "utf-8")
    command = [executable, "-p", f"{folder}/", "-c", configuration, "-e", "stderr"]
    process = subprocess.Popen(
        [*map(str, command), "-g", "daemon off;"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: queue.Queue[str | None] = queue.Queue()
    log: list[str] = []

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            said.put(line.rstrip("\n"))
        said.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        while True:
            line = said.get(timeout=START_SECONDS)
            if line is None:
                raise AssertionError("nginx did not start:\n" + "\n".join(log))
            log.append(line)
            if READY in line:
                break
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()  # a fast shutdown: the master stops its worker, then itself
        process.wait(timeout=START_SECONDS)
