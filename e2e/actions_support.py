"""Shared helpers for the action tracker's end-to-end tests: an invented partnership seeded
straight into a migrated database (the same story as Tests/MinutebookStoreTests/Actions)."""
import os
import pathlib
import sqlite3
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = os.environ.get("MINUTEBOOK_BIN", str(ROOT / ".build" / "debug" / "minutebook"))

FIXTURE_SQL = """
INSERT INTO partnership (id, slug, name) VALUES (1, 'riverside', 'Riverside Safety Partnership');
INSERT INTO organisation (id, partnershipId, name) VALUES (1, 1, 'Riverside Police'), (2, 1, 'Riverside Council');
INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Riverside Safety Board', 'board');
INSERT INTO person (id, partnershipId, fullName, initials, organisationId, email) VALUES
  (1, 1, 'Colin Hart', 'CH', 1, 'colin.hart@police.example'),
  (2, 1, 'Pia Wendt', 'PW', 1, 'pia.wendt@police.example'),
  (3, 1, 'Nadia Okafor', 'NO', 2, 'nadia.okafor@council.example'),
  (4, 1, 'Ivo Brandt', 'IB', 2, 'ivo.brandt@council.example');
INSERT INTO seat (id, bodyId, title, organisationId) VALUES (1, 1, 'Area Commander', 1);
INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2021-06-01');
INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (1, 1, '2022-12-05', 2022, 'minutes_drafted'),
  (2, 1, '2023-03-20', 2022, 'scheduled');
INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, letter, title, text) VALUES
  (1, 1, 1, 2022, 1, 41, '', 'Flood Exercise', 'The Board discussed the flood exercise & its "observers".'),
  (2, 1, 1, 2022, 2, 42, '', 'Extremism Plan Update', 'The plan needs revising.'),
  (3, 1, 1, 2022, 3, 46, 'a', 'Offender Management Update', 'A jobs fair was held.'),
  (4, 1, 1, 2022, 4, 47, '', 'Nuisance Bikes Update', 'Two bikes were missing.');
INSERT INTO resolution (id, minuteId, position, text) VALUES
  (1, 1, 1, 'RESOLVED that an update on the flood exercise <with partners> be brought to the next meeting.'),
  (2, 2, 1, 'RESOLVED that the revised plan be brought to the next meeting.'),
  (3, 3, 1, 'RESOLVED that Ivo Brandt report how many jobs were offered.'),
  (4, 4, 1, 'RESOLVED that the Area Commander check where the two bikes are.');
INSERT INTO action (id, bodyId, minuteId, resolutionId, text, status) VALUES
  (1, 1, 1, 1, 'Update on the flood exercise', 'open'),
  (2, 1, 2, 2, 'Revised plan', 'open'),
  (3, 1, 3, 3, 'Jobs fair figures', 'open'),
  (4, 1, 4, 4, 'Locate the bikes', 'open');
INSERT INTO actionOwner (actionId, personId, code) VALUES (1, 3, 'NO'), (2, 4, 'IB'), (3, 4, 'IB'), (4, 1, 'CH');
"""


def run(*args, check=True, **kwargs):
    result = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=120, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"minutebook {' '.join(args)} failed: {result.stderr}")
    return result


def seeded_database(tmp_path):
    path = tmp_path / "minutebook.sqlite"
    run("migrate", "--database", str(path))
    with sqlite3.connect(path) as db:
        db.executescript(FIXTURE_SQL)
    return path
