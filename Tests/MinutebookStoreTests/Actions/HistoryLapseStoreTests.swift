import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// Invented documents: the Lowmarsh Safety Board's minutes of 10 January 2031 (one action, minute 12),
/// its April 2031 pack keeping it open, and the minutes of 5 June 2033 of the "Lowmarsh Community Safety
/// Forum" (the same body under a new name: its pack is addressed "To: Members of the SAFETY BOARD"),
/// which record only that the Matters Arising report was noted.
@Suite("The weaker inference in the store: lapsed, kept open, undone, in any order")
struct HistoryLapseStoreTests {
    static let board = "Lowmarsh Safety Board"
    static let forum = "Lowmarsh Community Safety Forum"
    static let january = LocalDate(year: 2031, month: 1, day: 10) ?? LocalDate(dayNumber: 0)
    static let april = LocalDate(year: 2031, month: 4, day: 11) ?? LocalDate(dayNumber: 0)
    static let june2033 = LocalDate(year: 2033, month: 6, day: 5) ?? LocalDate(dayNumber: 0)

    static let minutes = MeetingRecord(
        body: board, date: january,
        items: [
            .init(
                number: "12", title: "Ferry Landing Lighting", resolutions: ["The harbour officer survey the ferry landing lamps."],
                actions: [.init(owners: ["HO"], text: "The harbour officer survey the ferry landing lamps.")])
        ])
    static let report = ReportEvidence(
        reference: "LSB31020", meetingDate: april, source: EvidenceSource(file: "lowmarsh-2031-04-11-pack.txt", line: 88),
        entries: [
            .init(
                minute: MinuteNumber(parsing: "12"), meetingDate: january, title: "Ferry Landing Lighting",
                resolved: "It was resolved that the harbour officer survey the lamps.", update: "Two lamps were replaced.", line: 95)
        ])
    static let noted = MeetingRecord(
        body: forum, date: june2033,
        items: [
            .init(number: "61", title: "MATTERS ARISING", resolutions: ["That the Matters Arising report be noted."]),
            .init(number: "62", title: "HARBOUR CCTV", resolutions: ["That the CCTV update be noted."])
        ])
    static let forumAgenda = AgendaEvidence(
        meetingDate: june2033, file: "lowmarsh-2033-06-05-pack.txt",
        items: [.init(number: "4", title: "MATTERS ARISING", line: 21)])
    static let forumCover = PackCover(addressedTo: "SAFETY BOARD", line: 3)

    typealias Step = @Sendable (AppDatabase) async throws -> Void
    static let steps: [Step] = [
        { _ = try await MeetingImportWriter(database: $0).write(minutes, file: "lowmarsh-2031-01-10.txt") },
        {
            _ = try await GRDBActionRepository(database: $0).recordEvidence(
                bodyName: board, partnership: nil, report: report, agenda: nil, actor: .system)
        },
        { _ = try await MeetingImportWriter(database: $0).write(noted, file: "lowmarsh-2033-06-05-pack.txt") },
        {
            _ = try await GRDBActionRepository(database: $0).recordEvidence(
                bodyName: forum, partnership: nil, report: nil, agenda: forumAgenda, cover: forumCover, actor: .system)
        }
    ]

    func load(_ order: [Int]) async throws -> AppDatabase {
        let db = try AppDatabase(path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-lapse-\(UUID().uuidString).sqlite").path)
        for step in order { try await Self.steps[step](db) }
        return db
    }

    func ferry(_ db: AppDatabase) async throws -> (id: Int64, status: String) {
        let row = try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT a.id, a.status FROM action a JOIN minute n ON n.id = a.minuteId WHERE n.number = 12")
                .map { ($0["id"] as Int64, $0["status"] as String) }
        }
        return try #require(row)
    }

    static let lapseText =
        "Lapsed (inferred, weaker evidence): not reported on since Matters Arising report LSB31020 of 11 April 2031 "
        + "(lowmarsh-2031-04-11-pack.txt, line 95); Matters Arising reports noted since at minute 61 of 5 June 2033 "
        + "(lowmarsh-2033-06-05-pack.txt), more than 2 years later."

    @Test(
        "settled as lapsed from the renamed body's minutes, with the last evidence and the noting named",
        arguments: [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]])
    func lapsed(order: [Int]) async throws {
        let db = try await load(order)
        let (id, status) = try await ferry(db)
        #expect(status == "done")
        let inferences = try await GRDBActionRepository(database: db).inferences(actionID: id)
        #expect(inferences.map(\.kind) == [.update, .lapsed])
        let lapse = try #require(inferences.last)
        #expect(lapse.date == Self.june2033)
        #expect(lapse.text == Self.lapseText)
        #expect(lapse.source == EvidenceSource(file: "lowmarsh-2031-04-11-pack.txt", line: 95))
        #expect(lapse.statusTo == .done)
        let line = try await db.read { db in
            try Row.fetchOne(
                db, sql: "SELECT at, authorName, statusTo FROM actionUpdate WHERE actionId = ? AND text = ?", arguments: [id, Self.lapseText]
            )
            .map { "\($0["at"] as String)|\($0["authorName"] as String)|\($0["statusTo"] as String? ?? "-")" }
        }
        #expect(line == "2033-06-05T12:00:00Z|Inferred lapse (lowmarsh-2031-04-11-pack.txt, line 95)|done")
        // Without the pack that shows the Forum is the Board renamed, the Forum's minutes say nothing of it.
        let unlinked = try await load(order.filter { $0 != 3 })
        #expect(try await ferry(unlinked).status == "open")
    }

    @Test("kept open when a later report mentions it within two years of the noting")
    func keptOpen() async throws {
        let db = try await load([0, 1, 2, 3])
        let june2032 = try #require(LocalDate(iso: "2032-06-01"))
        let later = ReportEvidence(
            reference: "LSB32041", meetingDate: june2032, source: EvidenceSource(file: "lowmarsh-2032-06-01-pack.txt", line: 70),
            entries: [
                .init(
                    minute: MinuteNumber(parsing: "12"), meetingDate: Self.january, title: "Ferry Landing Lighting",
                    resolved: "", update: "Awaiting the contractor.", line: 74)
            ])
        let summary = try await GRDBActionRepository(database: db).recordEvidence(
            bodyName: Self.board, partnership: nil, report: later, agenda: nil, actor: .system
        ).summary
        #expect(summary.withdrawn == 1)
        let (id, status) = try await ferry(db)
        #expect(status == "open")
        #expect(try await GRDBActionRepository(database: db).inferences(actionID: id).map(\.kind) == [.update, .update])
    }

    @Test("undoing the lapse restores the action, and importing again does not lapse it again")
    func undo() async throws {
        let db = try await load([0, 1, 2, 3])
        let repository = GRDBActionRepository(database: db)
        let (id, _) = try await ferry(db)
        let lapse = try #require(try await repository.inferences(actionID: id).first { $0.kind == .lapsed })
        let clerk = ActionEditor(auditName: "user:4:clerk@lowmarsh.example", displayName: "Lowmarsh clerk")
        try await repository.undoInference(id: lapse.id, by: clerk)
        #expect(try await ferry(db).status == "open")
        let lines = try await db.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM actionUpdate WHERE actionId = ? ORDER BY id", arguments: [id])
        }
        #expect(lines == ["Two lamps were replaced.", "Undone: " + Self.lapseText])
        try await Self.steps[3](db)
        try await Self.steps[1](db)
        #expect(try await ferry(db).status == "open")
    }
}
