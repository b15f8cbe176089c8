import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

@Suite("Excel sheets of indicator figures")
struct XLSXSheetReaderTests {
    static let indicators = ["refuge-referrals": Indicator(id: 4, partnershipID: 1, bodyID: 1, code: "refuge-referrals", name: "Refuge referrals")]

    @Test("rows keep Excel's numbers; shared, inline and formula cells are read; short rows are padded")
    func good() throws {
        let data = try Data(contentsOf: TestFiles.spreadsheet("actuals-good.xlsx"))
        let records = try XLSXSheetReader.records(data, file: "actuals-good.xlsx")
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[0].fields == ["indicator", "period", "value", "area"])
        #expect(records[1].fields == ["refuge-referrals", "Q1 2030/31", "14", ""])
        #expect(records[2].fields == ["refuge-referrals", "Q2 2030/31", "16", "Quayside & Docks"])
        let actuals = try ActualsCSV.parse(records: records, indicators: Self.indicators)
        #expect(actuals.map(\.value) == [14, 16])
        #expect(actuals.last?.area == .ward("Quayside & Docks"))
    }

    @Test("a bad row is refused with the row number Excel shows")
    func badRow() throws {
        let data = try Data(contentsOf: TestFiles.spreadsheet("actuals-bad-row.xlsx"))
        let records = try XLSXSheetReader.records(data, file: "actuals-bad-row.xlsx")
        #expect(throws: DomainError.invalid("line 7: 'n/a' is not a number")) {
            _ = try ActualsCSV.parse(records: records, indicators: Self.indicators)
        }
    }

    @Test("a file that is not a workbook is one clear error")
    func notAWorkbook() {
        #expect(throws: DomainError.invalid("notes.xlsx: is not an Excel workbook (.xlsx): it is not a zip archive")) {
            _ = try XLSXSheetReader.records(Data("indicator,period\n".utf8), file: "notes.xlsx")
        }
    }

    @Test("column letters", arguments: zip(["A1", "C12", "Z3", "AA7", "AB1", "1"], [0, 2, 25, 26, 27, nil] as [Int?]))
    func columns(_ ref: String, _ index: Int?) {
        #expect(XLSXSheetReader.column(of: ref) == index)
    }
}

extension TestFiles {
    /// Binary spreadsheet fixtures, kept apart from the text fixtures the importer fuzzes.
    static func spreadsheet(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/MinutebookImportTests/Spreadsheets").appendingPathComponent(name)
    }
}
