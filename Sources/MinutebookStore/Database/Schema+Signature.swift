import GRDB

extension Schema {
    /// Migration "v18-record-signature": the chair's sign-off of approved minutes. One signature per
    /// meeting, only once its minutes are approved, never changed or removed (a correction is a new
    /// `minuteCorrection` note outside the signed text). `sha256` is taken over
    /// `MinutesCanonicalForm` version `canonicalVersion` of the approved text.
    static func v18Signature(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE minutesSignature (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
                    signerPersonId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    signerName TEXT NOT NULL CHECK (signerName <> ''),
                    capacity TEXT NOT NULL CHECK (capacity <> ''),
                    signedAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    recordedBy TEXT,
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
                    canonicalVersion INTEGER NOT NULL CHECK (canonicalVersion >= 1)
                );
                CREATE TRIGGER minutesSignature_only_approved BEFORE INSERT ON minutesSignature
                WHEN coalesce((SELECT status FROM meeting WHERE id = NEW.meetingId), '') <> 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'only approved minutes can be signed'); END;
                CREATE TRIGGER minutesSignature_fixed_update
                BEFORE UPDATE OF id, meetingId, signerName, capacity, signedAt, recordedBy, sha256, canonicalVersion ON minutesSignature
                BEGIN SELECT RAISE(ABORT, 'a signature of approved minutes cannot be changed'); END;
                CREATE TRIGGER minutesSignature_fixed_delete BEFORE DELETE ON minutesSignature
                BEGIN SELECT RAISE(ABORT, 'a signature of approved minutes cannot be removed'); END;
                """)
        try Audit.installTriggers(on: "minutesSignature", db)
    }
}
