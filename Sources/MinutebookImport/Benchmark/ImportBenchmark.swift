import Foundation
import MinutebookCore

/// Throughput of the importer on a generated corpus of invented minutes in the three main
/// layouts (tab columns, PDF flow text, numbered paragraphs). Deterministic for a given size.
public enum ImportBenchmark {
    public struct Result: Sendable, Codable, Equatable {
        public var documents: Int
        public var meetings: Int
        public var bytes: Int
        /// Wall-clock seconds, and the CPU seconds of the importing thread (the figure to trust on a busy machine).
        public var seconds: Double
        public var cpuSeconds: Double
        public var megabytesPerSecond: Double
        public var megabytesPerCPUSecond: Double
        public var minutes: Int
        public var actions: Int

        enum CodingKeys: String, CodingKey {
            case documents, meetings, bytes, seconds, minutes, actions
            case megabytesPerSecond = "mb_per_second"
            case cpuSeconds = "cpu_seconds"
            case megabytesPerCPUSecond = "mb_per_cpu_second"
        }
    }

    static let firstNames = [
        "Ada", "Bram", "Cleo", "Dev", "Elin", "Femi", "Gwen", "Hugo", "Ines", "Jory", "Kemi", "Lars",
        "Mair", "Nico", "Orla", "Pavel", "Quinn", "Rhys", "Saba", "Tove"
    ]
    static let surnames = [
        "Ashby", "Bellamy", "Corrigan", "Dervish", "Ellery", "Fontaine", "Garrow", "Hollis", "Iqbal",
        "Jessop", "Kowalczyk", "Lyle", "Marchetti", "Nuttall", "Okoro", "Penhale", "Quarrie", "Rook"
    ]
    static let topics = [
        "ANTI-SOCIAL BEHAVIOUR UPDATE", "DOMESTIC ABUSE SUB GROUP UPDATE", "YOUTH DIVERSION PROGRAMME",
        "NIGHT-TIME ECONOMY", "RESILIENCE UPDATE", "PREVENT UPDATE", "CCTV REVIEW", "HATE CRIME REPORTING",
        "RETAIL CRIME WORKING GROUP", "COMMUNICATIONS UPDATE", "PARKS AND OPEN SPACES PATROLS"
    ]
    static let sentences = [
        "The Board heard that patrols in the town centre had been extended into the evening.",
        "Members asked whether the figures could be broken down by ward before the next meeting.",
        "It was noted that referrals had risen by 12% in the quarter, mostly from schools.",
        "The officer explained that the contract would be re-tendered in the spring and that partners would be consulted.",
        "Concern was expressed about the waiting times for the support service; the provider would report back."
    ]

    /// One invented meeting, about `sentencesPerItem` sentences a minute, in layout `k % 3`.
    static func document(_ k: Int) -> String {
        var rng = k &* 2_654_435_761 &+ 17
        func pick<T>(_ list: [T]) -> T {
            rng = (rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407) & 0x7FFF_FFFF_FFFF_FFFF
            return list[Int(rng >> 33) % list.count]
        }
        let people = (0..<8).map { i in "\(firstNames[(k + i * 3) % firstNames.count]) \(surnames[(k * 7 + i) % surnames.count])" }
        let date = LocalDate(year: 2000 + k % 24, month: 1 + k % 12, day: 1 + k % 27) ?? LocalDate(dayNumber: 0)
        var out = "GLENMOOR COMMUNITY SAFETY BOARD \(k % 5 + 1)\n\nMinutes of the meeting held at 10.00 am on \(date.long)\n\nPresent:\n"
        for (i, p) in people.enumerated() { out += "\(p), (Partner Organisation \(i))\(i == 0 ? " (Chairman)" : "")\n" }
        out += "\n"
        let first = 10 + k % 50
        for n in 0..<12 {
            let number = first + n
            let owner = people[n % people.count].split(separator: " ").map { String($0.prefix(1)) }.joined()
            let body = (0..<5).map { _ in pick(sentences) }.joined(separator: " ")
            switch k % 3 {
            case 0:
                out +=
                    "\(number)\t\(pick(topics))\tAction\n\t\(body)\t\n\t\(body)\t\n\tRESOLVED that the update is noted and a report comes back.\t\(owner)\n"
            case 1:
                out +=
                    "\(number)   \(pick(topics))\n\nAction\n\n\(body)\n\(body)\n\nRESOLVED that the update is noted and a\nreport comes back.\n\n\(owner)\n\n"
            default:
                out +=
                    "\(number). \(pick(topics).lowercased().capitalized)\n\(number).1 \(body)\n\(number).2 \(body)\nRESOLVED that the update is noted.\nACTION: \(owner) to report back.\n\n"
            }
        }
        out += "\nThe meeting ended at 12.00 pm\n"
        return out
    }

    /// Generates about `megabytes` of minutes and times the importer over them.
    public static func run(megabytes: Double) throws(ImportError) -> Result {
        var documents: [String] = []
        var bytes = 0
        var k = 0
        while Double(bytes) < megabytes * 1_048_576 {
            let d = document(k)
            bytes += d.utf8.count
            documents.append(d)
            k += 1
        }
        let importer = MinutesImporter()
        var meetings = 0, minutes = 0, actions = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUTime()
        for (i, d) in documents.enumerated() {
            for r in try importer.records(fromText: d, format: .text, file: "generated-\(i).txt") {
                meetings += 1
                minutes += r.items.count
                actions += r.items.reduce(0) { $0 + $1.actions.count }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = threadCPUTime() - cpuStart
        let mb = Double(bytes) / 1_048_576
        return Result(
            documents: documents.count, meetings: meetings, bytes: bytes, seconds: seconds, cpuSeconds: cpu,
            megabytesPerSecond: mb / max(seconds, 1e-9), megabytesPerCPUSecond: mb / max(cpu, 1e-9),
            minutes: minutes, actions: actions)
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
