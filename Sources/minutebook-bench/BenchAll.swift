import ArgumentParser
import Foundation
import MinutebookCore

/// `minutebook-bench all`: every benchmark this build has, one report; the ones not built are listed.
struct BenchAll: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Run every benchmark this build has (http with memory, import, matters-arising, search, pack).",
        discussion: "Benchmarks whose feature is not built are listed as not available; the command fails if none ran."
    )

    @OptionGroup var options: BenchOptions
    @OptionGroup var http: HTTPBenchOptions

    @Option(help: "Size of the generated minutes corpus for the import benchmark, in MB.")
    var megabytes: Double = 20

    func run() async throws {
        var report = BenchReport("all")
        var ran = 0
        let steps: [(String, () async throws -> BenchReport)] = [
            ("http", { try await HTTPBenchmark(options: http, global: options.global).run() }),
            ("import", { try ImportThroughputBenchmark(megabytes: megabytes).run() }),
            ("matters-arising", { try await DatasetMattersArisingBenchmark(global: options.global).run() }),
            ("search", { try await DatasetSearchBenchmark(global: options.global).run() }),
            ("pack", { try await AgendaPackBenchmark(runs: 1).run() })
        ]
        for (name, step) in steps {
            do {
                report.merge(try await step())
                ran += 1
            } catch let error as DomainError where error.message.hasPrefix("not available:") {
                report.notes.append("\(name): \(error.message)")
                FileHandle.standardError.write(Data("\(name): \(error.message)\n".utf8))
            }
        }
        guard ran > 0 else { throw DomainError.invalid("no benchmark is available on this build") }
        try options.emit(report)
    }
}
