import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// Decisions written on the web (the minute form, or the live meeting closed into minutes) get a place
/// in the narrative, as imported ones do: a kept decision stays where it stood, a new one follows the text.
@Suite("Resolution places from the web")
struct ResolutionPlaceFormTests {
    static func places(_ database: AppDatabase, minute: Int64) async throws -> [String: Int?] {
        try await database.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT text, place FROM resolution WHERE minuteId = ?", arguments: [minute])
                    .map { ($0["text"] as String, $0["place"] as Int?) })
        }
    }

    @Test("the minute form places a new decision after the text and keeps an existing decision's place")
    func minuteForm() async throws {
        let database = try MeetingDayFixture.database()
        let minutes = GRDBMinutesRepository(database: database)
        let by = MeetingDayFixture.editor
        try await minutes.saveMinute(
            MinuteEdit(
                minuteID: 1, text: "The chair thanked members.\n\nThe date was fixed.",
                resolutions: ["The next meeting be held in March."]), by: by)
        #expect(try await Self.places(database, minute: 1) == ["The next meeting be held in March.": 2])
        // A paragraph added after the decision: it keeps its place (before the new paragraph); a new decision follows the text.
        try await minutes.saveMinute(
            MinuteEdit(
                minuteID: 1, text: "The chair thanked members.\n\nThe date was fixed.\n\nTea followed.",
                resolutions: ["The next meeting be held in March.", "The room be booked."]), by: by)
        #expect(try await Self.places(database, minute: 1) == ["The next meeting be held in March.": 2, "The room be booked.": 3])
        let layout = try await database.read { db in
            try MinuteLayout.blocks(
                text: String.fetchOne(db, sql: "SELECT text FROM minute WHERE id = 1") ?? "",
                decisions: Row.fetchAll(db, sql: "SELECT text, place FROM resolution WHERE minuteId = 1 ORDER BY position")
                    .map { ($0["text"] as String, $0["place"] as Int?) })
        }
        #expect(
            layout == [
                .paragraph("The chair thanked members."), .paragraph("The date was fixed."),
                .resolutions(["The next meeting be held in March."]), .paragraph("Tea followed."),
                .resolutions(["The room be booked."])
            ])
        // Text cut short: a kept place never points past the end of the text.
        try await minutes.saveMinute(MinuteEdit(minuteID: 1, text: "Short.", resolutions: ["The next meeting be held in March."]), by: by)
        #expect(try await Self.places(database, minute: 1) == ["The next meeting be held in March.": 1])
    }

    @Test("closing the live meeting places each item's decisions after its notes")
    func liveClose() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        try await day.recordRegister(MeetingDayFixture.register(), meetingID: 2, by: by)
        try await day.takeItem(agendaItemID: 12, as: .taken, by: by)
        _ = try await day.saveItem(
            LiveItemEdit(
                agendaItemID: 12, version: 0, notes: "The figures were presented.\n\nQuestions followed.",
                resolutions: ["The figures be noted."]), by: by)
        for item: Int64 in [11, 13, 14, 15] { try await day.takeItem(agendaItemID: item, as: .withdrawn, by: by) }
        try await day.closeMeeting(meetingID: 2, by: by)
        let (text, place) = try #require(
            try await database.read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT m.text, r.place FROM resolution r JOIN minute m ON m.id = r.minuteId WHERE m.agendaItemId = 12
                        """
                ).map { ($0["text"] as String, $0["place"] as Int?) }
            })
        #expect(place == MinuteLayout.paragraphs(text).count)
        #expect((place ?? 0) >= 2)
    }
}
