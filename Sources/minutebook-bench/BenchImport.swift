import ArgumentParser
import Foundation
import MinutebookCore
import MinutebookImport

/// `minutebook-bench import`: importer throughput on a generated corpus of invented minutes in the three
/// main layouts (tab columns, PDF flow text, numbered paragraphs), as MB per wall-clock second and MB per
/// CPU second of the importing thread (the figure to trust on a busy machine).
struct BenchImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import speed (MB/s) over a generated corpus of minutes in several layouts.",
        discussion: "Needs no database: the corpus is generated, deterministic for a given --megabytes."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "Size of the generated minutes corpus, in MB.")
    var megabytes: Double = 20

    func run() async throws {
        try options.emit(try ImportThroughputBenchmark(megabytes: megabytes).run())
    }
}

/// The import benchmark shared by `minutebook-bench import` and `all`.
struct ImportThroughputBenchmark {
    var megabytes: Double = 20

    func run() throws -> BenchReport {
        guard megabytes > 0, megabytes <= 1024 else { throw DomainError.invalid("--megabytes must be between 0 and 1024") }
        let result: ImportBenchmark.Result
        do { result = try ImportBenchmark.run(megabytes: megabytes) } catch { throw error.domainError }
        var report = BenchReport("import")
        report.add("import.mb_per_s", result.megabytesPerSecond, "MB/s")
        report.add("import.mb_per_cpu_s", result.megabytesPerCPUSecond, "MB/cpu s")
        report.add("import.corpus_mb", Double(result.bytes) / 1_048_576, "MB")
        report.add("import.s", result.seconds, "s")
        report.fact("import.documents", String(result.documents))
        report.fact("import.meetings", String(result.meetings))
        report.fact("import.minutes", String(result.minutes))
        report.fact("import.actions", String(result.actions))
        report.fact("import.layouts", "tab columns, PDF flow text, numbered paragraphs")
        return report
    }
}
