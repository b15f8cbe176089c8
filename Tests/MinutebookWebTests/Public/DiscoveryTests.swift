import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MinutebookWeb

/// Feeds, calendars and the API are discoverable from the public pages: each page's head names them
/// with `<link rel="alternate">`, the page links them visibly, and every such link answers.
@Suite("Feeds and the API are discoverable")
struct DiscoveryTests {
    static let pages: [(uri: String, expected: [String])] = [
        ("/", ["/api/v1/partnerships", "/p/millbrook/feed.atom", "/p/millbrook/feed.rss", "/p/millbrook/calendar.ics"]),
        (
            "/p/millbrook",
            [
                "/p/millbrook/feed.atom", "/p/millbrook/feed.rss", "/p/millbrook/calendar.ics",
                "/api/v1/partnerships/millbrook/bodies", "/api/v1/partnerships/millbrook/decisions"
            ]
        ),
        (
            "/p/millbrook/bodies/board",
            [
                "/p/millbrook/bodies/board/calendar.ics", "/api/v1/partnerships/millbrook/bodies/board/meetings",
                "/p/millbrook/feed.rss"
            ]
        ),
        (
            "/p/millbrook/bodies/board/meetings/2019-12-10",
            [
                "/api/v1/partnerships/millbrook/bodies/board/meetings/2019-12-10",
                "/p/millbrook/bodies/board/calendar.ics", "/p/millbrook/feed.atom",
                "/p/millbrook/feed.rss"
            ]
        )
    ]

    @Test(
        "the page's head and body both link its feeds and API, and every link answers 200",
        arguments: pages.map(\.uri))
    func discoverable(_ uri: String) async throws {
        let expected = try #require(DiscoveryTests.pages.first { $0.uri == uri }).expected
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let html = String(buffer: try await client.execute(uri: uri, method: .get).body)
            let head = try #require(html.components(separatedBy: "</head>").first)
            let body = html.components(separatedBy: "<main").last ?? ""
            for href in expected {
                #expect(
                    head.contains("<link rel=\"alternate\" type=\"") && head.contains("href=\"\(href)\""),
                    "\(uri) head lacks \(href)")
                #expect(body.contains("<a href=\"\(href)\""), "\(uri) shows no link to \(href)")
            }
            #expect(body.contains("href=\"/api/v1/openapi.json\""))
            for href in DiscoveryTests.alternates(in: head) {
                let response = try await client.execute(uri: href, method: .get)
                #expect(response.status == .ok, "\(href) from \(uri) answered \(response.status)")
            }
        }
    }

    /// The hrefs of the head's `<link rel="alternate">` elements.
    static func alternates(in head: String) -> [String] {
        head.components(separatedBy: "<link rel=\"alternate\"").dropFirst().compactMap { tail in
            guard let start = tail.range(of: "href=\"") else { return nil }
            let rest = tail[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }
}
