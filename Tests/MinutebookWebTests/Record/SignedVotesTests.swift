import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import MinutebookTools
import Testing

@testable import MinutebookServices
@testable import MinutebookStore

/// Issue 20: votes and declarations of interest are part of the minutes (the document in Word and
/// PDF, the pack's previous minutes) and of the text the chair signs (canonical form 2); signatures
/// made in form 1 keep verifying; the pack prints "Signed by the Chair on ..." under signed minutes.
@Suite("Votes and declarations in the signed minutes")
struct SignedVotesTests {
    static let admin = Audience.account(.init(userID: 1, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
    static let motion = "That the lantern rota be extended to Sundays"
    static let interest = "Owns the hall the rota meets in"

    /// The Fenwold Board's December meeting (chaired by Ossian Pell) took a recorded vote and heard a
    /// declaration at minute 180; its minutes were approved at the March meeting, which Wren Talbot chaired.
    static func database() throws -> AppDatabase {
        var world = TestWorld()
        let partnership = world.partnership("Fenwold Partnership", slug: "fenwold")
        let body = world.body("Fenwold Board", slug: "board", in: partnership)
        let wren = world.person("Wren Talbot", initials: "WT", in: partnership)
        let ossian = world.person("Ossian Pell", initials: "OP", in: partnership)
        let december = world.meeting(of: body, on: "2017-12-19", status: .minutesDrafted, start: "10:00", end: "12:05")
        let march = world.meeting(of: body, on: "2018-03-26", status: .agendaPublished)
        world.attendance(at: december, "Ossian Pell", person: ossian, position: .chairman)
        world.attendance(at: december, "Wren Talbot", person: wren)
        world.attendance(at: december, "Tamsin Reeve")
        world.attendance(at: march, "Wren Talbot", person: wren, position: .chairman)
        let rota = world.item("Lantern rota", on: december)
        world.item("Minutes of the previous meeting", on: march)
        let minute = world.minute(
            "Lantern rota", number: 180, text: "The rota was described.", of: december, body: body, date: "2017-12-19",
            item: rota)
        world.resolution("The rota be extended to Sundays.", of: minute)
        world.declaration(at: rota, "Tamsin Reeve", kind: .pecuniary, interest)
        world.vote(
            at: rota, motion: motion, kind: .recorded, tally: VoteTally(votesFor: 2, against: 1, abstentions: 0), presentVoting: 3,
            ballots: [("Ossian Pell", ossian, .votedFor), ("Wren Talbot", wren, .votedFor), ("Tamsin Reeve", nil, .against)])
        world.approve(december, on: "2018-03-26", at: march)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-votes-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.writeSync(as: .system) { try $0.execute(sql: world.sql) }
        return database
    }

    @Test("the signed text holds the declaration, the vote and its roll call; a changed roll call fails verification")
    func signedForm2() async throws {
        let database = try Self.database()
        let signatures = GRDBMinutesSignatureRepository(database: database)
        let text = try await signatures.canonicalText(meetingID: 1)
        #expect(text.hasPrefix("minutebook-minutes=2\n"))
        #expect(text.contains("declaration=Tamsin Reeve|pecuniary|\(Self.interest)\n"))
        #expect(
            text.contains(
                "vote=recorded|\(Self.motion)|2|1|0||carried|3|3\nballot=Ossian Pell|for\nballot=Wren Talbot|for\nballot=Tamsin Reeve|against\n"))
        let signature = try await signatures.sign(meetingID: 1, signerPersonID: 1, by: .tool("test"))
        #expect(signature.canonicalVersion == 2)
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)

        // Someone with the file drops the lock and changes one ballot: the signature no longer verifies.
        try await database.write(as: Actor("test:tamper")) { db in
            try db.execute(sql: "DROP TRIGGER voteBallot_fixed_once_approved_update")
            try db.execute(sql: "UPDATE voteBallot SET choice = 'abstain' WHERE name = 'Tamsin Reeve'")
        }
        #expect(try await signatures.verify(meetingID: 1)?.matches == false)
    }

