import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import Testing

@testable import MinutebookWeb

@Suite("RSS feed")
struct RSSFeedTests {
    @Test("the partnership's RSS 2.0 feed carries the Atom feed's decisions, dated, and nothing secret")
    func decisions() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/p/millbrook/feed.rss", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/rss+xml; charset=utf-8")
            #expect(response.headers[.eTag] != nil)
            let xml = String(buffer: response.body)
            #expect(xml.contains("<rss version=\"2.0\""))
            #expect(xml.contains("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\""))
            #expect(xml.contains("<description>An update on the mass casualty exercise is brought to the next meeting.</description>"))
            #expect(xml.contains("<pubDate>Tue, 10 Dec 2019 00:00:00 +0000</pubDate>"))
            #expect(xml.contains("/p/millbrook/bodies/board/meetings/2019-12-10#minute-41</link>"))
            for secret in PublicFixture.secrets { #expect(!xml.contains(secret)) }
            let atom = String(buffer: try await client.execute(uri: "/p/millbrook/feed.atom", method: .get).body)
            #expect(xml.components(separatedBy: "<item>").count == atom.components(separatedBy: "<entry>").count)
        }
    }

    @Test(
        "RFC 822 dates",
        arguments: zip(
            ["2019-12-10", "2024-02-29", "2000-01-01"],
            [
                "Tue, 10 Dec 2019 00:00:00 +0000", "Thu, 29 Feb 2024 00:00:00 +0000",
                "Sat, 01 Jan 2000 00:00:00 +0000"
            ]))
    func rfc822(_ iso: String, _ expected: String) throws {
        #expect(DecisionsFeed.rfc822(try #require(LocalDate(iso: iso))) == expected)
    }
}
