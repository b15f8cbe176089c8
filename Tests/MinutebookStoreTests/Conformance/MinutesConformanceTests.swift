import Foundation
import MinutebookCore
import Testing

/// Minutes, attendance and imported meeting records, run against every available backend through the
/// repository protocols only.
@Suite("Minutes repositories conformance")
struct MinutesConformanceTests {
    typealias F = RiversideFixture

    @Test(
        "draft minutes are edited, approved at a later meeting, then fixed; a correction is a new note (MinutesRepository)",
        arguments: StoreBackend.available)
    func minutes(_ backend: StoreBackend) async throws {
        let minutes = try F.seeded(backend).repositories.minutes
        #expect(try await minutes.approval(meetingID: F.approvedMeeting) != nil)
        #expect(try await minutes.approval(meetingID: F.draftMeeting) == nil)
        try await minutes.saveMinute(MinuteEdit(minuteID: 410, text: "Apologies were received from nobody."), by: F.editor)
        let approval = MinutesApproval(
            atMeetingID: F.scheduledMeeting, date: try F.date("2021-12-09"), proposer: "Alma Brightwater",
            recordedOn: try F.date("2021-12-09"))
        try await minutes.approveMinutes(meetingID: F.draftMeeting, approval, by: F.editor)
        #expect(try await minutes.approval(meetingID: F.draftMeeting)?.date == (try F.date("2021-12-09")))
        await #expect(throws: (any Error).self) {
            try await minutes.saveMinute(MinuteEdit(minuteID: 410, text: "Changed after approval."), by: F.editor)
        }
        try await minutes.addCorrection(
            minuteID: 410, text: "Apologies were also received from Tobias Quarry.",
            recordedAtMeetingID: F.scheduledMeeting, by: F.editor)
        let corrections = try await minutes.corrections(meetingID: F.draftMeeting)
        #expect(corrections.map(\.text) == ["Apologies were also received from Tobias Quarry."])
    }

    @Test(
        "attendance across a body's meetings follows the minutes: the public sees approved meetings only (AttendanceRepository)",
        arguments: StoreBackend.available)
    func attendance(_ backend: StoreBackend) async throws {
        let attendance = try F.seeded(backend).repositories.attendance
        let all = try await attendance.attendance(of: F.board, audience: F.secretariat)
        #expect(Set(all.map(\.meeting.id)) == [F.approvedMeeting, F.draftMeeting])
        let publicFacts = try await attendance.attendance(of: F.board, audience: .public)
        #expect(!publicFacts.isEmpty && publicFacts.allSatisfy { $0.meeting.id == F.approvedMeeting })
    }

    @Test(
        "an imported meeting record is written once; the same record again changes nothing (MinutesImportRepository)",
        arguments: StoreBackend.available)
    func importedRecords(_ backend: StoreBackend) async throws {
        let store = try F.seeded(backend)
        let json = """
            {"body": "Riverside Partnership Board", "date": "2020-03-12", "start": "10:00", "venue": "Riverside Civic Hall",
             "attendance": [{"name": "Alma Brightwater", "status": "present", "position": "chairman"}],
             "items": [{"number": "12", "title": "Towpath lighting", "part": 1, "text": "The Board noted the lighting survey.",
                        "resolutions": ["A lighting plan is brought to the next meeting."], "actions": []}],
             "warnings": []}
            """
        let record = try JSONDecoder().decode(MeetingRecord.self, from: Data(json.utf8))
        let first = try await store.repositories.minutesImport.importMeeting(
            record, file: "lighting.txt", partnership: "riverside",
            body: nil, status: .draft, by: nil)
        guard case .created(let meetingID, _) = first else {
            Issue.record("the first import did not create the meeting: \(first)")
            return
        }
        let again = try await store.repositories.minutesImport.importMeeting(
            record, file: "lighting.txt", partnership: "riverside",
            body: nil, status: .draft, by: nil)
        #expect(again == .unchanged(meetingID: meetingID))
        let detail = try #require(try await store.meetings.meetingDetail(id: meetingID, audience: F.secretariat))
        #expect(detail.minutes.map(\.minute.title) == ["Towpath lighting"])
    }
}
