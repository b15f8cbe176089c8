import Foundation
import MinutebookCore
import MinutebookStore

/// `minutebook bench search`: full-text search over a synthetic 20-year corpus (six bodies meeting
/// quarterly, twelve minutes a meeting, decisions under each), timing fixed queries as the public and
/// as a member. Reports p50 and p95 in milliseconds.
public enum SearchBenchmark {
    public struct Figures: Sendable {
        public var minutes: Int
        public var queries: Int
        public var p50: Double
        public var p95: Double
        public var max: Double
    }

    static let queries = [
        "mass casualty", "\"domestic abuse\"", "knife*", "prevent OR channel", "youth offending", "\"anti social behaviour\"",
        "burglary -drugs", "hate crime", "exploit*", "\"county lines\"", "night time economy", "refuge",
    ]

    public static func run(iterations: Int = 10) async throws -> Figures {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-bench-search-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try AppDatabase(path: path)
        let minutes = try SearchCorpus.generate(into: database)
        let repository = GRDBSearchRepository(database: database)
        let member = Audience.account(.init(userID: 1, role: .member, partnershipID: 1, personID: nil, memberOfBodyIDs: [1, 2]))
        var durations: [Double] = []
        for _ in 0..<iterations {
            for text in queries {
                for audience in [Audience.public, member] {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = try await repository.search(SearchQuery(text: text, limit: 20), audience: audience)
                    durations.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                }
            }
        }
        durations.sort()
        func percentile(_ p: Double) -> Double { durations[min(durations.count - 1, Int(Double(durations.count) * p))] }
        return Figures(minutes: minutes, queries: durations.count, p50: percentile(0.5), p95: percentile(0.95),
                       max: durations.last ?? 0)
    }
}
