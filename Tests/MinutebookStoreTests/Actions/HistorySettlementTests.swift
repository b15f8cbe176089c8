import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// Invented documents: the Lowmarsh Safety Board's minutes of 10 January 2031 (three actions), and
/// the pack for 11 April 2031 (its agenda and Matters Arising report LSB31020), imported in either order.
@Suite("Settling imported history in the store")
struct HistorySettlementTests {
    static let body = "Lowmarsh Safety Board"
    static let january = LocalDate(year: 2031, month: 1, day: 10) ?? LocalDate(dayNumber: 0)
    static let april = LocalDate(year: 2031, month: 4, day: 11) ?? LocalDate(dayNumber: 0)

    static let minutes = MeetingRecord(
        body: body, date: january,
        items: [
            .init(
                number: "12", title: "Ferry Landing Lighting", resolutions: ["The harbour officer survey the ferry landing lamps."],
                actions: [.init(owners: ["HO"], text: "The harbour officer survey the ferry landing lamps.")]),
            .init(
                number: "14", title: "Kiosk Patrols", resolutions: ["The wardens report on kiosk patrols."],
                actions: [.init(owners: ["WD"], text: "The wardens report on kiosk patrols.")]),
            .init(
                number: "15", title: "Mooring Bay Vandalism", resolutions: ["An update on mooring bay vandalism be brought to the next meeting."],
                actions: [.init(owners: ["PC"], text: "An update on mooring bay vandalism be brought to the next meeting.")])
        ])

    /// The report keeps 12 open with an update, leaves out 14 (settled) and lists 15, which the agenda answers.
    static let report = ReportEvidence(
        reference: "LSB31020", meetingDate: april, source: EvidenceSource(file: "lowmarsh-2031-04-11-pack.txt", line: 88),
        entries: [
            .init(
                minute: MinuteNumber(parsing: "12"), meetingDate: january, title: "Ferry Landing Lighting",
                resolved: "It was resolved that the harbour officer survey the lamps.", update: "As of 2nd March 2031 two lamps were replaced.",
                updateDate: LocalDate(year: 2031, month: 3, day: 2), line: 95),
            .init(
                minute: MinuteNumber(parsing: "15"), meetingDate: january, title: "Mooring Bay Vandalism",
                resolved: "It was resolved that an update be brought to the next meeting.", update: "An item is on the agenda.", line: 101)
        ])
    static let agenda = AgendaEvidence(
        meetingDate: april, file: "lowmarsh-2031-04-11-pack.txt",
        items: [
            .init(number: "1", title: "APOLOGIES FOR ABSENCE", line: 20),
            .init(number: "7", title: "MOORING BAY VANDALISM", firstPage: 9, lastPage: 12, line: 27)
        ])

