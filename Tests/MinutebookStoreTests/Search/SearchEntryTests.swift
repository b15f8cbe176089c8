import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

/// `searchEntry` ("v10-search-entries") holds, under the same row id, what `search_fts` holds for the
/// visibility filter; the triggers keep both, and a bulk rebuild gives what the triggers give.
@Suite("Search index entries")
struct SearchEntryTests {
    /// Every index row's filter facts, from the FTS table and from `searchEntry`.
    static func facts(_ database: AppDatabase) async throws -> (fts: [String], entries: [String]) {
        try await database.read { db in
            let columns = "kind || ' ' || sourceId || ' ' || meetingId || ' ' || part || ' ' || published || ' ' || coalesce(number, '-')"
            let fts = try String.fetchAll(db, sql: "SELECT rowid || ' ' || \(columns) FROM search_fts ORDER BY rowid")
            let entries = try String.fetchAll(db, sql: "SELECT id || ' ' || \(columns) FROM searchEntry ORDER BY id")
            return (fts, entries)
        }
    }

    @Test("entries follow inserts, edits, deletions and an item turning Part 2")
    func entriesFollowWrites() async throws {
        let fixture = try SearchFixture.make()
        let start = try await Self.facts(fixture.database)
        #expect(start.fts.count == 9)
        #expect(start.entries == start.fts)
        try await fixture.database.write(as: .system) { db in
            try db.execute(
                sql: """
                    UPDATE minute SET number = 56, letter = 'a' WHERE id = 1100;
                    INSERT INTO resolution (id, minuteId, position, text) VALUES (5100, 1100, 1, 'Sweeps go ahead in spring.'),
                                                                              (5101, 1100, 2, 'Schools are told first.');
                    DELETE FROM resolution WHERE id = 5101;
                    INSERT INTO document (id, partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256,
                                          part, isPublished, text)
                        VALUES (70, 1, 11, 110, 'Sweeps report', 'sweeps.txt', 'text/plain', 1, printf('%064d', 0), 1, 1,
                                'Figures on weapon finds.');
                    UPDATE agendaItem SET part = 2, exemptReason = 'Information about individuals' WHERE id = 110;
                    DELETE FROM agendaItem WHERE id = 120;
                    """)
        }
        let after = try await Self.facts(fixture.database)
        #expect(after.entries == after.fts)
        #expect(after.entries.contains("\(5100 * 8 + 2) decision 5100 11 1 1 56a"))
        #expect(after.entries.contains("\(70 * 8 + 4) document 70 11 2 1 -"), "a report of a Part 2 item is indexed as Part 2")
        #expect(!after.entries.contains { $0.hasPrefix("\(5101 * 8 + 2) ") })
        #expect(!after.entries.contains { $0.hasPrefix("\(120 * 8 + 3) ") })
    }

    @Test("a bulk rebuild gives the rows the triggers gave")
    func rebuildMatchesTriggers() async throws {
        let fixture = try SearchFixture.make()
        let byTriggers = try await Self.facts(fixture.database)
        let texts = try await fixture.database.read { db in
            try String.fetchAll(db, sql: "SELECT rowid || title || text FROM search_fts ORDER BY rowid")
        }
        try await fixture.database.write(as: .system) { db in try AppDatabase.rebuildSearchIndex(db) }
        let rebuilt = try await Self.facts(fixture.database)
        #expect(rebuilt.fts == byTriggers.fts)
        #expect(rebuilt.entries == byTriggers.entries)
        #expect(
            try await fixture.database.read { db in
                try String.fetchAll(db, sql: "SELECT rowid || title || text FROM search_fts ORDER BY rowid")
            } == texts)
    }

    @Test("pages of any size and depth follow one ranking, and the total counts every visible match")
    func pagesFollowOneRanking() async throws {
        let fixture = try SearchFixture.make()
        var world = try fixture.database.world()
        for i in 0..<300 {
            world.item("Lantern patrol \(i)" + String(repeating: " lantern", count: i % 7), on: 11, position: 10 + i)
        }
        try fixture.database.plant(world)
        let everything = try await fixture.repository.search(SearchQuery(text: "lantern", limit: 100), audience: SearchFixture.boardMember)
        #expect(everything.total == 301)
        var seen: [Int64] = []
        for offset in stride(from: 0, to: 301, by: 100) {
            let page = try await fixture.repository.search(
                SearchQuery(text: "lantern", offset: offset, limit: 100), audience: SearchFixture.boardMember)
            #expect(page.total == 301)
            seen += page.hits.map(\.sourceID)
            #expect(zip(page.hits, page.hits.dropFirst()).allSatisfy { $0.rank <= $1.rank })
        }
        #expect(seen.count == 301 && Set(seen).count == 301)
        #expect(Array(seen.prefix(100)) == everything.hits.map(\.sourceID))
        let small = try await fixture.repository.search(SearchQuery(text: "lantern", offset: 7, limit: 5), audience: SearchFixture.boardMember)
        #expect(small.hits.map(\.sourceID) == Array(seen[7..<12]))
        let beyond = try await fixture.repository.search(SearchQuery(text: "lantern", offset: 400, limit: 5), audience: SearchFixture.boardMember)
        #expect(beyond.hits.isEmpty && beyond.total == 301)
    }
}

@Suite("Broad searches")
struct BroadSearchTests {
    @Test("a match broader than the cap ranks the most recently recorded candidates and says the total is a lower bound")
    func capped() async throws {
        let fixture = try SearchFixture.make()
        var world = try fixture.database.world()
        for i in 0..<60 { world.item("Heron survey \(i)", on: 12, position: 10 + i, id: 2000 + Int64(i)) }
        try fixture.database.plant(world)
        let narrow = GRDBSearchRepository(database: fixture.database, rankedCandidates: 100)
        let whole = try await narrow.search(SearchQuery(text: "heron", limit: 100), audience: SearchFixture.boardMember)
        #expect(!whole.isCapped && whole.total == 60)

        let capped = GRDBSearchRepository(database: fixture.database, rankedCandidates: 25)
        let first = try await capped.search(SearchQuery(text: "heron", limit: 100), audience: SearchFixture.boardMember)
        #expect(first.isCapped && first.total == 25)
        // The candidates are the 25 most recently recorded rows: items 2035...2059.
        #expect(Set(first.hits.map(\.sourceID)) == Set((2035...2059).map(Int64.init)))
        // Narrowed so the match fits, the search is whole again.
        let narrowed = try await capped.search(SearchQuery(text: "heron survey 7"), audience: SearchFixture.boardMember)
        #expect(!narrowed.isCapped)
        // The public sees nothing of this unpublished agenda, capped or not.
        let anonymous = try await capped.search(SearchQuery(text: "heron"), audience: .public)
        #expect(anonymous.hits.isEmpty && anonymous.total == 0 && anonymous.isCapped)
    }
}
