import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// A document missing one field is read with a warning naming the line; --strict refuses it.
@Suite("Missing fields")
struct MissingFieldsTests {
    static let undated =
        "FERNLEA SAFETY GROUP\n\nPresent: Ada Quill (Chair), Ben Rook\n\n1. Apologies\nNone.\n\n2. Patrols\nRESOLVED that patrols continue.\n"

    @Test("no date: --date supplies it; without it the importer refuses and --strict too, naming the option")
    func date() throws {
        let supplied = try MinutesImporter(options: ImportOptions(date: LocalDate(iso: "2024-05-02")))
            .records(fromText: Self.undated, format: .text, file: "undated.txt")
        #expect(supplied.first?.date.iso == "2024-05-02")
        #expect(supplied.first?.body == "Fernlea Safety Group")
        #expect(supplied.first?.items.map(\.number) == ["1", "2"])
        #expect(throws: ImportError.self) { try MinutesImporter().records(fromText: Self.undated, format: .text, file: "undated.txt") }
    }

    @Test("a date only later in the text is taken with a warning naming its line; --strict refuses")
    func dateLater() throws {
        let text = "FERNLEA SAFETY GROUP\n\nPresent: Ada Quill\n\n1. Patrols\nThe patrol on 3 March 2024 went well.\n\n2. AOB\nNone.\n"
        let r = try #require(MinutesImporter().records(fromText: text, format: .text, file: "x.txt").first)
        #expect(r.date.iso == "2024-03-03")
        #expect(r.warnings.contains { $0.hasPrefix("line 6: no meeting date in the opening") })
        #expect(throws: ImportError.self) {
            try MinutesImporter(options: ImportOptions(strict: true)).records(fromText: text, format: .text, file: "x.txt")
        }
    }

    @Test("no body name: the first line is read with a warning; --body names it; --strict refuses")
    func body() throws {
        let text = "Held on 9 June 2022\n\nPresent: Ada Quill\n\n1. Patrols\nNoted.\n\n2. AOB\nNone.\n"
        let r = try #require(MinutesImporter().records(fromText: text, format: .text, file: "x.txt").first)
        #expect(r.warnings.contains { $0.hasPrefix("line 1: no body name found") })
        let named = try MinutesImporter(bodyOverride: "Fernlea Safety Group").records(fromText: text, format: .text, file: "x.txt")
        #expect(named.first?.body == "Fernlea Safety Group")
        #expect(throws: ImportError.self) {
            try MinutesImporter(options: ImportOptions(strict: true)).records(fromText: text, format: .text, file: "x.txt")
        }
    }

    @Test("dates in every British form, Welsh ones included ('Mawrth' as Tuesday and as March)")
    func dates() {
        let cases: [(String, String)] = [
            ("Monday 9 March 2015 at 2.00 p.m.", "2015-03-09"), ("Monday, 22nd May, 2023 2.00 pm", "2023-05-22"),
            ("12/01/22", "2022-01-12"), ("04/07/2023", "2023-07-04"), ("dydd Mawrth, 5 Mawrth 2024", "2024-03-05"),
            ("dydd Iau, 7 Mawrth 2024", "2024-03-07"), ("TUESDAY 1O JUNE 2O14", "2014-06-10"), ("March 8th 2018", "2018-03-08"),
            ("6 Mehefin 2024", "2024-06-06")
        ]
        for (text, iso) in cases { #expect(DateText.firstDate(in: text)?.iso == iso, "\(text)") }
        #expect(DateText.times(in: "10.00 y.b.").first?.hhmm == "10:00")
        #expect(DateText.times(in: "14:00 - 15:30").map(\.hhmm) == ["14:00", "15:30"])
    }
}
