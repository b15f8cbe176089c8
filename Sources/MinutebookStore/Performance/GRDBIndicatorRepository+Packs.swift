import GRDB
import MinutebookCore

/// What reading a pack's KPI tables into the performance figures did.
public struct PackFiguresSummary: Sendable, Equatable {
    public var indicatorsDefined = 0
    public var figuresRecorded = 0
    public var targetsSet = 0
    /// Line-numbered doubts: the tables' own (blank quarters, words, footnotes, percentages for counts)
    /// and figures already held that the pack's differ from.
    public var warnings: [String] = []

    public init() {}

    public var description: String {
        "figures: \(figuresRecorded) quarterly figures and \(targetsSet) targets recorded"
            + (indicatorsDefined > 0 ? " (\(indicatorsDefined) indicators defined, unpublished)" : "")
            + (warnings.isEmpty ? "" : ", \(warnings.count) doubtful")
    }
}

/// A pack's KPI tables into the performance figures (issue 19), through the same store path as the
/// figures entered or imported from a spreadsheet (`record`). An indicator is found by its name or
/// code in the partnership, or defined for the pack's body, unpublished until the secretariat
/// publishes it. Each figure's note names the pack and line it came from. A figure held from a later
/// pack, or entered by hand, is kept (the pack's differing figure is a warning), so packs read in any
/// order leave the latest pack's figures.
extension GRDBIndicatorRepository {
    public func recordPackFigures(_ figures: PackFigures, bodyID: Int64, actor: Actor) async throws -> PackFiguresSummary {
        try await database.write(as: actor) { db in try Self.recordPackFigures(figures, bodyID: bodyID, db) }
    }

    static let packNote = "Agenda pack of "

    static func recordPackFigures(_ figures: PackFigures, bodyID: Int64, _ db: Database) throws -> PackFiguresSummary {
        var summary = PackFiguresSummary()
        guard let body = try PerformanceRows.body(id: bodyID, db) else { throw DomainError.notFound("there is no body \(bodyID)") }
        let year = figures.year
        let name = figures.file.split(separator: "/").last.map(String.init) ?? figures.file
        for row in figures.rows {
            summary.warnings += row.warnings.map { "\(name) \($0)" }
            let indicator = try indicator(
                for: row, partnershipID: body.partnershipID, bodyID: bodyID, source: "\(name), line \(row.line)",
                summary: &summary, db)
            guard indicator.unit == row.unit || row.quarters.allSatisfy({ $0.value == nil }) else {
                summary.warnings.append(
                    "\(name) line \(row.line): '\(row.indicator)' is held as \(indicator.unit.label.lowercased()), "
                        + "the pack prints \(row.unit.label.lowercased()): not recorded")
                continue
            }
            if let target = row.target, let value = target.value {
                let held = try Double.fetchOne(
                    db, sql: "SELECT value FROM indicatorTarget WHERE indicatorId = ? AND yearStart = ?",
                    arguments: [indicator.id, year.start.iso])
                if held == nil {
                    try db.execute(
                        sql: "INSERT INTO indicatorTarget (indicatorId, yearStart, value, kind) VALUES (?, ?, ?, 'cumulative')",
                        arguments: [indicator.id, year.start.iso, value])
                    summary.targetsSet += 1
                } else if held != value {
                    summary.warnings.append(
                        "\(name) line \(target.line): '\(row.indicator)': the pack's target \(row.unit.format(value)) "
                            + "differs from the \(year) target held (\(row.unit.format(held ?? 0))): kept")
                }
            }
            var actuals: [Actual] = []
            for cell in row.quarters {
                guard let quarter = cell.quarter, let value = cell.value else { continue }
                let period = ReportingPeriod(quarter: quarter, of: year)
                let note = "\(packNote)\(figures.meetingDate.iso) (\(name), line \(cell.line))" + (cell.doubt.map { ": \($0)" } ?? "")
                if let held = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT value, note FROM indicatorActual WHERE indicatorId = ? AND periodKind = 'quarter' AND periodStart = ?
                        AND areaKind = 'partnership'
                        """, arguments: [indicator.id, period.start.iso])
                {
                    let heldNote: String = held["note"]
                    let heldValue: Double = held["value"]
                    let fromPack = heldNote.hasPrefix(packNote)
                    let heldDate = fromPack ? String(heldNote.dropFirst(packNote.count).prefix(10)) : ""
                    if !fromPack || heldDate > figures.meetingDate.iso {
                        if heldValue != value {
                            summary.warnings.append(
                                "\(name) line \(cell.line): '\(row.indicator)' Q\(quarter) \(year): the pack prints "
                                    + "\(row.unit.format(value)), \(fromPack ? "a later pack" : "the figure held") says \(row.unit.format(heldValue)): kept"
                            )
                        }
                        continue
                    }
                    if heldValue == value && heldNote == note { continue }
                }
                actuals.append(Actual(indicatorID: indicator.id, period: period, value: value, note: note))
            }
            try record(actuals, db)
            summary.figuresRecorded += actuals.count
        }
        return summary
    }

    /// The partnership's indicator of that name (or code), else one defined for the body.
    static func indicator(
        for row: KPIRow, partnershipID: Int64, bodyID: Int64, source: String, summary: inout PackFiguresSummary,
        _ db: Database
    ) throws -> Indicator {
        if let found = try Row.fetchOne(
            db,
            sql: """
                SELECT * FROM indicator WHERE partnershipId = ? AND (name = ? COLLATE NOCASE OR code = ?) ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1
                """, arguments: [partnershipID, row.indicator, row.code, row.indicator])
        {
            return PerformanceRows.indicator(found)
        }
        try db.execute(
            sql: """
                INSERT INTO indicator (partnershipId, bodyId, code, name, unit, direction, source, isPublished, position)
                VALUES (?, ?, ?, ?, ?, 'up', ?, 0, (SELECT COALESCE(MAX(position), 0) + 1 FROM indicator WHERE partnershipId = ?))
                """, arguments: [partnershipID, bodyID, row.code, row.indicator, row.unit.rawValue, source, partnershipID])
        summary.indicatorsDefined += 1
        guard let made = try Row.fetchOne(db, sql: "SELECT * FROM indicator WHERE id = ?", arguments: [db.lastInsertedRowID]) else {
            throw DomainError.conflict("the indicator '\(row.indicator)' could not be defined")
        }
        return PerformanceRows.indicator(made)
    }
}
