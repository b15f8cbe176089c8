import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// The lead officers an invented pack's agenda prints (Lowmarsh Safety Board, 11 April 2031) go onto
/// that meeting's agenda items, whether the minutes of the meeting come before or after the pack.
@Suite("Lead officers from a pack's agenda")
struct AgendaLeadsFromPackTests {
    static let body = "Lowmarsh Safety Board"
    static let april = LocalDate(year: 2031, month: 4, day: 11) ?? LocalDate(dayNumber: 0)

    static let minutes = MeetingRecord(
        body: body, date: april,
        items: [
            .init(number: "20", title: "Apologies for Absence"),
            .init(number: "21", title: "Mooring Bay Vandalism"),
            .init(number: "22", title: "Kiosk Patrols update")
        ])
    static let agenda = AgendaEvidence(
        meetingDate: april, file: "lowmarsh-2031-04-11-pack.txt",
        items: [
            .init(number: "1", title: "APOLOGIES FOR ABSENCE", line: 20),
            .init(number: "4", title: "MOORING BAY VANDALISM", lead: "Petra Quill", line: 24),
            .init(number: "5", title: "KIOSK PATROLS", lead: "Oswin Tarr", line: 26),
            .init(number: "6", title: "HARBOUR WALL REPAIRS", lead: "Mabel Frost", line: 27)
        ])

    func leads(_ db: AppDatabase) async throws -> [String] {
        try await db.read { db in
            try Row.fetchAll(db, sql: "SELECT title, leadOfficer FROM agendaItem ORDER BY position")
                .map { "\($0["title"] as String)=\($0["leadOfficer"] as String? ?? "-")" }
        }
    }

    @Test("onto the items of the same title, in either order; an item the meeting did not take is left", arguments: [false, true])
    func leadsOntoItems(packFirst: Bool) async throws {
        let db = try AppDatabase(path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-leads-\(UUID().uuidString).sqlite").path)
        let actions = GRDBActionRepository(database: db)
        if packFirst {
            _ = try await actions.recordEvidence(bodyName: Self.body, partnership: nil, report: nil, agenda: Self.agenda, actor: .system)
            _ = try await MeetingImportWriter(database: db).write(Self.minutes, file: "lowmarsh-2031-04-11.txt")
        } else {
            _ = try await MeetingImportWriter(database: db).write(Self.minutes, file: "lowmarsh-2031-04-11.txt")
            let (_, summary) = try await actions.recordEvidence(
                bodyName: Self.body, partnership: nil, report: nil, agenda: Self.agenda,
                actor: .system)
            #expect(summary.leads == 2)
            #expect(summary.description.hasSuffix("; agenda: 2 lead officers"))
        }
        #expect(try await leads(db) == ["Apologies for Absence=-", "Mooring Bay Vandalism=Petra Quill", "Kiosk Patrols update=Oswin Tarr"])
        let audited = try await db.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE tableName = 'agendaItem' AND operation = 'update'") ?? 0
        }
        #expect(audited == 2)
    }

    @Test("a lead already on an item is never replaced by another agenda's")
    func keepsLead() async throws {
        let db = try AppDatabase(path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-leads-\(UUID().uuidString).sqlite").path)
        let actions = GRDBActionRepository(database: db)
        _ = try await MeetingImportWriter(database: db).write(Self.minutes, file: "lowmarsh-2031-04-11.txt")
        _ = try await actions.recordEvidence(bodyName: Self.body, partnership: nil, report: nil, agenda: Self.agenda, actor: .system)
        var reissued = Self.agenda
        reissued.file = "lowmarsh-2031-04-11-pack-v2.txt"
        reissued.items[1].lead = "Harbour Master"
        let (_, summary) = try await actions.recordEvidence(bodyName: Self.body, partnership: nil, report: nil, agenda: reissued, actor: .system)
        #expect(summary.leads == 0)
        #expect(try await leads(db)[1] == "Mooring Bay Vandalism=Petra Quill")
    }
}
