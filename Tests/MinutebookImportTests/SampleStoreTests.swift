import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookImport

@Suite("Storing the real December 2017 minutes", .enabled(if: TestFiles.hasSamples, "../shared/samples is not beside this clone"))
struct SampleStoreTests {
    @Test("the 19 December 2017 minutes in the March 2018 pack are stored as minutes 175-191 with their actions and owners")
    func storesDecember2017() async throws {
        let url = try #require(TestFiles.sample("sbp-2018-03-26-agenda-pack.txt"))
        let record = try #require(try MinutesImporter().records(fromFile: url).first)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-sample-\(UUID().uuidString).sqlite").path
        let db = try AppDatabase(path: path)
        let outcome = try await MeetingImportWriter(database: db).write(record, file: url.lastPathComponent)
        let minutes = try await db.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT number || letter FROM minute WHERE meetingId = ? ORDER BY position
                    """, arguments: [outcome.meetingID])
        }
        #expect(
            minutes == [
                "175", "176", "177", "178", "179", "180", "181", "182", "183", "184", "185", "186", "186a", "186b",
                "187", "188", "189", "190", "191"
            ])
        let actions = try await db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT n.number || n.letter AS minute, group_concat(o.code, '/') AS codes
                    FROM action a JOIN minute n ON n.id = a.minuteId JOIN actionOwner o ON o.actionId = a.id
                    WHERE n.meetingId = ? GROUP BY a.id ORDER BY n.position, a.id
                    """, arguments: [outcome.meetingID]
            ).map { "\($0["minute"] as String):\($0["codes"] as String)" }
        }
        #expect(actions == ["180:LG/TG", "181:RV", "183:LS/JB", "184:CH", "186a:LS", "186b:JB", "187:CH", "188:AR", "189:AM"])
        let hafford = try await db.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM actionOwner o JOIN person p ON p.id = o.personId WHERE p.fullName = 'Chris Hafford' AND o.code = 'CH'
                    """) ?? 0
        }
        #expect(hafford == 2)
        let municipalYear = try await db.read { try Int.fetchOne($0, sql: "SELECT DISTINCT municipalYear FROM minute") }
        #expect(municipalYear == 2017)
        // The same pack again changes nothing.
        let again = try await MeetingImportWriter(database: db).write(record, file: url.lastPathComponent)
        #expect(again == .unchanged(meetingID: outcome.meetingID))
    }
}
