import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// The leak test: secrets planted in a Part 2 minute, draft minutes, an unpublished agenda, a person's
/// email address, a private action and the forward plan (`PublicFixture`) appear on no public surface — every page
/// reachable from the home page, every API route, every feed, search, robots.txt and the sitemap —
/// and a member of the board does find them where the rule allows.
@Suite("Nothing secret reaches the public")
struct LeakTests {
    /// Every API path of the OpenAPI document, filled in with the fixture's names and dates.
    static var apiURIs: [String] {
        var uris: [String] = []
        for template in OpenAPIDocument.paths {
            if template.contains("{date}") {
                for date in ["2019-12-10", "2020-03-02", "2020-06-15"] {
                    uris.append(
                        template.replacingOccurrences(of: "{partnership}", with: "millbrook")
                            .replacingOccurrences(of: "{body}", with: "board").replacingOccurrences(of: "{date}", with: date))
                }
                uris.append(
                    template.replacingOccurrences(of: "{partnership}", with: "millbrook")
                        .replacingOccurrences(of: "{body}", with: "resilience").replacingOccurrences(of: "{date}", with: "2020-01-20"))
            } else if template.contains("{body}") {
                for body in ["board", "resilience"] {
                    uris.append(
                        template.replacingOccurrences(of: "{partnership}", with: "millbrook")
                            .replacingOccurrences(of: "{body}", with: body))
                }
            } else if template.hasSuffix("/search") {
                uris += (PublicFixture.secrets + ["zq*", "depot", "exercise"]).map { "\(template)?q=\($0)" }
            } else {
                uris.append(template.replacingOccurrences(of: "{partnership}", with: "millbrook"))
            }
        }
        return uris
    }

    static let fixedSurfaces =
        [
            "/", "/robots.txt", "/sitemap.xml", "/p/millbrook/calendar.ics", "/p/millbrook/bodies/board/calendar.ics",
            "/p/millbrook/bodies/resilience/calendar.ics", "/p/millbrook/feed.atom", "/p/millbrook/feed.rss"
        ]
        + ["system", "body", "organization", "person", "membership", "meeting", "agendaitem", "paper", "file"].map {
            "/open-data/oparl/\($0).json"
        } + ["partnerships", "bodies", "meetings", "minutes", "decisions", "documents", "people"].map { "/open-data/csv/\($0).csv" } + [
            "/search?q=zq%2A", "/api/v1/openapi.json"
        ] + PublicFixture.secrets.map { "/search?q=\($0)" }

