import GRDB
import MinutebookCore

public struct GRDBIndicatorRepository: IndicatorRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func indicators(of partnershipID: Int64, audience: Audience) async throws -> [Indicator] {
        try await database.read { db in
            let bodies = try PerformanceRows.bodies(of: partnershipID, db)
            return try Row.fetchAll(
                cached: db, sql: "SELECT * FROM indicator WHERE partnershipId = ? ORDER BY position, name",
                arguments: [partnershipID]
            )
            .map(PerformanceRows.indicator)
            .filter { indicator in
                bodies[indicator.bodyID].map { PerformanceVisibility.canSee(indicator, body: $0, audience: audience) } ?? false
            }
        }
    }

    public func indicator(code: String, in partnershipID: Int64, audience: Audience) async throws -> Indicator? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    cached: db, sql: "SELECT * FROM indicator WHERE partnershipId = ? AND code = ?",
                    arguments: [partnershipID, code])
            else { return nil }
            let indicator = PerformanceRows.indicator(row)
            guard let body = try PerformanceRows.body(id: indicator.bodyID, db),
                PerformanceVisibility.canSee(indicator, body: body, audience: audience)
            else { return nil }
            return indicator
        }
    }

    public func define(_ indicator: Indicator, by editor: Editor) async throws -> Indicator {
        guard Indicator.isValidCode(indicator.code) else {
            throw DomainError.invalid("An indicator code uses lower-case letters, digits and hyphens only (got '\(indicator.code)')")
        }
        guard !indicator.name.isEmpty else { throw DomainError.invalid("Enter the indicator's name") }
        return try await database.write(as: Actor(editor)) { db in
            guard let body = try PerformanceRows.body(id: indicator.bodyID, db), body.partnershipID == indicator.partnershipID else {
                throw DomainError.invalid("The owning body is not part of this partnership")
            }
            do {
                try db.execute(
                    sql: """
                        INSERT INTO indicator (partnershipId, bodyId, code, name, unit, direction, owner, source,
                            amberBasisPoints, exceptionalBasisPoints, isPublished, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM indicator WHERE partnershipId = ?))
                        """,
                    arguments: [
                        indicator.partnershipID, indicator.bodyID, indicator.code, indicator.name, indicator.unit.rawValue,
                        indicator.direction.rawValue, indicator.owner, indicator.source,
                        indicator.tolerance.amberBasisPoints, indicator.tolerance.exceptionalBasisPoints,
                        indicator.isPublished, indicator.partnershipID
                    ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw DomainError.conflict("An indicator with the code '\(indicator.code)' already exists")
            }
            var saved = indicator
            saved.id = db.lastInsertedRowID
            return saved
        }
    }

    public func update(_ indicator: Indicator, by editor: Editor) async throws {
        guard !indicator.name.isEmpty else { throw DomainError.invalid("Enter the indicator's name") }
        try await database.write(as: Actor(editor)) { db in
            guard let body = try PerformanceRows.body(id: indicator.bodyID, db), body.partnershipID == indicator.partnershipID else {
                throw DomainError.invalid("The owning body is not part of this partnership")
            }
            try db.execute(
                sql: """
                    UPDATE indicator SET bodyId = ?, name = ?, unit = ?, direction = ?, owner = ?, source = ?,
                        amberBasisPoints = ?, exceptionalBasisPoints = ?, isPublished = ?
                    WHERE id = ? AND partnershipId = ?
                    """,
                arguments: [
                    indicator.bodyID, indicator.name, indicator.unit.rawValue, indicator.direction.rawValue, indicator.owner,
                    indicator.source, indicator.tolerance.amberBasisPoints, indicator.tolerance.exceptionalBasisPoints,
                    indicator.isPublished, indicator.id, indicator.partnershipID
                ])
            guard db.changesCount == 1 else { throw DomainError.notFound("No such indicator") }
        }
    }

    public func setTarget(_ target: AnnualTarget, by editor: Editor) async throws {
        guard target.value.isFinite, target.value >= 0 else { throw DomainError.invalid("A target is a number of zero or more") }
        try await database.write(as: Actor(editor)) { db in
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM indicator WHERE id = ?", arguments: [target.indicatorID]) == true else {
                throw DomainError.notFound("No such indicator")
            }
            try db.execute(
                sql: """
                    INSERT INTO indicatorTarget (indicatorId, yearStart, value, kind, activeFrom) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (indicatorId, yearStart) DO UPDATE SET value = excluded.value, kind = excluded.kind, activeFrom = excluded.activeFrom
                    """, arguments: [target.indicatorID, target.year.start.iso, target.value, target.kind.rawValue, target.activeFrom?.iso])
        }
    }

    public func targets(of indicatorID: Int64) async throws -> [AnnualTarget] {
        try await database.read { db in
            try Row.fetchAll(cached: db, sql: "SELECT * FROM indicatorTarget WHERE indicatorId = ? ORDER BY yearStart", arguments: [indicatorID])
                .compactMap(PerformanceRows.target)
        }
    }

    public func actuals(of indicatorID: Int64) async throws -> [Actual] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT * FROM indicatorActual WHERE indicatorId = ? ORDER BY periodStart, periodKind, areaKind, areaName
                    """, arguments: [indicatorID]
            ).compactMap(PerformanceRows.actual)
        }
    }

    public func record(_ actuals: [Actual], by editor: Editor) async throws {
        guard !actuals.isEmpty else { return }
        try await database.write(as: Actor(editor)) { db in
            try Self.record(actuals, db)
        }
    }

    public func importActuals(csv: String, partnershipID: Int64, by editor: Editor) async throws -> Int {
        try await importActuals(records: try ActualsCSV.records(of: csv), partnershipID: partnershipID, by: editor)
    }

    public func importActuals(records: [ActualsCSV.Record], partnershipID: Int64, by editor: Editor) async throws -> Int {
        try await database.write(as: Actor(editor)) { db in
            let indicators = try Row.fetchAll(cached: db, sql: "SELECT * FROM indicator WHERE partnershipId = ?", arguments: [partnershipID])
                .map(PerformanceRows.indicator)
            let actuals = try ActualsCSV.parse(records: records, indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })) {
                try Bool.fetchOne(
                    cached: db,
                    sql: """
                        SELECT 1 FROM indicatorActual WHERE indicatorId = ? AND periodKind = ? AND periodStart = ? AND areaKind = 'partnership'
                        """, arguments: [$0, $1.kind.rawValue, $1.start.iso]) == true
            }
            try Self.record(actuals, db)
            return actuals.count
        }
    }

    /// Inserts or replaces figures inside the caller's transaction.
    static func record(_ actuals: [Actual], _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO indicatorActual (indicatorId, periodKind, periodStart, areaKind, areaName, value, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (indicatorId, periodKind, periodStart, areaKind, areaName) DO UPDATE SET value = excluded.value, note = excluded.note
                WHERE value IS NOT excluded.value OR note IS NOT excluded.note
                """)
        for actual in actuals {
            guard actual.value.isFinite else { throw DomainError.invalid("A figure must be a number") }
            try statement.execute(arguments: [
                actual.indicatorID, actual.period.kind.rawValue, actual.period.start.iso,
                actual.area.kind, actual.area.name, actual.value, actual.note
            ])
        }
    }
}

