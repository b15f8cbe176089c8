import Foundation
import MinutebookImport

/// `minutebook bench import`: importer throughput on a generated corpus of invented minutes,
/// reported as MB per wall-clock second and MB per CPU second of the importing thread.
enum BenchImport {
    /// Runs the benchmark and returns its report: a table, or one JSON object.
    static func run(megabytes: Double, json: Bool) throws -> String {
        let result: ImportBenchmark.Result
        do { result = try ImportBenchmark.run(megabytes: megabytes) } catch { throw error.domainError }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var object = try JSONSerialization.jsonObject(with: try encoder.encode(result)) as? [String: Any] ?? [:]
            object["benchmark"] = "import"
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        return """
            benchmark  documents  meetings  minutes  actions  MB      seconds  MB/s    cpu s    MB/cpu s
            import     \(pad(result.documents, 9))  \(pad(result.meetings, 8))  \(pad(result.minutes, 7))  \(pad(result.actions, 7))  \
            \(String(format: "%-6.1f  %-7.2f  %-6.1f  %-7.2f  %.1f", Double(result.bytes) / 1_048_576, result.seconds,
                          result.megabytesPerSecond, result.cpuSeconds, result.megabytesPerCPUSecond))
            """
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s + String(repeating: " ", count: max(0, width - s.count))
    }
}
