import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// An invented pack's KPI tables (the Lowmarsh Safety Board's, 2030/31) into the performance figures.
@Suite("A pack's KPI tables in the performance figures")
struct PackFiguresStoreTests {
    static let body = "Lowmarsh Safety Board"
    static let april = LocalDate(year: 2031, month: 4, day: 11) ?? LocalDate(dayNumber: 0)
    static let june = LocalDate(year: 2031, month: 6, day: 20) ?? LocalDate(dayNumber: 0)
    static let aprilFile = "lowmarsh-2031-04-11-pack.txt"

    static func cell(_ text: String, _ quarter: Int?, unit: IndicatorUnit = .count, line: Int) -> KPICell {
        KPICell.read(text, quarter: quarter, unit: unit, line: line)
    }

    /// Q1–Q3 as the April pack prints them: a footnote on Q2, a blank Q3; a percentage indicator.
    static let aprilPack = PackFigures(
        file: "/packs/" + aprilFile, meetingDate: april,
        rows: [
            KPIRow(
                indicator: "Number of ferry watch patrols", unit: .count, target: cell("48", nil, line: 15),
                quarters: [cell("12", 1, line: 15), cell("11*", 2, line: 15), cell("", 3, line: 15), cell("9", 4, line: 15)], line: 15),
            KPIRow(
                indicator: "% of calls answered within a minute", unit: .percent, target: cell("90%", nil, unit: .percent, line: 21),
                quarters: [cell("88%", 1, unit: .percent, line: 21), cell("91%", 2, unit: .percent, line: 21)], line: 21)
        ])
    /// The June pack revises Q1 and gives Q4.
    static let junePack = PackFigures(
        file: "lowmarsh-2031-06-20-pack.txt", meetingDate: june,
        rows: [
            KPIRow(
                indicator: "Number of ferry watch patrols", unit: .count, target: cell("48", nil, line: 40),
                quarters: [cell("13", 1, line: 40), cell("11", 2, line: 40), cell("12", 3, line: 40), cell("14", 4, line: 40)], line: 40)
        ])

    func world() async throws -> (AppDatabase, Int64) {
        let db = try AppDatabase(path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-figures-\(UUID().uuidString).sqlite").path)
        let (bodyID, _) = try await GRDBActionRepository(database: db).recordEvidence(
            bodyName: Self.body, partnership: nil, report: nil,
            agenda: nil, actor: .system)
        return (db, bodyID)
    }

    func figures(_ db: AppDatabase, _ code: String) async throws -> [String] {
        try await db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.periodStart, a.value, a.note FROM indicatorActual a JOIN indicator i ON i.id = a.indicatorId
                    WHERE i.code = ? ORDER BY a.periodStart
                    """, arguments: [code]
            ).map { "\($0["periodStart"] as String)=\($0["value"] as Double)|\($0["note"] as String)" }
        }
    }

    @Test("indicators defined unpublished, the year's target, each figure noting its pack and line, doubtful ones warned")
    func recorded() async throws {
        let (db, bodyID) = try await world()
        let repository = GRDBIndicatorRepository(database: db)
        let summary = try await repository.recordPackFigures(Self.aprilPack, bodyID: bodyID, actor: .system)
        #expect(summary.indicatorsDefined == 2)
        #expect(summary.targetsSet == 2)
        #expect(summary.figuresRecorded == 5)
        #expect(
            summary.warnings == [
                "\(Self.aprilFile) line 15: 'Number of ferry watch patrols': Q2 '11*' carries a footnote mark: 11 recorded, the footnote not",
                "\(Self.aprilFile) line 15: 'Number of ferry watch patrols': Q3 is blank"
            ])
        let patrols = try await figures(db, "number-of-ferry-watch-patrols")
        #expect(
            patrols == [
                "2030-04=12.0|Agenda pack of 2031-04-11 (\(Self.aprilFile), line 15)",
                "2030-07=11.0|Agenda pack of 2031-04-11 (\(Self.aprilFile), line 15): Q2 '11*' carries a footnote mark: 11 recorded, the footnote not",
                "2031-01=9.0|Agenda pack of 2031-04-11 (\(Self.aprilFile), line 15)"
            ])
        let indicators = try await db.read { db in
            try Row.fetchAll(db, sql: "SELECT code, unit, isPublished, source FROM indicator ORDER BY position")
                .map { "\($0["code"] as String)|\($0["unit"] as String)|\($0["isPublished"] as Bool)|\($0["source"] as String)" }
        }
        #expect(
            indicators == [
                "number-of-ferry-watch-patrols|count|false|\(Self.aprilFile), line 15",
                "of-calls-answered-within-a-minute|percent|false|\(Self.aprilFile), line 21"
            ])
        let targets = try await db.read { try String.fetchAll($0, sql: "SELECT yearStart || '=' || value FROM indicatorTarget ORDER BY id") }
        #expect(targets == ["2030-04=48.0", "2030-04=90.0"])
        // Reading the same pack again changes nothing.
        let again = try await repository.recordPackFigures(Self.aprilPack, bodyID: bodyID, actor: .system)
        #expect(again.figuresRecorded == 0 && again.indicatorsDefined == 0 && again.targetsSet == 0)
        // Every figure written is audited.
        let audited = try await db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE tableName = 'indicatorActual'") ?? 0 }
        #expect(audited == 5)
    }

    @Test("packs read in either order leave the later pack's figures", arguments: [false, true])
    func order(juneFirst: Bool) async throws {
        let (db, bodyID) = try await world()
        let repository = GRDBIndicatorRepository(database: db)
        for pack in juneFirst ? [Self.junePack, Self.aprilPack] : [Self.aprilPack, Self.junePack] {
            _ = try await repository.recordPackFigures(pack, bodyID: bodyID, actor: .system)
        }
        let values = try await figures(db, "number-of-ferry-watch-patrols").map { $0.split(separator: "|")[0] }
        #expect(values == ["2030-04=13.0", "2030-07=11.0", "2030-10=12.0", "2031-01=14.0"])
    }

    @Test("a figure entered by the secretariat is kept; the pack's differing one is a warning")
    func handEntered() async throws {
        let (db, bodyID) = try await world()
        let repository = GRDBIndicatorRepository(database: db)
        _ = try await repository.recordPackFigures(Self.junePack, bodyID: bodyID, actor: .system)
        let id = try #require(try await db.read { try Int64.fetchOne($0, sql: "SELECT id FROM indicator") })
        try await repository.record(
            [
                Actual(
                    indicatorID: id, period: ReportingPeriod(quarter: 1, of: PerformanceYear(aprilStarting: 2030)), value: 15,
                    note: "Corrected by the clerk")
            ], by: .tool("clerk"))
        let summary = try await repository.recordPackFigures(Self.junePack, bodyID: bodyID, actor: .system)
        #expect(summary.figuresRecorded == 0)
        #expect(
            summary.warnings == [
                "lowmarsh-2031-06-20-pack.txt line 40: 'Number of ferry watch patrols' Q1 2030/31: the pack prints 13, the figure held says 15: kept"
            ])
        #expect(try await figures(db, "number-of-ferry-watch-patrols").first == "2030-04=15.0|Corrected by the clerk")
    }
}
