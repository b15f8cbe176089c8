"""Shared helpers for the action tracker's end-to-end tests: an invented partnership planted as a
test world into a migrated database (the same story as Tests/MinutebookStoreTests/Actions)."""
import os
import pathlib
import subprocess

from conftest import plant

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = os.environ.get("MINUTEBOOK_BIN", str(ROOT / ".build" / "debug" / "minutebook"))

FIXTURE_WORLD = [
    {"partnership": "Riverside Safety Partnership", "slug": "riverside", "id": 1},
    {"organisation": "Riverside Police", "in": 1, "id": 1},
    {"organisation": "Riverside Council", "in": 1, "id": 2},
    {"body": "Riverside Safety Board", "slug": "board", "in": 1, "id": 1},
    {"person": "Colin Hart", "initials": "CH", "organisation": 1, "email": "colin.hart@police.example", "in": 1, "id": 1},
    {"person": "Pia Wendt", "initials": "PW", "organisation": 1, "email": "pia.wendt@police.example", "in": 1, "id": 2},
    {"person": "Nadia Okafor", "initials": "NO", "organisation": 2, "email": "nadia.okafor@council.example", "in": 1, "id": 3},
    {"person": "Ivo Brandt", "initials": "IB", "organisation": 2, "email": "ivo.brandt@council.example", "in": 1, "id": 4},
    {"seat": "Area Commander", "on": 1, "organisation": 1, "id": 1},
    {"holding": 1, "by": 1, "from": "2021-06-01"},
    {"meeting": 1, "on": "2022-12-05", "status": "minutes_drafted", "id": 1},
    {"meeting": 1, "on": "2023-03-20", "id": 2},
]
# December's four minutes, each with one resolution and the action it gave (ids 1 to 4), and the action's owner.
for number, (minute, letter, title, text, resolution, action, owner, code) in enumerate([
    (41, "", "Flood Exercise", 'The Board discussed the flood exercise & its "observers".',
     "RESOLVED that an update on the flood exercise <with partners> be brought to the next meeting.",
     "Update on the flood exercise", 3, "NO"),
    (42, "", "Extremism Plan Update", "The plan needs revising.",
     "RESOLVED that the revised plan be brought to the next meeting.", "Revised plan", 4, "IB"),
    (46, "a", "Offender Management Update", "A jobs fair was held.",
     "RESOLVED that Ivo Brandt report how many jobs were offered.", "Jobs fair figures", 4, "IB"),
    (47, "", "Nuisance Bikes Update", "Two bikes were missing.",
     "RESOLVED that the Area Commander check where the two bikes are.", "Locate the bikes", 1, "CH"),
], start=1):
    FIXTURE_WORLD += [
        {"minute": title, "number": minute, "letter": letter, "text": text, "of": 1, "id": number},
        {"resolution": resolution, "of": number, "id": number},
        {"action": action, "body": 1, "minute": number, "resolution": number, "id": number},
        {"owner": number, "person": owner, "code": code},
    ]


def run(*args, check=True, **kwargs):
    result = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=120, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"minutebook {' '.join(args)} failed: {result.stderr}")
    return result


def seeded_database(tmp_path):
    path = tmp_path / "minutebook.sqlite"
    run("migrate", "--database", str(path))
    plant(path, FIXTURE_WORLD)
    return path
