"""Memory under hostile bodies (issue 17, item 3): while wrk keeps 200 connections on the public home
page, an anonymous client sends eight 60 MB POSTs at once (declared and chunked, to the sign-in form,
an upload route and a path with no route). Each is refused (413, or 404 for no route) without the
server reading it into memory: its peak resident memory (VmHWM from /proc) stays under 200 MB and the
public page keeps answering."""
import re
import socket
import subprocess
import threading
import time
import urllib.request

from conftest import plant
from servers import BIN, free_port, wait_until_healthy

SIXTY_MB = 60 * 1024 * 1024
CHUNK = b"a" * (1024 * 1024)
SEED_WORLD = [
    {"partnership": "Millbrook Safer Communities Partnership", "slug": "millbrook", "id": 1},
    {"body": "Millbrook Partnership Board", "slug": "board", "in": 1, "id": 1},
]


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise AssertionError(f"no {field} for {pid}")


def hostile_post(port, path, chunked, results):
    """Sends 60 MB as fast as the server takes it; records the status line it answers with."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        head += "Transfer-Encoding: chunked\r\n\r\n" if chunked else f"Content-Length: {SIXTY_MB}\r\n\r\n"
        answer = b""
        try:
            s.sendall(head.encode())
            for _ in range(SIXTY_MB // len(CHUNK)):
                s.sendall(b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n" if chunked else CHUNK)
            if chunked:
                s.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed before taking everything
        try:
            while b"\r\n" not in answer:
                data = s.recv(65536)
                if not data:
                    break
                answer += data
        except OSError:
            pass
        results.append((path, chunked, answer.split(b"\r\n", 1)[0].decode(errors="replace")))


def test_hostile_bodies_leave_memory_and_the_public_page_alone(tmp_path):
    db = tmp_path / "limits.sqlite"
    subprocess.run([BIN, "migrate", "--database", str(db)], check=True, capture_output=True)
    plant(db, SEED_WORLD)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(tmp_path / "serve.log", "w")
    server = subprocess.Popen([BIN, "serve", "--database", str(db), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(base, server, tmp_path / "serve.log")
        wrk = subprocess.Popen(["wrk", "-t2", "-c200", "-d10s", base + "/"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(1)  # wrk's connections are open before the bodies come
        results = []
        targets = [("/login", False), ("/login", True), ("/p/millbrook/minutes-import", False), ("/p/millbrook/minutes-import", True),
                   ("/no/such/place", False), ("/no/such/place", True), ("/logout", False), ("/logout", True)]
        posts = [threading.Thread(target=hostile_post, args=(port, path, chunked, results)) for path, chunked in targets]
        for post in posts:
            post.start()
        answered_during = []
        while any(post.is_alive() for post in posts):
            with urllib.request.urlopen(base + "/", timeout=20) as response:
                answered_during.append(response.status)
            time.sleep(0.2)
        for post in posts:
            post.join()
        report, _ = wrk.communicate(timeout=60)
        peak_mb = status_kb(server.pid, "VmHWM") / 1024
        with urllib.request.urlopen(base + "/", timeout=20) as response:
            assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()

    print(f"peak RSS {peak_mb:.0f} MB; wrk: {' '.join(report.split())}")
    assert len(results) == 8
    for path, chunked, status_line in results:
        expected = "404" if path == "/no/such/place" else "413"
        assert expected in status_line, (path, chunked, status_line)
    assert answered_during and all(status == 200 for status in answered_during)
    completed = re.search(r"(\d+) requests in", report)
    assert completed and int(completed.group(1)) > 0, report
    assert peak_mb < 200, f"peak resident memory {peak_mb:.0f} MB"
