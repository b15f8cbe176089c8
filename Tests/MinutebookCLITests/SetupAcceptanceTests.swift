import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import Testing

/// Issue 18's second done-when, through the commands the secretariat runs: after importing the five
/// samples, merge the duplicate people and the two bodies of the renamed board, end the seats of the
/// people who left, add e-mails; the next pack's cover then lists exactly the current members, with one Chair.
@Suite("Set-up acceptance over the five samples", .enabled(if: AcceptanceSamples.pack != nil, "../shared/samples is not beside this clone"))
struct SetupAcceptanceTests {
    static let oldName = "Safer Bromley Partnership Strategic Group"
    static let newName = "Safer Bromley Partnership Board"

    func run(_ arguments: [String], _ database: String) throws -> String {
        let result = try CLI.run(arguments + ["--database", database])
        try #require(result.status == 0, "minutebook \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// (title, role, holder, since) of every seat `seat list` prints.
    func seats(_ database: String) throws -> [(title: String, role: String, holder: String, since: String)] {
        try run(["seat", "list", "--body", Self.newName], database).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (fields[0], fields[1], fields[2], fields.count > 3 ? fields[3] : "")
        }
    }

    @Test("after the clean-up the 29 February 2024 pack's cover lists exactly the members of December 2023, with one Chair and their e-mails")
    func acceptance() async throws {
        let samples = try #require(AcceptanceSamples.pack).deletingLastPathComponent()
        let database = CLI.temporaryPath()
        _ = try run(["import", samples.path], database)
        #expect(try run(["body", "list"], database).split(separator: "\n").count == 2)

        // Two records of one person each, as the minutes spelt them.
        _ = try run(["person", "merge", "Phillip Powell", "--into", "Philip Powell"], database)
        _ = try run(["person", "merge", "Steve Wood", "--into", "Stephen Wood"], database)
        // The board was renamed in 2023: the old body (with its approved minutes) stays, the new one joins it.
        let refusal = try CLI.run(["body", "merge", Self.oldName, "--into", Self.newName, "--database", database])
        #expect(refusal.status != 0 && refusal.stderr.contains("has approved minutes"))
        _ = try run(["body", "merge", Self.newName, "--into", Self.oldName], database)
        let renamed = try run(["body", "rename", Self.oldName, "--to", Self.newName], database)
        #expect(renamed.contains("\(Self.newName)\tboard\tpublic\tformerly \(Self.oldName)"))
        #expect(try run(["body", "list"], database).split(separator: "\n").count == 1)

        // Who was recorded at the last meeting (6 December 2023), present or not.
        let db = try AppDatabase(path: database)
        let recorded = Set(
            try await db.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT p.fullName FROM attendance a JOIN meeting m ON m.id = a.meetingId JOIN person p ON p.id = a.personId
                        WHERE m.date = '2023-12-06'
                        """)
            })
        let before = try seats(database)
        let chairsBefore = before.filter { $0.role == "chairman" && $0.holder != "(vacant)" }
        #expect(chairsBefore.count > 1, "the import leaves several chairmen: \(chairsBefore.map(\.holder))")
        let expected = Set(before.map(\.holder)).intersection(recorded)
        #expect(expected.count >= 15, "the December 2023 members with seats: \(expected.sorted())")

        // Everyone else holding a seat has left (after the pack's cover of 20 February 2024, which the
        // import holds as seats on that day); those who stayed keep only their newest seat.
        for holder in Set(before.map(\.holder)).subtracting(recorded).subtracting(["(vacant)"]).sorted() {
            _ = try run(["person", "leave", holder, "--on", "2024-02-21"], database)
        }
        for holder in expected.sorted() {
            let held = before.filter { $0.holder == holder }.sorted { $0.since > $1.since }
            for old in held.dropFirst() {
                _ = try run(
                    ["seat", "end", "--body", Self.newName, "--seat", old.title, "--on", old.since < "2023-12-06" ? "2023-12-05" : "2024-02-19"],
                    database)
            }
            let address = holder.lowercased().filter { $0.isLetter || $0 == " " }.replacingOccurrences(of: " ", with: ".") + "@sbp.example"
            _ = try run(["person", "edit", holder, "--email", address], database)
        }

        _ = try run(["agenda", "schedule", "--body", Self.newName, "--date", "2024-02-29", "--time", "10:00"], database)
        let meetingID = try #require(
            try await db.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE date = '2024-02-29'")
            })
        let cover = try await GRDBPackRepository(database: db).recipients(meetingID: meetingID)
        // Names on the cover may carry an honorific ("Councillor Angela Page").
        for name in expected { #expect(cover.filter { $0.name.hasSuffix(name) }.count == 1, "\(name) once on the cover") }
        #expect(cover.count == expected.count, "\(cover.map(\.name).sorted()) vs \(expected.sorted())")
        let chairs = cover.filter { $0.role == .chairman || $0.role == .coChair }
        // The real cover of 20 February 2024 names two co-chairs; its seats are imported as held that day.
        #expect(chairs.map(\.name) == ["Luke Baldock", "Louise Watkinson"])
        #expect(cover.first?.name == "Luke Baldock")
        #expect(cover.allSatisfy { $0.email?.hasSuffix("@sbp.example") == true })
        for gone in ["Chris Hafford", "Kate Lymer", "Nigel Davies", "Phillip Powell"] {
            #expect(!cover.contains { $0.name.hasSuffix(gone) }, "\(gone) has left")
        }
    }
}
