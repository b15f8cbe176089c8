import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

@Suite("Full-text search")
struct SearchRepositoryTests {
    @Test("a phrase finds the decision, with the words marked in its snippet")
    func phrase() async throws {
        let fixture = try SearchFixture.make()
        let results = try await fixture.repository.search(SearchQuery(text: "\"mass casualty\""), audience: .public)
        let hit = try #require(results.hits.first)
        #expect(results.total == 1)
        #expect(hit.kind == .decision)
        #expect(hit.number == "41")
        #expect(hit.meetingDate.iso == "2019-12-10")
        #expect(hit.bodySlug == "board" && hit.partnershipSlug == "millbrook")
        #expect(hit.snippet.contains(SnippetFragment(text: "mass casualty", isMatch: true)))
    }

    @Test("a phrase does not match the words apart; the words alone do")
    func phraseVersusWords() async throws {
        let fixture = try SearchFixture.make()
        // "tabletop exercise on casualty" has both words but not the phrase "exercise casualty".
        let phrase = try await fixture.repository.search(SearchQuery(text: "\"exercise casualty\""), audience: .public)
        let words = try await fixture.repository.search(SearchQuery(text: "exercise casualty"), audience: .public)
        #expect(phrase.total == 0)
        #expect(Set(words.hits.map(\.sourceID)) == [5000, 1300])
    }

    @Test("a prefix matches the beginnings of words, and stems match other forms")
    func prefixAndStems() async throws {
        let fixture = try SearchFixture.make()
        let prefix = try await fixture.repository.search(SearchQuery(text: "casual*"), audience: .public)
        #expect(Set(prefix.hits.map(\.sourceID)) == [5000, 1300])
        let plural = try await fixture.repository.search(SearchQuery(text: "casualties"), audience: .public)
        #expect(plural.total == 2)
    }

    @Test("the public sees neither Part 2, nor draft minutes, nor unpublished agendas")
    func publicCut() async throws {
        let fixture = try SearchFixture.make()
        for text in ["Quillfeather", "Copperfield", "Lantern"] {
            let results = try await fixture.repository.search(SearchQuery(text: text), audience: .public)
            #expect(results.total == 0, "\(text) leaked to the public")
            #expect(results.hits.isEmpty)
        }
        // The draft meeting's agenda is published (status minutes_drafted), so its item title is public.
        let agenda = try await fixture.repository.search(SearchQuery(text: "knife"), audience: .public)
        #expect(agenda.hits.map(\.kind) == [.agenda])
    }

    @Test("a board member finds Part 2 and drafts of the board; others of other partnerships do not")
    func memberCut() async throws {
        let fixture = try SearchFixture.make()
        for text in ["Quillfeather", "Copperfield", "Lantern"] {
            let member = try await fixture.repository.search(SearchQuery(text: text), audience: SearchFixture.boardMember)
            #expect(member.total >= 1, "member should find \(text)")
            let outsider = try await fixture.repository.search(SearchQuery(text: text), audience: SearchFixture.outsider)
            #expect(outsider.total == 0, "\(text) leaked to another partnership")
        }
    }

    @Test("filters narrow by body, years and type")
    func filters() async throws {
        let fixture = try SearchFixture.make()
        let repo = fixture.repository
        #expect(try await repo.search(SearchQuery(text: "exercise", body: "resilience"), audience: .public).hits.map(\.sourceID) == [1300])
        #expect(
            try await repo.search(SearchQuery(text: "exercise", partnership: "millbrook", body: "board"), audience: .public)
                .hits.allSatisfy { $0.bodySlug == "board" })
        #expect(
            try await repo.search(SearchQuery(text: "exercise", fromYear: 2019, toYear: 2019), audience: .public)
                .hits.allSatisfy { $0.meetingDate.year == 2019 })
        #expect(try await repo.search(SearchQuery(text: "exercise", toYear: 2016), audience: .public).hits.map(\.sourceID) == [1300])
        #expect(try await repo.search(SearchQuery(text: "emergency", kinds: [.agenda]), audience: .public).hits.map(\.kind) == [.agenda])
        #expect(try await repo.search(SearchQuery(text: "exercise", partnership: "nowhere"), audience: .public).total == 0)
    }

    @Test("impossible year ranges are refused with a reason")
    func badYears() async throws {
        let fixture = try SearchFixture.make()
        await #expect(throws: DomainError.self) {
            try await fixture.repository.search(SearchQuery(text: "x", fromYear: 2020, toYear: 2010), audience: .public)
        }
    }

    @Test("pages hold at most the limit and the total counts them all")
    func paging() async throws {
        let fixture = try SearchFixture.make()
        let first = try await fixture.repository.search(SearchQuery(text: "exercise OR depot", limit: 1), audience: .public)
        let second = try await fixture.repository.search(SearchQuery(text: "exercise OR depot", offset: 1, limit: 1), audience: .public)
        #expect(first.total == 3 && second.total == 3)
        #expect(first.hits.count == 1 && second.hits.count == 1)
        #expect(first.hits[0].sourceID != second.hits[0].sourceID)
        #expect(first.hasMore)
    }

    @Test(
        "whatever is typed, search answers without an SQL error",
        arguments: [
            "\"", "*", "AND", "OR", "NOT", "NEAR(depot exercise)", "title:depot", "^depot", "depot\" OR \"x", "(((", "-",
            "' OR 1=1 --", "{title}: depot", "\u{E000}depot\u{E001}", String(repeating: "depot ", count: 400)
        ])
    func hostile(_ text: String) async throws {
        let fixture = try SearchFixture.make()
        _ = try await fixture.repository.search(SearchQuery(text: text), audience: .public)
    }

    @Test("the index follows edits, deletions and approval")
    func indexFollowsWrites() async throws {
        let fixture = try SearchFixture.make()
        let repo = fixture.repository
        try await fixture.database.write(as: .system) { db in
            try db.execute(sql: "UPDATE minute SET text = 'Weapon sweeps near Brambleside Green were agreed.' WHERE id = 1100")
        }
        #expect(try await repo.search(SearchQuery(text: "Copperfield"), audience: SearchFixture.boardMember).total == 0)
        #expect(try await repo.search(SearchQuery(text: "Brambleside"), audience: SearchFixture.boardMember).total == 1)
        #expect(try await repo.search(SearchQuery(text: "Brambleside"), audience: .public).total == 0)
        try await fixture.database.write(as: .system) { db in
            try db.execute(sql: "UPDATE meeting SET status = 'minutes_approved', approvedAt = '2020-06-15' WHERE id = 11")
        }
        #expect(try await repo.search(SearchQuery(text: "Brambleside"), audience: .public).total == 1)
        try await fixture.database.write(as: .system) { db in
            try db.execute(sql: "DELETE FROM agendaItem WHERE id = 120")
        }
        #expect(try await repo.search(SearchQuery(text: "Lantern"), audience: SearchFixture.boardMember).total == 0)
    }
}