    @Test("a signature made in canonical form 1 (before votes were signed) still verifies in form 1")
    func form1StillVerifies() async throws {
        let database = try Self.database()
        let signatures = GRDBMinutesSignatureRepository(database: database)
        let form1 = try await database.read { db in try GRDBMinutesSignatureRepository.canonicalText(meetingID: 1, version: 1, db) }
        #expect(form1.hasPrefix("minutebook-minutes=1\n"))
        #expect(!form1.contains("vote=") && !form1.contains("declaration="))
        var world = TestWorld()
        world.signature(of: 1, by: 1, name: "Wren Talbot", capacity: "Chair", sha256: SHA256Hex.digest(form1.utf8), canonicalVersion: 1)
        try database.plant(world, as: Actor("test:old-signature"))
        #expect(try await signatures.verify(meetingID: 1)?.matches == true)
        #expect(try await signatures.canonicalText(meetingID: 1) == form1)
    }

    @Test("the minutes document prints the declaration and the vote with its roll call, in Word and PDF")
    func document() async throws {
        let database = try Self.database()
        let documents = MinutesDocuments(
            meetings: GRDBMeetingRepository(database: database), minutes: GRDBMinutesRepository(database: database),
            signatures: GRDBMinutesSignatureRepository(database: database))
        _ = try await GRDBMinutesSignatureRepository(database: database).sign(meetingID: 1, signerPersonID: 1, by: .tool("test"))
        let document = try await documents.document(meetingID: 1, audience: Self.admin)
        let rows = try #require(document.entries.first).rows
        #expect(rows.first == MinutesDocument.Row(.declaration("Tamsin Reeve declared a pecuniary interest: \(Self.interest)")))
        #expect(
            rows.contains {
                if case .vote(let sentence, let roll) = $0.content {
                    sentence.hasPrefix("Recorded vote on the motion “\(Self.motion)”. For 2, against 1, abstentions 0: carried.")
                        && roll == ["Ossian Pell: For", "Wren Talbot: For", "Tamsin Reeve: Against"]
                } else {
                    false
                }
            })

        let xml = try MinutesDocumentTests.documentXML(try document.docx())
        #expect(xml.contains("Tamsin Reeve declared a pecuniary interest: \(Self.interest)"))
        #expect(xml.contains("Recorded vote on the motion “\(Self.motion)”"))
        #expect(xml.contains(">Tamsin Reeve: Against<"))
        #expect(xml.contains("Signed by the Chair on "))

        let pdf = try await document.pdf(tools: try PackTools.locate())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mb-votes-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let out = try ToolProcess.runBlocking(try Tools.located.path(.pdftotext), [file.path, "-"], timeout: 60)
        let text = out.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("declared a pecuniary interest"))
        #expect(text.contains("For 2, against 1, abstentions 0: carried"))
        #expect(text.contains("Tamsin Reeve: Against"))
    }

    @Test("the next meeting's pack prints the previous minutes' vote and declaration, and 'Signed by the Chair on ...' once signed")
    func pack() async throws {
        let database = try Self.database()
        let packs = GRDBPackRepository(database: database)
        let day = try #require(LocalDate(iso: "2018-03-20"))
        func printed() async throws -> String {
            let source = try await packs.packSource(meetingID: 2, edition: .public, issueDate: day)
            let minutes = try #require(source.previousMinutes)
            var w = HTMLWriter(capacity: 8_000)
            PackDocument(source: source, reports: [:], pageStyles: []).writeMinutes(&w, minutes)
            return w.string
        }
        let unsigned = try await printed()
        #expect(unsigned.contains("Recorded vote on the motion “\(Self.motion)”"))
        #expect(unsigned.contains("Tamsin Reeve: Against"))
        #expect(unsigned.contains("declared a pecuniary interest"))
        #expect(!unsigned.contains("Signed by the"))
        _ = try await GRDBMinutesSignatureRepository(database: database).sign(meetingID: 1, signerPersonID: 1, by: .tool("test"))
        let signed = try await printed()
        #expect(signed.contains("Signed by the Chair on "))
        #expect(signed.contains("(Wren Talbot)."))
    }
}
