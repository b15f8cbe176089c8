"""Issue 24, item 11: a command that cannot do its job says so in one line on stderr and exits non-zero
before it does any work: no pack is built for a folder that does not exist, no server says "serving" on a
port another program holds."""
import socket
import subprocess

from conftest import SEED_WORLD, plant
from servers import BIN, free_port


def run(*args, timeout=60):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=timeout)


def test_pack_into_a_missing_folder_is_one_line_before_any_build(tmp_path):
    db = tmp_path / "mb.sqlite"
    assert run("migrate", "--database", str(db)).returncode == 0
    plant(db, SEED_WORLD)
    out = tmp_path / "missing" / "dir" / "x.pdf"
    result = run("pack", "--body", "board", "--date", "2018-03-26", "--out", str(out), "--database", str(db))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(out.parent) in lines[0] and "does not exist" in lines[0]
    assert "mb-pack-" not in result.stderr
    assert result.stdout == ""


def test_serve_on_a_busy_port_is_one_line_and_never_says_serving(tmp_path):
    port = free_port()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", port))
        holder.listen()
        result = run("serve", "--host", "127.0.0.1", "--port", str(port), "--database", str(tmp_path / "mb.sqlite"), timeout=30)
    assert result.returncode != 0
    output = (result.stdout + result.stderr).strip().splitlines()
    assert len(output) == 1, output
    assert f"127.0.0.1:{port}" in output[0] and "already in use" in output[0]
    assert "serving" not in (result.stdout + result.stderr).lower()
    assert not (tmp_path / "mb.sqlite").exists(), "no database is created before the check"


def test_demo_on_a_busy_port_refuses_before_writing_the_demo(tmp_path):
    port = free_port()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", port))
        holder.listen()
        result = run("demo", "--port", str(port), "--database", str(tmp_path / "demo.sqlite"), timeout=60)
    assert result.returncode != 0
    assert "already in use" in result.stderr
    assert not (tmp_path / "demo.sqlite").exists()
