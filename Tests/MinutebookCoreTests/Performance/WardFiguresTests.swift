import Testing

@testable import MinutebookCore

/// Figures given only by ward (issue 24, item 5): summed into the area total where the indicator adds
/// up, refused with the line number where it does not.
@Suite("Ward-only figures")
struct WardFiguresTests {
    static let indicators = [
        "burglary": Indicator(id: 1, partnershipID: 1, bodyID: 1, code: "burglary", name: "Burglaries"),
        "repeat-rate": Indicator(id: 2, partnershipID: 1, bodyID: 1, code: "repeat-rate", name: "Repeat victims", unit: .percent),
        "thefts": Indicator(id: 3, partnershipID: 1, bodyID: 1, code: "thefts", name: "Thefts")
    ]

    @Test("a count given only by ward gets an area total per period, the sum of its wards, noted as such")
    func summed() throws {
        let actuals = try ActualsCSV.parse(
            """
            indicator,period,area_type,area,value
            burglary,Q1 2030/31,ward,Harbour,12
            burglary,Q1 2030/31,ward,Old Town,30
            burglary,Q2 2030/31,ward,Harbour,15
            thefts,Q1 2030/31,,,40
            thefts,Q2 2030/31,ward,Harbour,15
            """, indicators: Self.indicators)
        let totals = actuals.filter { $0.area == .partnership && $0.indicatorID == 1 }
        #expect(totals.map { $0.period.label() } == ["Q1 2030/31", "Q2 2030/31"])
        #expect(totals.map(\.value) == [42, 15])
        #expect(totals.first?.note == "Sum of 2 ward figures")
        // An indicator the file gives an area total for keeps its own totals: its wards are a breakdown.
        #expect(actuals.filter { $0.area == .partnership && $0.indicatorID == 3 }.map(\.value) == [40])
        #expect(actuals.count == 7)
    }

    @Test("a total already recorded is never replaced by the sum of wards")
    func storedTotalKept() throws {
        let actuals = try ActualsCSV.parse(
            records: try ActualsCSV.records(
                of: """
                    indicator,period,area_type,area,value
                    burglary,Q1 2030/31,ward,Harbour,12
                    burglary,Q2 2030/31,ward,Harbour,15
                    """), indicators: Self.indicators
        ) { _, period in period.label() == "Q1 2030/31" }
        #expect(actuals.filter { $0.area == .partnership }.map { $0.period.label() } == ["Q2 2030/31"])
    }

    @Test("a percentage given only by ward is refused at its first ward line, and nothing is read")
    func refused() {
        #expect(
            throws: DomainError.invalid(
                "line 3: repeat-rate for Q1 2030/31 is given only by ward; percentage figures cannot be added up "
                    + "across wards, so give the area's own figure on a line with an empty area")
        ) {
            try ActualsCSV.parse(
                """
                indicator,period,area_type,area,value
                burglary,Q1 2030/31,,,10
                repeat-rate,Q1 2030/31,ward,Harbour,12.5
                repeat-rate,Q1 2030/31,ward,Old Town,20
                """, indicators: Self.indicators)
        }
    }
}
