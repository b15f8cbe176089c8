import Foundation
import Testing

@testable import MinutebookWeb

/// One way to name a page: a partnership's paths are built by `SitePath` and its routes are
/// registered in the route groups of `PartnershipRoutes`, never spelled out by hand in a controller
/// or a view. The Web module's sources are read as text, so a new hand-built path fails here.
@Suite("Paths built by hand")
struct HandBuiltPathTests {
    /// The files allowed to spell a partnership's path: the one that names every path, and the one
    /// that makes the route groups under `p/:partnership`.
    static let namers: Set<String> = ["SitePath.swift", "PathScope.swift"]

    /// What a hand-built path looks like in Swift source: a link ("/p/…") or a route ("p/:partnership…").
    static let spellings = ["\"/p/", "\"p/:partnership", "\"/p/:partnership"]

    static var webSources: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/MinutebookWeb")
    }

    /// Every line of the Web module's Swift sources (outside the namers) that spells a partnership's path.
    static func handBuilt(in root: URL) throws -> [String] {
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var found: [String] = []
        for file in files where !namers.contains(file.lastPathComponent) {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where spellings.contains(where: { line.contains($0) }) {
                found.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return found
    }

    @Test("no controller or view of the Web module builds a partnership's path by hand")
    func noHandBuiltPaths() throws {
        let files =
            FileManager.default.enumerator(at: Self.webSources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        // The scan reads the real sources: the module's files, SitePath among them.
        #expect(files.count > 100)
        #expect(files.contains { $0.lastPathComponent == "SitePath.swift" })
        let found = try Self.handBuilt(in: Self.webSources)
        #expect(found.isEmpty, "paths built by hand instead of SitePath: \(found.joined(separator: "\n"))")
    }

    @Test("the scan finds a hand-built link and a hand-built route")
    func scanFindsThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("handbuilt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let source = """
            let link = "/p/\\(slug)/performance"
            router.get("/p/:partnership/feed.atom", use: atom)
            router.group("p/:partnership").get("audit/:table/:id", use: show)
            let fine = SitePath.performance(partnership: slug).path
            """
        try source.write(to: root.appendingPathComponent("Page.swift"), atomically: true, encoding: .utf8)
        try source.write(to: root.appendingPathComponent("SitePath.swift"), atomically: true, encoding: .utf8)
        let found = try Self.handBuilt(in: root)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.hasPrefix("Page.swift:") })
    }
}
