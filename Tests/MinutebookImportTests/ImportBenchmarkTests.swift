import Testing

@testable import MinutebookImport

@Suite("Import benchmark corpus")
struct ImportBenchmarkTests {
    @Test("the generated corpus is read completely in all three layouts (speed is measured by `bench import`, not here)")
    func corpusIsRead() throws {
        let result = try ImportBenchmark.run(megabytes: 0.1)
        #expect(result.meetings == result.documents)
        #expect(result.minutes == result.documents * 12)
        #expect(result.actions == result.documents * 12)
        for k in 0..<3 {
            let r = try MinutesImporter().records(fromText: ImportBenchmark.document(k), format: .text, file: "g")
            #expect(r.first?.warnings == [], "layout \(k)")
        }
    }
}
