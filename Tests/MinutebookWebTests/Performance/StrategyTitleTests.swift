import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// A strategy whose title already names its years is printed once with them (issue 24, item 4).
@Suite("Strategy titles")
struct StrategyTitleTests {
    @Test(
        "a title is printed with its years once, whether or not it names them",
        arguments: zip(
            ["Strategy 2030-33", "Safer Harbourside", "Strategy 2030-2033", "Plan 2030/33"],
            ["Strategy 2030-33", "Safer Harbourside 2030-33", "Strategy 2030-2033", "Plan 2030/33"]))
    func fullTitle(title: String, printed: String) {
        let strategy = Strategy(id: 1, partnershipID: 1, bodyID: 1, title: title, firstYear: 2030, lastYear: 2033)
        #expect(strategy.fullTitle == printed)
    }

    @Test("the strategy page and the performance overview print \"Strategy 2030-33\", never \"2030-33 2030-33\"")
    func pages() async throws {
        let (app, database) = try makeTestApp()
        _ = try await seedPerformance(database)
        let strategy = try await GRDBStrategyRepository(database: database).create(
            Strategy(
                id: 0, partnershipID: 1, bodyID: 1, title: "Community Safety Strategy 2030-33", firstYear: 2030, lastYear: 2033,
                isPublished: true), by: .tool("t"))
        try await app.test(.router) { client in
            for uri in ["/p/harbourside/strategy/\(strategy.id)", "/p/harbourside/performance"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let html = String(buffer: response.body)
                    #expect(html.contains("Community Safety Strategy 2030-33"))
                    #expect(!html.contains("2030-33 2030-33"))
                }
            }
        }
    }
}
