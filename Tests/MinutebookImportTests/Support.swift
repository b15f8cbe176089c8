import Foundation
import MinutebookCore

@testable import MinutebookImport

/// Where the tests find their files.
enum TestFiles {
    /// The repository root: the nearest folder above this file holding Package.swift.
    static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The real sample documents: `../shared/samples` beside the clone (CI), or beside any folder
    /// above it (a worktree), or $MINUTEBOOK_SAMPLES.
    static var samples: URL? {
        if let env = ProcessInfo.processInfo.environment["MINUTEBOOK_SAMPLES"] { return URL(fileURLWithPath: env) }
        var url = repositoryRoot
        while url.path != "/" {
            let candidate = url.appendingPathComponent("../shared/samples").standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    static var hasSamples: Bool { samples != nil }

    static func sample(_ name: String) -> URL? { samples?.appendingPathComponent(name) }

    static func fixture(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/MinutebookImportTests/Fixtures").appendingPathComponent(name)
    }

    static func importFixture(_ name: String, body: String? = nil) throws -> [MeetingRecord] {
        try MinutesImporter(bodyOverride: body).records(fromFile: fixture(name))
    }
}

extension MeetingRecord {
    func item(_ number: String) -> Item? { items.first { $0.number == number } }
    var numbers: [String] { items.compactMap(\.number) }
    func attendee(_ name: String, _ status: AttendanceStatus) -> Attendee? {
        attendance.first { $0.name == name && $0.status == status }
    }
    func owners(_ number: String) -> [[String]] { item(number)?.actions.map(\.owners) ?? [] }
}
