import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Links into a meeting page (search results, feeds) end in a fragment that names an element the
/// meeting page really has, for minutes, decisions, agenda items and documents.
@Suite("Links land on the meeting page")
struct SearchAnchorTests {
    static func plantDocument(in database: AppDatabase) throws {
        var w = TestWorld()
        let november = w.meeting(of: 1, on: "2018-11-01", status: .held, id: 14)
        let exercise = w.item("Winter exercise", on: november, number: "5", id: 140)
        w.document(
            "Winter flood exercise report", filename: "flood.md", of: november, item: exercise, in: 1, mediaType: "text/markdown",
            bytes: 10, id: 300)
        let thanks = w.minute(
            "Thanks to the retiring clerk", number: nil, text: "The Board thanked the retiring clerk for her lanternwork.",
            of: november, id: 1002)
        w.resolution("The lanternwork is framed for the hall.", of: thanks, id: 5002)
        w.approve(november, on: "2019-12-10")
        try database.plant(w)
    }

    @Test(
        "every search result's fragment is an id on its meeting page",
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
