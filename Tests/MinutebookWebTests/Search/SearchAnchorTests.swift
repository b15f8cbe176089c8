import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookStore
import Testing
@testable import MinutebookWeb

/// Links into a meeting page (search results, feeds) end in a fragment that names an element the
/// meeting page really has, for minutes, decisions, agenda items and documents.
@Suite("Links land on the meeting page")
struct SearchAnchorTests {
    static func plantDocument(in database: AppDatabase) throws {
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (14, 1, '2018-11-01', 2018, 'held');
                INSERT INTO agendaItem (id, meetingId, position, number, title) VALUES (140, 14, 1, '5', 'Winter exercise');
                INSERT INTO document (id, partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256, part, isPublished)
                VALUES (300, 1, 14, 140, 'Winter flood exercise report', 'flood.md', 'text/markdown', 10, ?, 1, 1);
                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1002, 14, 1, 2018, 1, NULL, 'Thanks to the retiring clerk', 1, 'The Board thanked the retiring clerk for her lanternwork.');
                INSERT INTO resolution (id, minuteId, position, text) VALUES (5002, 1002, 1, 'The lanternwork is framed for the hall.');
                UPDATE meeting SET status = 'minutes_approved', approvedAt = '2019-12-10' WHERE id = 14;
                """, arguments: [String(repeating: "a", count: 64)])
        }
    }

    @Test("every search result's fragment is an id on its meeting page",
          arguments: ["exercise", "\"mass casualty\"", "emergency", "flood", "lanternwork", "depot"])
    func searchFragmentsExist(_ query: String) async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try SearchAnchorTests.plantDocument(in: database)
        try await app.test(.router) { client in
            let q = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
            let json = try await client.execute(uri: "/api/v1/search?q=\(q)&limit=100", method: .get)
            let object = try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [String: Any]
            let results = try #require(object?["items"] as? [[String: Any]])
            #expect(!results.isEmpty, "no result for \(query)")
            var urls = results.compactMap { $0["url"] as? String }
            // The HTML results link the same places.
            let html = String(buffer: try await client.execute(uri: "/search?q=\(q)", method: .get).body)
            urls += html.components(separatedBy: "<li class=\"result\"><h3><a href=\"").dropFirst().compactMap {
                $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
            }
            for url in urls {
                try await SearchAnchorTests.expectLands(url, client: client)
            }
        }
    }

    @Test("every Atom and RSS link's fragment is an id on its meeting page", arguments: ["/p/millbrook/feed.atom", "/p/millbrook/feed.rss"])
    func feedFragmentsExist(_ feed: String) async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try SearchAnchorTests.plantDocument(in: database)
        try await app.test(.router) { client in
            let xml = String(buffer: try await client.execute(uri: feed, method: .get).body)
            let links = xml.components(separatedBy: "http://127.0.0.1:8080").dropFirst().compactMap { tail -> String? in
                let end = tail.firstIndex { $0 == "<" || $0 == "\"" } ?? tail.endIndex
                let link = String(tail[..<end])
                return link.contains("#") ? link : nil
            }
            #expect(links.count >= 2, "\(feed) has no links into meetings")
            for link in links { try await SearchAnchorTests.expectLands(link, client: client) }
        }
    }

    static func expectLands(_ url: String, client: some TestClientProtocol) async throws {
        let parts = url.split(separator: "#", maxSplits: 1).map(String.init)
        try #require(parts.count == 2, "\(url) has no fragment")
        let page = try await client.execute(uri: parts[0], method: .get)
        #expect(page.status == .ok, "\(parts[0]) answered \(page.status)")
        #expect(String(buffer: page.body).contains("id=\"\(parts[1])\""), "\(url): the page has no id \(parts[1])")
    }
}
