import ArgumentParser
import Foundation
import MinutebookCore
import MinutebookServices

/// `minutebook-bench pack`: seconds to build a 200-page members' agenda pack (the pack feature's
/// own benchmark: invented reports in Markdown, Word and PDF, in a scratch database).
struct BenchPack: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Seconds to build a 200-page members' agenda pack (WeasyPrint, LibreOffice, qpdf).",
        discussion: "pack.s is the median of --runs builds; the last run's stages are reported beside it."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "How many times to build the pack.")
    var runs = 3

    func run() async throws {
        try options.emit(try await AgendaPackBenchmark(runs: runs).run())
    }
}

struct AgendaPackBenchmark {
    var runs = 3

    func run() async throws -> BenchReport {
        guard (1...50).contains(runs) else { throw DomainError.invalid("--runs must be 1 to 50") }
        let figures = try await PackBenchmark.run(runs: runs)
        var report = BenchReport("pack")
        report.add("pack.s", BenchClock.percentile(figures.seconds, 0.5), "s")
        report.add("pack.pages", Double(figures.pageCount), "pages")
        report.add("pack.min_s", figures.seconds.min() ?? 0, "s")
        report.add("pack.max_s", figures.seconds.max() ?? 0, "s")
        for stage in figures.stages {
            let name = String(stage.stage.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
            report.add("pack.stage.\(name)_s", stage.seconds, "s")
        }
        report.fact("pack.runs", String(figures.seconds.count))
        return report
    }
}
