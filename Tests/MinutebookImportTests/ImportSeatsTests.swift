import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookImport

/// Invented minutes of the Millbrook Community Safety Board, written for any date and attendance.
enum MillbrookMinutes {
    static func text(
        _ date: String, present: [String], alsoPresent: [String] = [], number: Int = 30,
        items: String = ""
    ) -> String {
        let also = alsoPresent.isEmpty ? "" : "Also Present:\n" + alsoPresent.joined(separator: "\n") + "\n\n"
        return """
            MILLBROOK COMMUNITY SAFETY BOARD

            Minutes of the meeting held at 10.00 am on \(date)

            Present:
            \(present.joined(separator: "\n"))

            \(also)\(number)\tAPOLOGIES FOR ABSENCE\tAction
            \tNo apologies were received.\t
            \(items)\(number + (items.isEmpty ? 1 : 2))\tANY OTHER BUSINESS\tAction
            \tThere was no other business.\t

            The meeting ended at 11.30 am
            """
    }

    static func record(_ text: String) throws -> MeetingRecord {
        try #require(try MinutesImporter().records(fromText: text, format: .text, file: "millbrook.txt").first)
    }

    static func database() throws -> AppDatabase {
        try AppDatabase(path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-seats-\(UUID().uuidString).sqlite").path)
    }
}

@Suite("Imported attendance holds seats")
struct ImportSeatsTests {
    typealias M = MillbrookMinutes

    static let march = M.text(
        "12 March 2020",
        present: [
            "Hana Iqbal, (Millbrook Council Head of Community Safety) (Chairman)",
            "Owen Teague, (Millbrook Police Inspector)",
            "Fern Adeyemi, (Valley Fire Station Manager)"
        ], alsoPresent: ["Gus Pellow, (Committee Clerk)"])

    /// Seats and their holdings as "title|role|holder|start|end".
    func seats(_ db: AppDatabase) async throws -> [String] {
        try await db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.title, s.role, p.fullName, h.startDate, h.endDate FROM seat s
                    JOIN seatHolding h ON h.seatId = s.id JOIN person p ON p.id = h.personId ORDER BY s.id, h.startDate
                    """
            ).map { "\($0[0] as String)|\($0[1] as String)|\($0[2] as String)|\($0[3] as String)|\($0[4] as String? ?? "-")" }
        }
    }

    @Test("each attendee printed with a role holds a seat of that title from the meeting date; the clerk's seat is the secretariat's")
    func seatsFromAttendance() async throws {
        let db = try M.database()
        let outcome = try await MeetingImportWriter(database: db).write(try M.record(Self.march), file: "march.txt")
        #expect(
            try await seats(db) == [
                "Millbrook Council Head of Community Safety|chairman|Hana Iqbal|2020-03-12|-",
                "Millbrook Police Inspector|member|Owen Teague|2020-03-12|-",
                "Valley Fire Station Manager|member|Fern Adeyemi|2020-03-12|-",
                "Committee Clerk|secretariat|Gus Pellow|2020-03-12|-"
            ])
        let linked = try await db.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM attendance WHERE meetingId = ? AND seatId IS NOT NULL",
                arguments: [outcome.meetingID]) ?? 0
        }
        #expect(linked == 4)
    }

    @Test("importing again changes no seat; a later meeting extends the terms without new rows")
    func idempotent() async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        _ = try await writer.write(try M.record(Self.march), file: "march.txt")
        let audits = try await db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE tableName IN ('seat','seatHolding')") }
        _ = try await writer.write(try M.record(Self.march), file: "march.txt")
        let june = Self.march.replacingOccurrences(of: "12 March 2020", with: "11 June 2020")
            .replacingOccurrences(of: "30\t", with: "40\t").replacingOccurrences(of: "31\t", with: "41\t")
        _ = try await writer.write(try M.record(june), file: "june.txt")
        let after = try await db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE tableName IN ('seat','seatHolding')") }
        #expect(after == audits)
        #expect(try await seats(db).count == 4)
    }

    @Test("a new person in the same role succeeds the holder on the meeting date; an earlier meeting moves the start back")
    func succession() async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        _ = try await writer.write(try M.record(Self.march), file: "march.txt")
        let september = M.text(
            "10 September 2020",
            present: [
                "Hana Iqbal, (Millbrook Council Head of Community Safety) (Chairman)",
                "Rhea Dunmore, (Millbrook Police Inspector)"
            ], number: 50)
        _ = try await writer.write(try M.record(september), file: "september.txt")
        let december = M.text(
            "5 December 2019",
            present: [
                "Owen Teague, (Millbrook Police Inspector) (Chairman)"
            ], number: 20)
        _ = try await writer.write(try M.record(december), file: "december.txt")
        let inspector = try await seats(db).filter { $0.hasPrefix("Millbrook Police Inspector|") }
        #expect(
            inspector == [
                "Millbrook Police Inspector|member|Owen Teague|2019-12-05|2020-09-09",
                "Millbrook Police Inspector|member|Rhea Dunmore|2020-09-10|-"
            ])
    }

    @Test("two people printed with the same role at one meeting hold two seats of that title")
    func sharedTitle() async throws {
        let db = try M.database()
        let text = M.text("12 March 2020", present: ["Hana Iqbal, (Ward Councillor)", "Idris Vane, (Ward Councillor)"])
        _ = try await MeetingImportWriter(database: db).write(try M.record(text), file: "march.txt")
        #expect(
            try await seats(db) == [
                "Ward Councillor|member|Hana Iqbal|2020-03-12|-",
                "Ward Councillor|member|Idris Vane|2020-03-12|-"
            ])
    }

    @Test("an owner code no attendee explains is matched to the one seat holder with those initials, else warned about")
    func ownersThroughSeats() async throws {
        let db = try M.database()
        let writer = MeetingImportWriter(database: db)
        let march = M.text(
            "12 March 2020",
            present: [
                "Hana Iqbal, (Millbrook Council Head of Community Safety) (Chairman)",
                "Owen Teague, (Millbrook Police Inspector)",
                "Olga Tamsin, (Millbrook Housing Lead)",
                "Fern Adeyemi, (Valley Fire Station Manager)"
            ])
        _ = try await writer.write(try M.record(march), file: "march.txt")
        // In June only the chairman attends: FA and OT are seat holders, not attendees.
        let items = "41\tPATROLS\tAction\n\tRESOLVED that the fire safety visits are reported.\tFA\n\tRESOLVED that the patrol map is shared.\tOT\n"
        let june = M.text(
            "11 June 2020", present: ["Hana Iqbal, (Millbrook Council Head of Community Safety) (Chairman)"],
            number: 40, items: items)
        let record = try M.record(june)
        #expect(record.warnings.contains { $0.contains("'FA' matches no attendee") })
        #expect(record.warnings.contains { $0.contains("'OT' matches no attendee") })
        let outcome = try await writer.write(record, file: "june.txt")
        #expect(outcome.warnings.contains { $0.contains("'FA' read as Fern Adeyemi") })
        #expect(outcome.warnings.contains { $0.contains("'OT' could be Olga Tamsin or Owen Teague") })
        let owners = try await db.read { db in
            try Row.fetchAll(db, sql: "SELECT o.code, p.fullName FROM actionOwner o LEFT JOIN person p ON p.id = o.personId ORDER BY o.id")
                .map { "\($0[0] as String):\($0[1] as String? ?? "-")" }
        }
        #expect(owners == ["FA:Fern Adeyemi", "OT:-"])
    }
}
