import GRDB
import MinutebookCore

public struct GRDBStrategyRepository: StrategyRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func strategies(of partnershipID: Int64, audience: Audience) async throws -> [Strategy] {
        try await database.read { db in
            let bodies = try PerformanceRows.bodies(of: partnershipID, db)
            return try Row.fetchAll(
                cached: db, sql: "SELECT * FROM strategy WHERE partnershipId = ? ORDER BY firstYear DESC, id DESC",
                arguments: [partnershipID]
            )
            .map(Self.strategy)
            .filter { s in bodies[s.bodyID].map { PerformanceVisibility.canSee(s, body: $0, audience: audience) } ?? false }
        }
    }

    public func strategy(id: Int64, audience: Audience) async throws -> Strategy? {
        try await database.read { db in
            guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM strategy WHERE id = ?", arguments: [id]) else { return nil }
            var strategy = Self.strategy(row)
            guard let body = try PerformanceRows.body(id: strategy.bodyID, db),
                PerformanceVisibility.canSee(strategy, body: body, audience: audience)
            else { return nil }
            strategy.priorities = try Self.priorities(of: id, db)
            return strategy
        }
    }

    public func create(_ strategy: Strategy, by editor: Editor) async throws -> Strategy {
        guard !strategy.title.isEmpty else { throw DomainError.invalid("Enter the strategy's title") }
        guard strategy.lastYear >= strategy.firstYear else { throw DomainError.invalid("The strategy must end on or after the year it starts") }
        let id = try await database.write(as: Actor(editor)) { db -> Int64 in
            try db.execute(
                sql: """
                    INSERT INTO strategy (partnershipId, bodyId, title, firstYear, lastYear, isPublished) VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [strategy.partnershipID, strategy.bodyID, strategy.title, strategy.firstYear, strategy.lastYear, strategy.isPublished])
            let strategyID = db.lastInsertedRowID
            for (p, priority) in strategy.priorities.enumerated() {
                try db.execute(
                    sql: "INSERT INTO strategyPriority (strategyId, position, name, summary) VALUES (?, ?, ?, ?)",
                    arguments: [strategyID, p + 1, priority.name, priority.summary])
                let priorityID = db.lastInsertedRowID
                for (o, objective) in priority.objectives.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO strategyObjective (priorityId, position, text) VALUES (?, ?, ?)",
                        arguments: [priorityID, o + 1, objective.text])
                    let objectiveID = db.lastInsertedRowID
                    for (a, action) in objective.actions.enumerated() {
                        try db.execute(
                            sql: """
                                INSERT INTO deliveryAction (objectiveId, position, title, lead, dueDate, status, progressNote)
                                VALUES (?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [objectiveID, a + 1, action.title, action.lead, action.due?.iso, action.status.rawValue, action.progressNote])
                        let actionID = db.lastInsertedRowID
                        for milestone in action.milestones {
                            try db.execute(
                                sql: "INSERT INTO deliveryMilestone (actionId, title, dueDate, completedOn) VALUES (?, ?, ?, ?)",
                                arguments: [actionID, milestone.title, milestone.due.iso, milestone.completedOn?.iso])
                        }
                        for indicatorID in action.indicatorIDs {
                            try db.execute(
                                sql: "INSERT INTO deliveryActionIndicator (actionId, indicatorId) VALUES (?, ?)",
                                arguments: [actionID, indicatorID])
                        }
                    }
                }
            }
            return strategyID
        }
        return try await database.read { db in
            guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM strategy WHERE id = ?", arguments: [id]) else {
                throw DomainError.notFound("The strategy was not saved")
            }
            var saved = Self.strategy(row)
            saved.priorities = try Self.priorities(of: id, db)
            return saved
        }
    }

    public func publish(strategyID: Int64, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "UPDATE strategy SET isPublished = 1 WHERE id = ?", arguments: [strategyID])
            guard db.changesCount == 1 else { throw DomainError.notFound("No such strategy") }
        }
    }

    public func updateAction(id: Int64, status: DeliveryStatus, note: String, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "UPDATE deliveryAction SET status = ?, progressNote = ? WHERE id = ?", arguments: [status.rawValue, note, id])
            guard db.changesCount == 1 else { throw DomainError.notFound("No such delivery-plan action") }
        }
    }

    public func completeMilestone(id: Int64, on date: LocalDate, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "UPDATE deliveryMilestone SET completedOn = ? WHERE id = ?", arguments: [date.iso, id])
            guard db.changesCount == 1 else { throw DomainError.notFound("No such milestone") }
        }
    }

    static func strategy(_ row: Row) -> Strategy {
        Strategy(
            id: row["id"], partnershipID: row["partnershipId"], bodyID: row["bodyId"], title: row["title"],
            firstYear: row["firstYear"], lastYear: row["lastYear"], isPublished: row["isPublished"])
    }

    /// The tree under one strategy, in four indexed queries.
    static func priorities(of strategyID: Int64, _ db: Database) throws -> [Priority] {
        let priorityRows = try Row.fetchAll(
            cached: db, sql: "SELECT * FROM strategyPriority WHERE strategyId = ? ORDER BY position", arguments: [strategyID])
        let objectiveRows = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT o.* FROM strategyObjective o JOIN strategyPriority p ON p.id = o.priorityId
                WHERE p.strategyId = ? ORDER BY o.position
                """, arguments: [strategyID])
        let actionRows = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT a.* FROM deliveryAction a JOIN strategyObjective o ON o.id = a.objectiveId JOIN strategyPriority p ON p.id = o.priorityId
                WHERE p.strategyId = ? ORDER BY a.position
                """, arguments: [strategyID])
        let milestoneRows = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT m.* FROM deliveryMilestone m JOIN deliveryAction a ON a.id = m.actionId JOIN strategyObjective o ON o.id = a.objectiveId
                JOIN strategyPriority p ON p.id = o.priorityId WHERE p.strategyId = ? ORDER BY m.dueDate, m.id
                """, arguments: [strategyID])
        let linkRows = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT l.* FROM deliveryActionIndicator l JOIN deliveryAction a ON a.id = l.actionId JOIN strategyObjective o ON o.id = a.objectiveId
                JOIN strategyPriority p ON p.id = o.priorityId WHERE p.strategyId = ? ORDER BY l.indicatorId
                """, arguments: [strategyID])
        let milestones = Dictionary(grouping: milestoneRows, by: { $0["actionId"] as Int64 })
        let links = Dictionary(grouping: linkRows, by: { $0["actionId"] as Int64 })
        let actions = Dictionary(grouping: actionRows, by: { $0["objectiveId"] as Int64 })
        let objectives = Dictionary(grouping: objectiveRows, by: { $0["priorityId"] as Int64 })
        return priorityRows.map { p in
            let pid: Int64 = p["id"]
            return Priority(
                id: pid, position: p["position"], name: p["name"], summary: p["summary"],
                objectives: (objectives[pid] ?? []).map { o in
                    let oid: Int64 = o["id"]
                    return Objective(
                        id: oid, position: o["position"], text: o["text"],
                        actions: (actions[oid] ?? []).map { a in
                            let aid: Int64 = a["id"]
                            return DeliveryAction(
                                id: aid, position: a["position"], title: a["title"], lead: a["lead"], due: PerformanceRows.date(a["dueDate"]),
                                status: DeliveryStatus(rawValue: a["status"]) ?? .onTrack, progressNote: a["progressNote"],
                                milestones: (milestones[aid] ?? []).compactMap { m in
                                    guard let due = PerformanceRows.date(m["dueDate"]) else { return nil }
                                    return Milestone(id: m["id"], title: m["title"], due: due, completedOn: PerformanceRows.date(m["completedOn"]))
                                },
                                indicatorIDs: (links[aid] ?? []).map { $0["indicatorId"] })
                        })
                })
        }
    }
}
