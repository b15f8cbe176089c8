import ArgumentParser
import Foundation
import MinutebookImport

/// `minutebook bench import`: importer throughput on a generated corpus. A standalone command the
/// `bench` group registers as its `import` subcommand (`BenchImport.run(megabytes:json:)` for `bench all`).
struct BenchImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Measure importer throughput (MB/s) on a generated corpus of invented minutes."
    )

    @Option(help: "Size of the generated corpus in MB.")
    var megabytes: Double = 20

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() async throws {
        print(try Self.run(megabytes: megabytes, json: json))
    }

    /// Runs the benchmark and returns its report: a table, or JSON.
    static func run(megabytes: Double, json: Bool) throws -> String {
        let result: ImportBenchmark.Result
        do { result = try ImportBenchmark.run(megabytes: megabytes) } catch { throw error.domainError }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(result), as: UTF8.self)
        }
        return """
            benchmark   documents  meetings  minutes  actions   MB      seconds  MB/s    cpu s    MB/cpu s
            import      \(pad(result.documents, 9))  \(pad(result.meetings, 8))  \(pad(result.minutes, 7))  \(pad(result.actions, 7))   \
            \(String(format: "%-6.1f  %-7.2f  %-6.1f  %-7.2f  %.1f", Double(result.bytes) / 1_048_576, result.seconds,
                          result.megabytesPerSecond, result.cpuSeconds, result.megabytesPerCPUSecond))
            """
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s + String(repeating: " ", count: max(0, width - s.count))
    }
}
