import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore

/// `minutebook-bench NAME [--json]`: one benchmark, printed as a table or as JSON figures.
///
/// A program of its own, so the `minutebook` CLI carries no benchmark code. Each benchmark is a
/// subcommand that returns a `BenchReport`; `all` runs every one that is built. A benchmark whose
/// feature is not on this build says so and exits non-zero: figures are only ever measured, never
/// filled in. The server and the accounts it measures come from the `minutebook` binary beside it.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutebook-bench",
        abstract: "Run a benchmark: http, import, matters-arising, search, pack, memory or all.",
        discussion: """
            Benchmarks read the database given by --database (generate one with \
            `minutebook demo --no-serve --partnerships N --years Y`). bench/run runs them all in release \
            mode and writes bench/results/latest.json.
            """,
        subcommands: [
            BenchHTTP.self, BenchImport.self, BenchMattersArising.self, BenchSearch.self,
            BenchPack.self, BenchMemory.self, BenchAll.self
        ]
    )
}

/// Options every benchmark takes.
struct BenchOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the figures as JSON.")
    var json = false

    /// Prints the report in the asked-for shape.
    func emit(_ report: BenchReport) throws {
        if json {
            print(try report.json())
        } else {
            print(report.table())
        }
    }
}

/// One figure: a key as stored in bench/results/latest.json, its value and unit.
struct BenchFigure: Sendable {
    var key: String
    var value: Double
    var unit: String
}

/// What a benchmark measured: figures under stable keys, facts about what was measured, notes.
struct BenchReport: Sendable {
    var benchmark: String
    var figures: [BenchFigure] = []
    /// What was measured: dataset size, the paths fetched, the runs.
    var facts: [(String, String)] = []
    var notes: [String] = []

    init(_ benchmark: String) { self.benchmark = benchmark }

    mutating func add(_ key: String, _ value: Double, _ unit: String) {
        figures.append(BenchFigure(key: key, value: value, unit: unit))
    }

    mutating func fact(_ key: String, _ value: String) { facts.append((key, value)) }

    mutating func merge(_ other: BenchReport) {
        figures += other.figures
        facts += other.facts
        notes += other.notes
    }

    func json() throws -> String {
        var object: [String: Any] = ["benchmark": benchmark]
        object["figures"] = Dictionary(figures.map { ($0.key, Self.rounded($0.value)) }, uniquingKeysWith: { $1 })
        object["units"] = Dictionary(figures.map { ($0.key, $0.unit) }, uniquingKeysWith: { $1 })
        object["facts"] = Dictionary(facts, uniquingKeysWith: { $1 })
        object["notes"] = notes
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    func table() -> String {
        let width = max(10, figures.map(\.key.count).max() ?? 0)
        var lines = ["\(benchmark)", "\("figure".padding(toLength: width, withPad: " ", startingAt: 0))  value"]
        for f in figures {
            lines.append("\(f.key.padding(toLength: width, withPad: " ", startingAt: 0))  \(Self.format(f.value)) \(f.unit)")
        }
        for (k, v) in facts { lines.append("  \(k): \(v)") }
        for n in notes { lines.append("  note: \(n)") }
        return lines.joined(separator: "\n")
    }

    static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let scale = abs(value) >= 100 ? 10.0 : 10_000.0
        return (value * scale).rounded() / scale
    }

    static func format(_ value: Double) -> String {
        abs(value) >= 100 ? String(format: "%.1f", value) : String(format: "%.4g", value)
    }
}

/// A benchmark whose feature is not on this build.
enum BenchUnavailable {
    static func error(_ feature: String) -> DomainError {
        DomainError.invalid("not available: \(feature) is not built yet")
    }
}

/// Timing helpers shared by the in-process benchmarks.
enum BenchClock {
    /// Seconds taken by `body`.
    static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The value at fraction `p` (0…1) of sorted `values`, nearest rank.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
