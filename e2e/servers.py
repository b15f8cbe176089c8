"""The servers end-to-end tests start: `minutebook serve` on a free loopback port (ready once
/healthz answers), and a real SMTP server (aiosmtpd) that keeps every message it receives."""
import contextlib
import email
import email.policy
import os
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = os.environ.get("MINUTEBOOK_BIN", str(ROOT / ".build/debug/minutebook"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(base, process, log_path=None, attempts=150):
    """Polls /healthz; fails with the server's log when it exits or never answers."""
    for _ in range(attempts):
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    log = Path(log_path).read_text() if log_path and Path(log_path).exists() else "(no log kept)"
    raise RuntimeError(f"minutebook serve did not answer {base}/healthz:\n{log}")


@contextlib.contextmanager
def serve(database, *extra, log_path=None, base_url=False):
    """Runs `minutebook serve` over `database` with `extra` arguments and yields its base URL.
    `base_url=True` also passes the served address as --base-url (for links in emails)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    arguments = [BIN, "serve", "--database", str(database), "--host", "127.0.0.1", "--port", str(port)]
    arguments += [str(argument) for argument in extra]
    if base_url:
        arguments += ["--base-url", base]
    log = open(log_path, "w") if log_path else subprocess.DEVNULL
    process = subprocess.Popen(arguments, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(base, process, log_path)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log_path:
            log.close()


class MailCollector:
    """An aiosmtpd handler keeping (recipients, parsed message) for each message."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=email.policy.default)))
        return "250 Message accepted"


@contextlib.contextmanager
def smtp_server(**options):
    """A plain SMTP server on a free loopback port; yields (controller, collector)."""
    from aiosmtpd.controller import Controller
    collector = MailCollector()
    controller = Controller(collector, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    try:
        yield controller, collector
    finally:
        controller.stop()


def fetch(opener, url, data=None):
    """GET (or POST `data` as a form) through a urllib opener: (status, text), also for 4xx/5xx."""
    try:
        response = opener.open(url, data=urllib.parse.urlencode(data).encode() if data is not None else None, timeout=10)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