/// Row → Core value conversions of the performance tables.
enum PerformanceRows {
    static func body(id: Int64, _ db: Database) throws -> Body? {
        try Row.fetchOne(cached: db, sql: "SELECT * FROM body WHERE id = ?", arguments: [id]).map(Rows.body)
    }

    static func bodies(of partnershipID: Int64, _ db: Database) throws -> [Int64: Body] {
        Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(cached: db, sql: "SELECT * FROM body WHERE partnershipId = ?", arguments: [partnershipID])
                .map(Rows.body).map { ($0.id, $0) })
    }

    static func indicator(_ row: Row) -> Indicator {
        Indicator(
            id: row["id"], partnershipID: row["partnershipId"], bodyID: row["bodyId"], code: row["code"], name: row["name"],
            unit: IndicatorUnit(rawValue: row["unit"]) ?? .count,
            direction: IndicatorDirection(rawValue: row["direction"]) ?? .higherIsBetter,
            owner: row["owner"], source: row["source"],
            tolerance: Tolerance(amberBasisPoints: row["amberBasisPoints"], exceptionalBasisPoints: row["exceptionalBasisPoints"]),
            isPublished: row["isPublished"])
    }

    static func target(_ row: Row) -> AnnualTarget? {
        guard let start = YearMonth(iso: row["yearStart"] as String) else { return nil }
        return AnnualTarget(
            indicatorID: row["indicatorId"], year: PerformanceYear(start: start), value: row["value"],
            kind: AnnualTarget.Kind(rawValue: row["kind"]) ?? .cumulative,
            activeFrom: (row["activeFrom"] as String?).flatMap { YearMonth(iso: $0) })
    }

    static func actual(_ row: Row) -> Actual? {
        guard let start = YearMonth(iso: row["periodStart"] as String),
            let area = AreaScope(kind: row["areaKind"], name: row["areaName"])
        else { return nil }
        let period = (row["periodKind"] as String) == "quarter" ? ReportingPeriod(quarterStarting: start) : ReportingPeriod(month: start)
        return Actual(indicatorID: row["indicatorId"], period: period, area: area, value: row["value"], note: row["note"])
    }

    static func date(_ value: String?) -> LocalDate? { value.flatMap { LocalDate(iso: $0) } }
}