    @Test("an anonymous crawl of pages, API, feeds and search finds no secret")
    func anonymousCrawl() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            var queue = LeakTests.fixedSurfaces + LeakTests.apiURIs
            var seen: Set<String> = []
            var fetched = 0
            while let uri = queue.popLast() {
                guard seen.insert(uri).inserted, seen.count < 2_000 else { continue }
                let response = try await client.execute(uri: uri, method: .get)
                fetched += 1
                #expect(response.status.code < 500, "\(uri) answered \(response.status)")
                if LeakTests.fixedSurfaces.contains(uri) && !uri.contains("q=") {
                    #expect(response.status == .ok, "\(uri) answered \(response.status)")
                }
                var text = String(buffer: response.body)
                // Search pages repeat the query typed: drop the echo before looking.
                if uri.contains("q=") {
                    #expect(!text.contains("class=\"result\""), "search \(uri) found something")
                    #expect(!text.contains("\"total\":") || text.contains("\"total\":0") || !uri.contains("q=zq"), "\(uri)")
                    for secret in PublicFixture.secrets { text = text.replacingOccurrences(of: secret, with: "") }
                }
                for secret in PublicFixture.secrets {
                    #expect(!text.lowercased().contains(secret), "\(secret) leaked at \(uri)")
                }
                // Follow every local link of HTML pages.
                if response.headers[.contentType]?.hasPrefix("text/html") == true {
                    queue += LeakTests.links(in: text).filter { !seen.contains($0) }
                }
            }
            #expect(fetched > 20)
        }
    }

    @Test("a board member finds the Part 2, draft, agenda and private-action secrets")
    func memberFinds() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        let cookie = try PublicFixture.signIn(in: database, personID: 1, role: .member)
        try await app.test(.router) { client in
            let search = try await client.execute(uri: "/api/v1/search?q=zq%2A&limit=100", method: .get, headers: [.cookie: cookie])
            let found = String(buffer: search.body)
            for secret in ["zqpartwo", "zqdraft", "zqagenda"] + PublicFixture.reportSecrets {
                #expect(found.contains(secret), "member search misses \(secret)")
            }
            let actions = try await client.execute(uri: "/api/v1/partnerships/millbrook/actions", method: .get, headers: [.cookie: cookie])
            #expect(actions.status == .ok)
            #expect(String(buffer: actions.body).contains("zqprivate"))
            let draft = try await client.execute(
                uri: "/api/v1/partnerships/millbrook/bodies/board/meetings/2020-03-02",
                method: .get, headers: [.cookie: cookie])
            #expect(String(buffer: draft.body).contains("zqdraft"))
            #expect(draft.headers[.cacheControl]?.contains("private") == true)
            let plan = String(buffer: try await client.execute(uri: "/p/millbrook/bodies/board", method: .get, headers: [.cookie: cookie]).body)
            for secret in PublicFixture.planSecrets { #expect(plan.contains(secret), "member's forward plan misses \(secret)") }
            let anonymous = try await client.execute(uri: "/api/v1/partnerships/millbrook/actions", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
        let person = try await GRDBPeopleRepository(database: database).person(id: 1, audience: PublicFixture.memberAudience)
        #expect(person?.person.email == "zqemail@millbrook.example")
        let publicPerson = try await GRDBPeopleRepository(database: database).person(id: 1, audience: .public)
        #expect(publicPerson?.person.email == nil)
    }

    @Test("votes and declarations are public with their Part 1 approved minute: page, API and OParl; the Part 2 and draft ones are not")
    func meetingDayRecord() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        let cookie = try PublicFixture.signIn(in: database, personID: 1, role: .member)
        try await app.test(.router) { client in
            for uri in [
                "/p/millbrook/bodies/board/meetings/2019-12-10", "/api/v1/partnerships/millbrook/bodies/board/meetings/2019-12-10",
                "/open-data/oparl/agendaitem.json"
            ] {
                let text = String(buffer: try await client.execute(uri: uri, method: .get).body)
                #expect(text.contains("That the exercise report be noted"), "\(uri) misses the public vote")
                #expect(text.contains("Volunteer flood warden at the depot"), "\(uri) misses the public declaration")
                for secret in PublicFixture.meetingDaySecrets { #expect(!text.contains(secret), "\(secret) leaked at \(uri)") }
            }
            let record = String(
                buffer: try await client.execute(
                    uri: "/api/v1/partnerships/millbrook/bodies/board/meetings/2019-12-10",
                    method: .get
                ).body)
            #expect(record.contains("\"outcome\":\"carried\"") && record.contains("\"present_voting\":1"))
            let member = String(
                buffer: try await client.execute(
                    uri: "/api/v1/partnerships/millbrook/bodies/board/meetings/2019-12-10",
                    method: .get, headers: [.cookie: cookie]
                ).body)
            #expect(member.contains("zqvoteexempt") && member.contains("zqdeclexempt") && member.contains("\"roll_call\""))
            let draft = String(
                buffer: try await client.execute(
                    uri: "/p/millbrook/bodies/board/meetings/2020-03-02", method: .get,
                    headers: [.cookie: cookie]
                ).body)
            #expect(draft.contains("zqvotedraft") && draft.contains("zqdecldraft"))
        }
    }

    /// Local links (`href="/…"`) of a page, without fragments.
    static func links(in html: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "href=\"/") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            var link = "/" + after[..<end]
            if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
            link = link.replacingOccurrences(of: "&amp;", with: "&")
            if !link.hasPrefix("//") && !link.hasPrefix("/logout") { out.append(link) }
            rest = after[end...]
        }
        return out
    }
}

extension PublicFixture {
    static let memberAudience = Audience.account(
        .init(
            userID: 50, role: .member, partnershipID: 1, personID: 1,
            memberOfBodyIDs: [1]))

    /// A signed-in session for a new account of `personID`; returns the Cookie header value.
    static func signIn(in database: AppDatabase, personID: Int64, role: UserRole) throws -> String {
        let token = Tokens.random()
        let hash = Tokens.sha256Hex(token)
        var world = TestWorld()
        let account = world.account("ada@millbrook.example", role: role, in: 1, person: personID, id: 50)
        world.session(of: account, tokenHash: hash, csrfToken: Tokens.random())
        try database.plant(world)
        return "mb_session=\(token)"
    }
}
