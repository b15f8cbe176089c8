import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Random cuts and mutations of the samples and fixtures: the importer either reads them or
/// refuses them with an ImportError; it never crashes or hangs. Deterministic seed.
@Suite("Importer fuzzing")
struct FuzzTests {
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "\t", "\n", "\n\n", "   ", "(", ")", "((", "RESOLVED that", "Action", "СН", "۸", "Present:",
        "Apologies were received from ", " and ", "Minutes of the meeting held on 31 February 2020",
        "172a", "l7", "1O", "<p>", "</b>", "<table><tr><td>", "|", "**", "#", "\u{0C}", "Page 3",
        "ACTION:", "(1) ", "—", "é", "\u{1E}", "99999999", "Post Meeting Note:", "acted as alternate for "
    ]

    static func corpus() throws -> [(String, DocumentFormat)] {
        var docs: [(String, DocumentFormat)] = []
        let fixtures = TestFiles.repositoryRoot.appendingPathComponent("Tests/MinutebookImportTests/Fixtures")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where name != "README.md" {
            let url = fixtures.appendingPathComponent(name)
            guard let format = DocumentFormat(fileExtension: url.pathExtension), [.text, .markdown, .html].contains(format) else {
                continue
            }
            docs.append((try String(contentsOf: url, encoding: .utf8), format))
        }
        if let samples = TestFiles.samples {
            for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() {
                let url = samples.appendingPathComponent(name)
                let format = DocumentFormat(fileExtension: url.pathExtension) ?? .text
                docs.append((try String(contentsOf: url, encoding: .utf8), format))
            }
        }
        return docs
    }

    static func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var chars = Array(text.unicodeScalars)
        let operations = Int.random(in: 1...8, using: &rng)
        for _ in 0..<operations where !chars.isEmpty {
            let at = Int.random(in: 0..<chars.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: chars = Array(chars[..<at])
            case 1: chars = Array(chars[at...])
            case 2:
                let length = Int.random(in: 0...min(500, chars.count - at), using: &rng)
                chars.removeSubrange(at..<(at + length))
            case 3:
                let fragment = fragments[Int.random(in: 0..<fragments.count, using: &rng)]
                chars.insert(contentsOf: fragment.unicodeScalars, at: at)
            case 4:
                let length = Int.random(in: 0...min(300, chars.count - at), using: &rng)
                let copy = chars[at..<(at + length)]
                chars.insert(contentsOf: copy, at: Int.random(in: 0...chars.count, using: &rng))
            default:
                if let s = Unicode.Scalar(UInt32.random(in: 0x20...0x24FF, using: &rng)) { chars[at] = s }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: chars)
        return String(view)
    }

    @Test("200 mutated documents: read or refused, never a crash or a hang", .timeLimit(.minutes(3)))
    func mutations() throws {
        let docs = try Self.corpus()
        try #require(!docs.isEmpty)
        var rng = SplitMix64(state: 20_171_219)
        var read = 0, refused = 0
        for i in 0..<200 {
            let (text, format) = docs[i % docs.count]
            let mutated = Self.mutate(text, &rng)
            for f in [format, .text] {
                do {
                    let records = try MinutesImporter().records(fromText: mutated, format: f, file: "fuzz-\(i)")
                    for r in records {
                        // Whatever was read still encodes to the contract.
                        _ = try JSONEncoder().encode(r)
                        #expect(!r.body.isEmpty)
                    }
                    read += 1
                } catch let error as ImportError {
                    #expect(!error.reason.isEmpty)
                    refused += 1
                } catch {
                    Issue.record("unexpected error \(error)")
                }
            }
        }
        #expect(read > 0)
    }

    @Test("random bytes are refused as binary or invalid text, never read as minutes")
    func randomBytes() throws {
        var rng = SplitMix64(state: 42)
        for i in 0..<50 {
            let count = Int.random(in: 1...4096, using: &rng)
            var bytes = [UInt8](repeating: 0, count: count)
            for k in bytes.indices { bytes[k] = UInt8.random(in: 0...255, using: &rng) }
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).txt")
            try Data(bytes).write(to: url)
            #expect(throws: ImportError.self, "sample \(i)") { try MinutesImporter().records(fromFile: url) }
        }
    }
}
