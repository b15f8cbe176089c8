import ArgumentParser
import Foundation
import MinutebookCore
import MinutebookStore
import MinutebookWeb

/// `minutebook bench NAME [--json]`: runs one benchmark and prints a table or JSON figures.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Run a benchmark.")

    static let available = ["pack", "matters-arising", "import", "search", "all"]

    @Argument(help: "The benchmark: pack (a 200-page members' agenda pack), matters-arising (the draft for a body with 20 years of history), import (minutes importer MB/s) or all.")
    var name: String

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Option(help: "How many times to build the pack.")
    var runs = 3

    @Option(help: "Size of the generated minutes corpus for the import benchmark, in MB.")
    var megabytes: Double = 20

    func run() async throws {
        guard Self.available.contains(name) else {
            throw DomainError.invalid("unknown benchmark \(name); available here: \(Self.available.joined(separator: ", "))")
        }
        guard runs >= 1 else { throw DomainError.invalid("--runs must be at least 1") }
        if name == "import" || name == "all" {
            guard megabytes > 0, megabytes <= 1024 else { throw DomainError.invalid("--megabytes must be between 0 and 1024") }
            print(try BenchImport.run(megabytes: megabytes, json: json))
            if name == "import" { return }
        }
        if name == "matters-arising" || name == "all" {
            try await mattersArising()
            if name == "matters-arising" { return }
        }
        if name == "search" || name == "all" {
            let search = try await SearchBenchmark.run()
            if json {
                let object: [String: Any] = ["benchmark": "search", "minutes": search.minutes, "queries": search.queries,
                                             "p50_ms": (search.p50 * 100).rounded() / 100, "p95_ms": (search.p95 * 100).rounded() / 100,
                                             "max_ms": (search.max * 100).rounded() / 100]
                print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
            } else {
                print("benchmark  minutes  queries  p50 ms  p95 ms  max ms")
                print(String(format: "search     %7d  %7d  %6.2f  %6.2f  %6.2f", search.minutes, search.queries, search.p50, search.p95,
                             search.max))
            }
            if name == "search" { return }
        }
        let figures = try await PackBenchmark.run(runs: runs)
        let sorted = figures.seconds.sorted()
        let median = sorted[sorted.count / 2]
        if json {
            let object: [String: Any] = [
                "benchmark": "pack", "pages": figures.pageCount, "runs": figures.seconds.count,
                "seconds": figures.seconds.map { ($0 * 1000).rounded() / 1000 }, "median_seconds": (median * 1000).rounded() / 1000,
                "stages": Dictionary(uniqueKeysWithValues: figures.stages.map { ($0.stage, ($0.seconds * 1000).rounded() / 1000) }),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("benchmark  pages  runs  median s  min s  max s")
            print(String(format: "pack       %5d  %4d  %8.2f  %5.2f  %5.2f", figures.pageCount, figures.seconds.count, median,
                         sorted.first ?? 0, sorted.last ?? 0))
            print("last run by stage: " + figures.stages.map { "\($0.stage) " + String(format: "%.2fs", $0.seconds) }.joined(separator: ", "))
        }
    }

    /// The Matters Arising draft for a body with 20 years of synthetic history.
    func mattersArising() async throws {
        let figures = try await MattersArisingBenchmark.run(runs: max(runs, 10))
        let sorted = figures.milliseconds.sorted()
        let median = sorted[sorted.count / 2]
        let scans = figures.plan.filter { $0.hasPrefix("SCAN") }
        if json {
            let object: [String: Any] = [
                "benchmark": "matters-arising", "actions": figures.actions, "outstanding": figures.outstanding,
                "entries": figures.entries, "runs": sorted.count, "median_ms": (median * 100).rounded() / 100,
                "max_ms": ((sorted.last ?? 0) * 100).rounded() / 100, "full_scans": scans,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("benchmark        actions  open  entries  runs  median ms  max ms")
            print(String(format: "matters-arising  %7d  %4d  %7d  %4d  %9.2f  %6.2f", figures.actions, figures.outstanding, figures.entries,
                         sorted.count, median, sorted.last ?? 0))
            print("query plan: " + figures.plan.joined(separator: "; "))
        }
    }
}
