import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTools
import Testing
import ZIPFoundation

@testable import MinutebookWeb

/// Issue 20 on the web: the minutes document from the meeting page (public only once approved, never
/// Part 2), the chair's sign-off and the verify page, which fails once a stored byte changes.
@Suite("The signed record on the web")
struct SignedRecordPagesTests {
    static let base = MeetingFixture.meetingPath
    static let partTwoText = "The case of \(MeetingFixture.secret)-MINUTE was reviewed."

    /// Meeting 2 (26 March 2018) minuted with a Part 2 minute holding the secret; its chair Ada Quill
    /// (board member's account) chairs meeting 3 (25 June 2018), which approves the minutes.
    func approvedMeeting(
        _ client: any TestClientProtocol, _ accounts: Fixture.Accounts, _ database: AppDatabase,
        approve: Bool = true
    ) async throws -> TestBrowser {
        let secretary = TestBrowser(client)
        try await secretary.signIn(accounts.secretariat, Fixture.password)
        _ = try await secretary.get(Self.base)
        _ = try await secretary.post(Self.base + "/minutes/start", [])
        let partTwo = try await MeetingFixture.minuteID(number: 194, database)
        #expect(try await secretary.post(Self.base + "/minutes/\(partTwo)", [("text", Self.partTwoText)]).status == .seeOther)
        let crime = try await MeetingFixture.minuteID(number: 193, database)
        #expect(
            try await secretary.post(
                Self.base + "/minutes/\(crime)",
                [
                    ("text", "Burglary fell in the north wards."),
                    ("resolution-1", "The crime figures be noted.")
                ]
            ).status == .seeOther)
        let june = "/p/riverside/bodies/board/meetings/2018-06-25"
        _ = try await secretary.get(june + "/attendance")
        #expect(try await secretary.post(june + "/attendance", [("row-1-seat", "1"), ("row-1-status", "present")]).status == .seeOther)
        if approve {
            _ = try await secretary.get(Self.base)
            #expect(
                try await secretary.post(
                    Self.base + "/minutes/approve",
                    [("approved-at", "2018-06-25"), ("proposer", "Ada Quill"), ("confirm", "1")]
                ).status == .seeOther)
        }
        return secretary
    }

    static func documentXML(_ bytes: [UInt8]) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    static func pdfText(_ bytes: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mb-record-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try ToolProcess.runBlocking(try Tools.located.path(.pdftotext), ["-layout", file.path, "-"], timeout: 60).stdout
    }

    @Test("draft minutes: members get a DRAFT document, the public none; approved: the public document has no Part 2 (planted secret)")
    func documentsFollowVisibility() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            let secretary = try await approvedMeeting(client, accounts, database, approve: false)
            let anonymous = TestBrowser(client)
            #expect(try await anonymous.get(Self.base + "/minutes.docx").status == .notFound)
            #expect(try await anonymous.get(Self.base + "/minutes.pdf").status == .notFound)
            let draft = try await secretary.get(Self.base + "/minutes.docx")
            #expect(draft.status == .ok)
            #expect(draft.headers[.contentDisposition]?.contains("board-2018-03-26-draft-minutes.docx") == true)
            let draftXML = try Self.documentXML(draft.bytes)
            #expect(draftXML.contains("DRAFT – these minutes are not yet approved"))
            #expect(draftXML.contains(MeetingFixture.secret))
            let page = try await secretary.get(Self.base)
            #expect(page.html.contains("href=\"\(Self.base)/minutes.pdf\""))

            _ = try await secretary.get(Self.base)
            #expect(
                try await secretary.post(
                    Self.base + "/minutes/approve",
                    [("approved-at", "2018-06-25"), ("proposer", "Ada Quill"), ("confirm", "1")]
                ).status == .seeOther)
            let docx = try await anonymous.get(Self.base + "/minutes.docx")
            #expect(docx.status == .ok)
            let xml = try Self.documentXML(docx.bytes)
            #expect(!xml.contains(MeetingFixture.secret) && !xml.contains("Case review"))
            #expect(!xml.contains("DRAFT"))
            #expect(xml.contains(">193<") && xml.contains("RESOLVED that the crime figures be noted."))
            #expect(xml.contains("One exempt (Part 2) item is not included."))
            let pdf = try await anonymous.get(Self.base + "/minutes.pdf")
            #expect(pdf.status == .ok)
            let text = try Self.pdfText(pdf.bytes)
            #expect(text.contains("RESOLVED that the crime figures be noted."))
            #expect(!text.contains(MeetingFixture.secret))
            // Members still get Part 2 in theirs.
            #expect(try Self.documentXML(try await secretary.get(Self.base + "/minutes.docx").bytes).contains(MeetingFixture.secret))
        }
    }

    @Test("the chair signs; the public page and PDF say so; verify passes, then fails once a stored byte is changed")
    func signAndVerify() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            let secretary = try await approvedMeeting(client, accounts, database)
            // Someone who did not chair cannot sign; the public cannot reach the form.
            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            #expect(try await officer.get(Self.base + "/signature").status == .forbidden)
            #expect(try await TestBrowser(client).get(Self.base + "/signature").status == .seeOther)
            #expect(try await TestBrowser(client).get(Self.base + "/signature/verify").status == .notFound)

            let chair = TestBrowser(client)
            try await chair.signIn(accounts.boardMember, Fixture.password)
            let meetingPage = try await chair.get(Self.base)
            #expect(meetingPage.html.contains("href=\"\(Self.base)/signature\""))
            let form = try await chair.get(Self.base + "/signature")
            #expect(form.status == .ok)
            #expect(form.html.contains("Ada Quill (Chair)"))
            let refused = try await chair.post(Self.base + "/signature", [("signer", "1")])
            #expect(refused.status == .badRequest)
            #expect(refused.html.contains("There is a problem") && refused.html.contains("Confirm that these minutes were approved"))
            #expect(refused.html.contains("value=\"1\" checked"))
            let signed = try await chair.post(Self.base + "/signature", [("signer", "1"), ("confirm", "1")])
            #expect(signed.status == .seeOther)
            #expect(try await chair.get(Self.base + "/signature").status == .conflict)

            let anonymous = TestBrowser(client)
            let page = try await anonymous.get(Self.base)
            #expect(page.html.contains("Signed by the Chair on "))
            #expect(page.html.contains("(Ada Quill)"))
            let pdf = try Self.pdfText(try await anonymous.get(Self.base + "/minutes.pdf").bytes)
            #expect(pdf.contains("Signed by the Chair on "))
            let verified = try await anonymous.get(Self.base + "/signature/verify")
            #expect(verified.status == .ok)
            #expect(verified.html.contains("<strong>Verified.</strong>"))
            #expect(!verified.html.contains(MeetingFixture.secret))

            // A correction is a new note: still verified.
            let minute = try await MeetingFixture.minuteID(number: 193, database)
            _ = try await secretary.get(Self.base)
            #expect(
                try await secretary.post(
                    Self.base + "/minutes/corrections", [("correction-minute", String(minute)), ("correction-text", "Burglary fell by a third.")]
                ).status == .seeOther)
            #expect(try await anonymous.get(Self.base + "/signature/verify").html.contains("<strong>Verified.</strong>"))

            // Tampering: the lock refuses; someone with the file drops it and changes one byte.
            try await database.write(as: Actor("test:tamper")) { db in
                try db.execute(sql: "DROP TRIGGER minute_fixed_once_approved_update")
                try db.execute(sql: "UPDATE minute SET text = replace(text, 'north', 'north!') WHERE id = ?", arguments: [minute])
            }
            let failed = try await anonymous.get(Self.base + "/signature/verify")
            #expect(failed.html.contains("Not verified"))
            #expect(!failed.html.contains("<strong>Verified.</strong>"))
        }
    }
}