    func database() throws -> AppDatabase {
        try AppDatabase(path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-history-\(UUID().uuidString).sqlite").path)
    }

    func statuses(_ db: AppDatabase) async throws -> [String: String] {
        try await db.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT n.number, a.status FROM action a JOIN minute n ON n.id = a.minuteId") {
                result[String(row["number"] as Int)] = row["status"]
            }
            return result
        }
    }

    func importBoth(_ db: AppDatabase, packFirst: Bool) async throws {
        let actions = GRDBActionRepository(database: db)
        if packFirst {
            _ = try await actions.recordEvidence(bodyName: Self.body, partnership: nil, report: Self.report, agenda: Self.agenda, actor: .system)
            _ = try await MeetingImportWriter(database: db).write(Self.minutes, file: "lowmarsh-2031-01-10.txt")
        } else {
            _ = try await MeetingImportWriter(database: db).write(Self.minutes, file: "lowmarsh-2031-01-10.txt")
            _ = try await actions.recordEvidence(bodyName: Self.body, partnership: nil, report: Self.report, agenda: Self.agenda, actor: .system)
        }
    }

    @Test("each inference on its own: kept open by an update, settled by omission, answered by an agenda item", arguments: [false, true])
    func inferences(packFirst: Bool) async throws {
        let db = try database()
        try await importBoth(db, packFirst: packFirst)
        #expect(try await statuses(db) == ["12": "open", "14": "done", "15": "done"])
        let history = try await db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT n.number, u.at, u.authorName, u.text, u.statusTo FROM actionUpdate u JOIN action a ON a.id = u.actionId
                    JOIN minute n ON n.id = a.minuteId ORDER BY n.number, u.at
                    """
            ).map {
                "\($0["number"] as Int)|\($0["at"] as String)|\($0["authorName"] as String)|\($0["text"] as String)|\($0["statusTo"] as String? ?? "-")"
            }
        }
        #expect(
            history == [
                "12|2031-03-02T12:00:00Z|Matters Arising report LSB31020 (lowmarsh-2031-04-11-pack.txt, line 95)|As of 2nd March 2031 two lamps were replaced.|-",
                "14|2031-04-11T12:00:00Z|Matters Arising report LSB31020 (lowmarsh-2031-04-11-pack.txt, line 88)|Not carried forward in Matters Arising report LSB31020 (meeting of 11 April 2031): settled.|done",
                "15|2031-04-11T12:00:00Z|Matters Arising report LSB31020 (lowmarsh-2031-04-11-pack.txt, line 101)|An item is on the agenda.|-",
                "15|2031-04-11T12:00:00Z|Agenda of 11 April 2031 (lowmarsh-2031-04-11-pack.txt, line 27)|Answered by item 7 'MOORING BAY VANDALISM' on the agenda of 11 April 2031.|done"
            ])
        // Every inference is audited.
        let audited = try await db.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE tableName = 'actionInference' AND operation = 'insert'") ?? 0
        }
        #expect(audited == 4)
    }

    @Test("the draft for the pack's own meeting lists what its report lists, as it stood then")
    func draftAsOfTheMeeting() async throws {
        let db = try database()
        try await importBoth(db, packFirst: false)
        let bodyID = try #require(try await db.read { try Int64.fetchOne($0, sql: "SELECT id FROM body") })
        let admin = Audience.account(.init(userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
        let report = try await GRDBMattersArisingRepository(database: db).mattersArising(bodyID: bodyID, date: Self.april, audience: admin)
        #expect(report.entries.map { $0.minute?.text ?? "" } == ["12", "15"])
        #expect(report.entries.first?.update == "As of 2nd March 2031 two lamps were replaced.")
        let later = try await GRDBMattersArisingRepository(database: db).mattersArising(
            bodyID: bodyID, date: Self.april.adding(days: 90), audience: admin)
        #expect(later.entries.map { $0.minute?.text ?? "" } == ["12"])
    }

    @Test("undoing a settlement restores the action, says who undid it, and the next import does not settle it again")
    func undo() async throws {
        let db = try database()
        try await importBoth(db, packFirst: false)
        let repository = GRDBActionRepository(database: db)
        let kioskID = try #require(
            try await db.read { db in
                try Int64.fetchOne(db, sql: "SELECT a.id FROM action a JOIN minute n ON n.id = a.minuteId WHERE n.number = 14")
            })
        let inference = try #require(try await repository.inferences(actionID: kioskID).first)
        #expect(inference.kind == .notCarriedForward)
        #expect(inference.source == EvidenceSource(file: "lowmarsh-2031-04-11-pack.txt", line: 88))
        let clerk = ActionEditor(auditName: "user:4:clerk@lowmarsh.example", displayName: "Lowmarsh clerk")
        try await repository.undoInference(id: inference.id, by: clerk)
        #expect(try await statuses(db)["14"] == "open")
        let lines = try await db.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM actionUpdate WHERE actionId = ? ORDER BY id", arguments: [kioskID])
        }
        #expect(lines == ["Undone: Not carried forward in Matters Arising report LSB31020 (meeting of 11 April 2031): settled."])
        let actor = try await db.read { db in
            try String.fetchOne(db, sql: "SELECT actor FROM audit WHERE tableName = 'actionInference' AND operation = 'update'")
        }
        #expect(actor == "user:4:clerk@lowmarsh.example")
        // Reading the same pack again keeps the secretariat's decision.
        _ = try await repository.recordEvidence(bodyName: Self.body, partnership: nil, report: Self.report, agenda: Self.agenda, actor: .system)
        #expect(try await statuses(db)["14"] == "open")
        await #expect(throws: DomainError.self) { try await repository.undoInference(id: inference.id, by: clerk) }
    }

    @Test("closing every action from meetings before a date: counted first, then closed with a history line")
    func closeBefore() async throws {
        let db = try database()
        _ = try await MeetingImportWriter(database: db).write(Self.minutes, file: "lowmarsh-2031-01-10.txt")
        let bodyID = try #require(try await db.read { try Int64.fetchOne($0, sql: "SELECT id FROM body") })
        let repository = GRDBActionRepository(database: db)
        let clerk = ActionEditor(auditName: "cli:actions:clerk", displayName: "Command line")
        #expect(try await repository.closeActions(bodyID: bodyID, before: Self.january, apply: true, by: clerk, via: .cli) == 0)
        #expect(try await repository.closeActions(bodyID: bodyID, before: Self.april, apply: false, by: clerk, via: .cli) == 3)
        #expect(try await statuses(db) == ["12": "open", "14": "open", "15": "open"])
        #expect(try await repository.closeActions(bodyID: bodyID, before: Self.april, apply: true, by: clerk, via: .cli) == 3)
        #expect(try await statuses(db) == ["12": "done", "14": "done", "15": "done"])
        let note = try await db.read { try String.fetchOne($0, sql: "SELECT DISTINCT text FROM actionUpdate") }
        #expect(note == "Closed with every action from meetings before 11 April 2031.")
    }
}
