import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookImport

@Suite("Status of imported minutes")
struct ImportStatusTests {
    typealias M = MillbrookMinutes

    static let present = ["Hana Iqbal, (Millbrook Council Head of Community Safety) (Chairman)", "Owen Teague, (Millbrook Police Inspector)"]
    static let march = M.text("12 March 2020", present: present, number: 30)
    static func june(
        _ approval: String = "\tRESOLVED that the minutes of the meeting held on 12th March 2020 be agreed as a correct record.\t\n",
        heading: String = "MINUTES OF THE PREVIOUS MEETING HELD ON 12th MARCH 2020"
    ) -> String {
        M.text("11 June 2020", present: present, number: 40, items: "41\t\(heading)\tAction\n\(approval)")
    }

    /// "date:status:approvedAt:approved at date".
    func statuses(_ db: AppDatabase) async throws -> [String] {
        try await db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.date, m.status, m.approvedAt, at.date AS atDate FROM meeting m LEFT JOIN meeting at ON at.id = m.approvedAtMeetingId
                    ORDER BY m.date
                    """
            ).map { "\($0["date"] as String):\($0["status"] as String):\($0["approvedAt"] as String? ?? "-"):\($0["atDate"] as String? ?? "-")" }
        }
    }

    @Test(
        "the minutes item that agrees earlier minutes is read into the record, with or without a date",
        arguments: [
            (june(), MeetingRecord.ApprovedMinutes.meeting(LocalDate(year: 2020, month: 3, day: 12)!)),
            (
                june(
                    "\tThe minutes of the previous meeting were agreed and signed as a correct record.\t\n",
                    heading: "MINUTES OF THE PREVIOUS MEETING"), .previousMeeting
            ),
            (
                june("\tIt was AGREED that the minutes of 12 March be approved.\t\n", heading: "CONFIRMATION OF MINUTES"),
                .meeting(LocalDate(year: 2020, month: 3, day: 12)!)
            )
        ])
    func readsApproval(text: String, expected: MeetingRecord.ApprovedMinutes) throws {
        #expect(try M.record(text).approvesMinutesOf == expected)
    }

    @Test("minutes received but not agreed, or a minutes item of a sub-group, approve nothing")
    func noApproval() throws {
        #expect(
            try M.record(Self.june("\tThe minutes of the meeting held on 12th March 2020 were received; approval was deferred.\t\n"))
                .approvesMinutesOf == nil)
        #expect(
            try M.record(Self.june("\tThe Board agreed to circulate the sub-group notes.\t\n", heading: "YOUTH SUB-GROUP UPDATE"))
                .approvesMinutesOf == nil)
        #expect(try M.record(Self.march).approvesMinutesOf == nil)
    }

    @Test(
        "auto: minutes a later imported meeting agreed become approved at it, in either import order; the newest stay draft",
        arguments: [false, true])
    func autoApproval(reversed: Bool) async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        let files = [("march.txt", Self.march), ("june.txt", Self.june())]
        for (file, text) in reversed ? files.reversed() : files {
            _ = try await writer.write(try M.record(text), file: file)
        }
        #expect(try await statuses(db) == ["2020-03-12:minutes_approved:2020-06-11:2020-06-11", "2020-06-11:minutes_drafted:-:-"])
    }

    @Test("auto: 'the previous meeting' without a date is the body's meeting before, in either order", arguments: [false, true])
    func previousMeeting(reversed: Bool) async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        let june = Self.june("\tThe minutes of the previous meeting were agreed as a correct record.\t\n", heading: "MINUTES OF THE PREVIOUS MEETING")
        let files = [("march.txt", Self.march), ("june.txt", june)]
        for (file, text) in reversed ? files.reversed() : files {
            _ = try await writer.write(try M.record(text), file: file)
        }
        #expect(try await statuses(db).first == "2020-03-12:minutes_approved:2020-06-11:2020-06-11")
    }

    @Test("draft leaves every meeting a draft; approved approves each, and an unchanged re-import with approved approves it")
    func explicitRules() async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        _ = try await writer.write(try M.record(Self.march), file: "march.txt", status: .draft)
        _ = try await writer.write(try M.record(Self.june()), file: "june.txt", status: .draft)
        #expect(try await statuses(db) == ["2020-03-12:minutes_drafted:-:-", "2020-06-11:minutes_drafted:-:-"])
        let again = try await writer.write(try M.record(Self.june()), file: "june.txt", status: .approved)
        guard case .updated = again else { Issue.record("expected the status to change, got \(again)"); return }
        #expect(try await statuses(db) == ["2020-03-12:minutes_approved:2020-06-11:2020-06-11", "2020-06-11:minutes_approved:2020-06-11:-"])
        let unchanged = try await writer.write(try M.record(Self.june()), file: "june.txt", status: .approved)
        #expect(unchanged == .unchanged(meetingID: again.meetingID))
    }

    @Test("approved imported minutes are public: the public audience sees their text")
    func approvedArePublic() async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        let march = try await writer.write(try M.record(Self.march), file: "march.txt")
        let june = try await writer.write(try M.record(Self.june()), file: "june.txt")
        let meetings = GRDBMeetingRepository(database: db)
        let seenMarch = try #require(try await meetings.meetingDetail(id: march.meetingID, audience: .public))
        #expect(seenMarch.minutes.contains { $0.minute.text.contains("no other business") })
        let seenJune = try await meetings.meetingDetail(id: june.meetingID, audience: .public)
        #expect(seenJune?.minutes.isEmpty ?? true)
    }

    @Test(
        "the real 16 October 2017 minutes are approved by the 19 December 2017 minutes inside the March 2018 pack",
        .enabled(if: TestFiles.hasSamples))
    func samplesApproveEachOther() async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        for name in ["sbp-2017-10-16-minutes.txt", "sbp-2018-03-26-agenda-pack.txt"] {
            let url = try #require(TestFiles.sample(name))
            for record in try MinutesImporter().records(fromFile: url) { _ = try await writer.write(record, file: name) }
        }
        #expect(try await statuses(db) == ["2017-10-16:minutes_approved:2017-12-19:2017-12-19", "2017-12-19:minutes_drafted:-:-"])
    }
}
