import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import MinutebookTools
import Testing

@testable import MinutebookStore

/// The chair's sign-off (issue 20): who, when and a SHA-256 of the canonical approved text; a later
/// correction does not break it; a changed byte in the stored text does.
@Suite("Signed minutes")
struct MinutesSignatureTests {
    /// Meeting 1 (19 December) approved at meeting 2 (26 March), which Wren Talbot chaired; Ossian Pell
    /// attended meeting 2 as a member; meeting 3 is a draft.
    func fixture() throws -> (AppDatabase, GRDBMinutesSignatureRepository) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-sign-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.plant(Self.world)
        return (database, GRDBMinutesSignatureRepository(database: database))
    }

    static var world: TestWorld {
        var w = TestWorld()
        let hollowmere = w.partnership("Hollowmere Partnership", slug: "hollowmere", id: 1)
        let board = w.body("Hollowmere Board", slug: "board", in: hollowmere, id: 1)
        let wren = w.person("Wren Talbot", in: hollowmere, id: 1)
        let ossian = w.person("Ossian Pell", in: hollowmere, id: 2)
        let december = w.meeting(of: board, on: "2017-12-19", start: "10:00", end: "12:05", id: 1)
        let march = w.meeting(of: board, on: "2018-03-26", id: 2)
        let june = w.meeting(of: board, on: "2018-06-20", status: .minutesDrafted, id: 3)
        w.attendance(at: december, "Ossian Pell", person: ossian, position: .chairman)
        w.attendance(at: march, "Wren Talbot", person: wren, position: .chairman)
        w.attendance(at: march, "Ossian Pell", person: ossian)
        let patrols = w.minute("Lantern Street patrols", number: 180, text: "The rota was described.", of: december, id: 1)
        let rota = w.resolution("The rota be extended to Sundays.", of: patrols, place: 1, id: 1)
        let action = w.action("The rota be extended to Sundays.", body: board, minute: patrols, resolution: rota, id: 1)
        w.owner(of: action, person: wren, code: "WT")
        w.minute("Draft item", number: 1, text: "Not yet approved.", of: june, id: 2)
        w.approve(december, on: "2018-03-26", at: march)
        return w
    }

    @Test("the chair of the approving meeting signs; verify recomputes the same hash; a correction keeps it valid")
    func signAndVerify() async throws {
        let (database, signatures) = try fixture()
        #expect(try await signatures.signers(meetingID: 1) == [MinutesSigner(personID: 1, name: "Wren Talbot", capacity: "Chair")])
        let text = try await signatures.canonicalText(meetingID: 1)
        #expect(text.hasPrefix("minutebook-minutes=2\ndate=2017-12-19\nstart=10:00\nend=12:05\n"))
        #expect(
            text.contains("minute=1|180|1|Lantern Street patrols\ntext=The rota was described.\nresolution=1|1|The rota be extended to Sundays.\n"))
        let signature = try await signatures.sign(meetingID: 1, signerPersonID: 1, by: .user(id: 7, email: "wren@hollowmere.example"))
        #expect(signature.signerName == "Wren Talbot" && signature.capacity == "Chair")
        #expect(signature.sha256 == SHA256Hex.digest(text.utf8))
        #expect(signature.recordedBy == "wren@hollowmere.example")
        #expect(signature.sentence.hasPrefix("Signed by the Chair on "))
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)

        // A correction is a new note: the signature still verifies.
        var correction = TestWorld()
        correction.correction(of: 1, "The rota starts in April.")
        try database.plant(correction, as: Actor("test:secretariat"))
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)
        // So is action progress.
        try await database.write(as: Actor("test:secretariat")) { db in
            try db.execute(sql: "UPDATE action SET status = 'done', closedAt = '2018-05-01' WHERE id = 1")
        }
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)
    }

    @Test("a byte changed in the stored text, past the approved lock, makes verification fail")
    func tamperingIsFound() async throws {
        let (database, signatures) = try fixture()
        _ = try await signatures.sign(meetingID: 1, signerPersonID: 1, by: .tool("test"))
        // The lock refuses the change through the app and through SQL alike.
        await #expect(throws: DomainError.self) {
            try await database.write(as: Actor("test:tamper")) { db in
                try db.execute(sql: "UPDATE minute SET text = 'The rota was described!' WHERE id = 1")
            }
        }
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)
        // Someone with the file drops the lock trigger and changes one byte directly.
        try await database.write(as: Actor("test:tamper")) { db in
            try db.execute(sql: "DROP TRIGGER minute_fixed_once_approved_update")
            try db.execute(sql: "UPDATE minute SET text = 'The rota was described!' WHERE id = 1")
        }
        let result = try #require(try await signatures.verify(meetingID: 1))
        #expect(!result.matches)
        #expect(result.recomputed != result.signature.sha256)
    }

    @Test("signing is refused for a draft, for someone who did not chair, and twice; a signature cannot be changed or removed")
    func refusals() async throws {
        let (database, signatures) = try fixture()
        #expect(try await signatures.signers(meetingID: 3).isEmpty)
        await #expect(throws: DomainError.self) { _ = try await signatures.sign(meetingID: 3, signerPersonID: 1, by: .tool("test")) }
        await #expect(throws: DomainError.forbidden("only the chair of the meeting that approved these minutes can sign them (Wren Talbot)")) {
            _ = try await signatures.sign(meetingID: 1, signerPersonID: 2, by: .tool("test"))
        }
        #expect(try await signatures.signature(meetingID: 1) == nil)
        _ = try await signatures.sign(meetingID: 1, signerPersonID: 1, by: .tool("test"))
        await #expect(throws: DomainError.conflict("these minutes are already signed")) {
            _ = try await signatures.sign(meetingID: 1, signerPersonID: 1, by: .tool("test"))
        }
        for sql in [
            "UPDATE minutesSignature SET sha256 = '\(String(repeating: "0", count: 64))'", "DELETE FROM minutesSignature",
            "INSERT OR REPLACE INTO minutesSignature (meetingId, signerName, capacity, sha256, canonicalVersion) VALUES (1, 'X', 'Chair', '\(String(repeating: "0", count: 64))', 1)",
            "INSERT INTO minutesSignature (meetingId, signerName, capacity, sha256, canonicalVersion) VALUES (3, 'X', 'Chair', '\(String(repeating: "0", count: 64))', 1)"
        ] {
            await #expect(throws: DomainError.self, "\(sql)") {
                try await database.write(as: Actor("test:tamper")) { db in try db.execute(sql: sql) }
            }
        }
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)
        // Every write is audited.
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE tableName = 'minutesSignature' AND operation = 'insert'")
        }
        #expect(audited == 1)
    }

    @Test("the canonical form escapes line breaks, backslashes and bars so no two records share a text")
    func canonicalEscaping() {
        let a = MinutesCanonicalForm.text(
            date: "2018-01-01", start: nil, end: nil, venue: nil,
            attendance: [
                .init(status: "present", name: "A|B", role: nil, position: nil, substituteFor: nil)
            ],
            minutes: [
                .init(
                    position: 1, number: "1", part: 1, title: "T", text: "one\ntext=two\\", resolutions: [], actions: [], note: nil,
                    reportReference: nil)
            ])
        #expect(a.contains("attendance=present|A\\|B|||\n"))
        #expect(a.contains("text=one\\ntext=two\\\\\n"))
        #expect(a.hasSuffix("\n"))
    }
}
