import GRDB
import MinutebookCore

/// The secretariat's piece-by-piece editing of a strategy and its delivery plan.
extension GRDBStrategyRepository {
    public func updateStrategy(id: Int64, title: String, firstYear: Int, lastYear: Int, by editor: Editor) async throws {
        guard !title.isEmpty else { throw DomainError.invalid("Enter the strategy's title") }
        guard (1990...2200).contains(firstYear), (1990...2200).contains(lastYear) else {
            throw DomainError.invalid("Enter the years as four digits, like 2024")
        }
        guard lastYear >= firstYear else { throw DomainError.invalid("The strategy must end on or after the year it starts") }
        try await database.write(as: Actor(editor)) { db in
            try db.execute(
                sql: "UPDATE strategy SET title = ?, firstYear = ?, lastYear = ? WHERE id = ?",
                arguments: [title, firstYear, lastYear, id])
            guard db.changesCount == 1 else { throw DomainError.notFound("No such strategy") }
        }
    }

    public func addPriority(strategyID: Int64, name: String, summary: String, by editor: Editor) async throws -> Int64 {
        guard !name.isEmpty else { throw DomainError.invalid("Enter the priority's name") }
        return try await database.write(as: Actor(editor)) { db in
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM strategy WHERE id = ?", arguments: [strategyID]) == true else {
                throw DomainError.notFound("No such strategy")
            }
            try db.execute(
                sql: """
                    INSERT INTO strategyPriority (strategyId, position, name, summary)
                    VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM strategyPriority WHERE strategyId = ?), ?, ?)
                    """, arguments: [strategyID, strategyID, name, summary])
            return db.lastInsertedRowID
        }
    }

    public func addObjective(priorityID: Int64, text: String, by editor: Editor) async throws -> Int64 {
        guard !text.isEmpty else { throw DomainError.invalid("Enter the objective") }
        return try await database.write(as: Actor(editor)) { db in
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM strategyPriority WHERE id = ?", arguments: [priorityID]) == true else {
                throw DomainError.notFound("No such priority")
            }
            try db.execute(
                sql: """
                    INSERT INTO strategyObjective (priorityId, position, text)
                    VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM strategyObjective WHERE priorityId = ?), ?)
                    """, arguments: [priorityID, priorityID, text])
            return db.lastInsertedRowID
        }
    }

    public func movePriority(id: Int64, strategyID: Int64, by offset: Int, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try Self.move(
                table: "strategyPriority", parent: "strategyId", id: id, offset: offset, db,
                owned: """
                    SELECT strategyId FROM strategyPriority WHERE id = ? AND strategyId = \(strategyID)
                    """)
        }
    }

    public func moveObjective(id: Int64, strategyID: Int64, by offset: Int, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try Self.move(
                table: "strategyObjective", parent: "priorityId", id: id, offset: offset, db,
                owned: """
                    SELECT o.priorityId FROM strategyObjective o JOIN strategyPriority p ON p.id = o.priorityId
                    WHERE o.id = ? AND p.strategyId = \(strategyID)
                    """)
        }
    }

    /// Swaps the row's position with its neighbour's `offset` away (through a free position, as
    /// (parent, position) is unique); a move past either end is refused.
    static func move(table: String, parent: String, id: Int64, offset: Int, _ db: Database, owned: String) throws {
        guard offset == 1 || offset == -1 else { throw DomainError.invalid("An item moves one place up or down") }
        guard let parentID = try Int64.fetchOne(db, sql: owned, arguments: [id]) else { throw DomainError.notFound("No such item in this strategy") }
        let position = try Int.fetchOne(db, sql: "SELECT position FROM \(table) WHERE id = ?", arguments: [id]) ?? 0
        let neighbour = try Row.fetchOne(
            db,
            sql: """
                SELECT id, position FROM \(table) WHERE \(parent) = ? AND position \(offset < 0 ? "<" : ">") ?
                ORDER BY position \(offset < 0 ? "DESC" : "ASC") LIMIT 1
                """, arguments: [parentID, position])
        guard let neighbour else { throw DomainError.invalid(offset < 0 ? "It is already first" : "It is already last") }
        let free = (try Int.fetchOne(db, sql: "SELECT max(position) FROM \(table) WHERE \(parent) = ?", arguments: [parentID]) ?? 0) + 1
        try db.execute(sql: "UPDATE \(table) SET position = ? WHERE id = ?", arguments: [free, id])
        try db.execute(sql: "UPDATE \(table) SET position = ? WHERE id = ?", arguments: [position, neighbour["id"] as Int64])
        try db.execute(sql: "UPDATE \(table) SET position = ? WHERE id = ?", arguments: [neighbour["position"] as Int, id])
    }

    public func removePriority(id: Int64, strategyID: Int64, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            guard
                let name = try String.fetchOne(
                    db, sql: "SELECT name FROM strategyPriority WHERE id = ? AND strategyId = ?",
                    arguments: [id, strategyID])
            else { throw DomainError.notFound("No such priority") }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM strategyObjective WHERE priorityId = ?", arguments: [id]) ?? 0 > 0 {
                throw DomainError.invalid("The priority \(name) still has objectives: remove them first")
            }
            try db.execute(sql: "DELETE FROM strategyPriority WHERE id = ?", arguments: [id])
        }
    }

    public func removeObjective(id: Int64, strategyID: Int64, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            guard
                let text = try String.fetchOne(
                    db,
                    sql: """
                        SELECT o.text FROM strategyObjective o JOIN strategyPriority p ON p.id = o.priorityId WHERE o.id = ? AND p.strategyId = ?
                        """, arguments: [id, strategyID])
            else { throw DomainError.notFound("No such objective") }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM deliveryAction WHERE objectiveId = ?", arguments: [id]) ?? 0 > 0 {
                throw DomainError.invalid("The objective \"\(text)\" still has delivery-plan actions")
            }
            try db.execute(sql: "DELETE FROM strategyObjective WHERE id = ?", arguments: [id])
        }
    }

    public func addAction(objectiveID: Int64, _ action: DeliveryAction, by editor: Editor) async throws -> Int64 {
        try Self.check(action)
        return try await database.write(as: Actor(editor)) { db in
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM strategyObjective WHERE id = ?", arguments: [objectiveID]) == true else {
                throw DomainError.notFound("No such objective")
            }
            try db.execute(
                sql: """
                    INSERT INTO deliveryAction (objectiveId, position, title, lead, dueDate, status, progressNote)
                    VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM deliveryAction WHERE objectiveId = ?), ?, ?, ?, ?, ?)
                    """,
                arguments: [objectiveID, objectiveID, action.title, action.lead, action.due?.iso, action.status.rawValue, action.progressNote])
            let actionID = db.lastInsertedRowID
            for milestone in action.milestones {
                try db.execute(
                    sql: "INSERT INTO deliveryMilestone (actionId, title, dueDate, completedOn) VALUES (?, ?, ?, ?)",
                    arguments: [actionID, milestone.title, milestone.due.iso, milestone.completedOn?.iso])
            }
            try Self.link(actionID: actionID, indicatorIDs: action.indicatorIDs, db)
            return actionID
        }
    }

    public func editAction(_ action: DeliveryAction, by editor: Editor) async throws {
        try Self.check(action)
        try await database.write(as: Actor(editor)) { db in
            try db.execute(
                sql: "UPDATE deliveryAction SET title = ?, lead = ?, dueDate = ?, status = ?, progressNote = ? WHERE id = ?",
                arguments: [action.title, action.lead, action.due?.iso, action.status.rawValue, action.progressNote, action.id])
            guard db.changesCount == 1 else { throw DomainError.notFound("No such delivery-plan action") }
            let current = Set(
                try Int64.fetchAll(
                    cached: db, sql: "SELECT indicatorId FROM deliveryActionIndicator WHERE actionId = ?",
                    arguments: [action.id]))
            let wanted = Set(action.indicatorIDs)
            for gone in current.subtracting(wanted).sorted() {
                try db.execute(sql: "DELETE FROM deliveryActionIndicator WHERE actionId = ? AND indicatorId = ?", arguments: [action.id, gone])
            }
            try Self.link(actionID: action.id, indicatorIDs: wanted.subtracting(current).sorted(), db)
        }
    }

    public func addMilestone(actionID: Int64, title: String, due: LocalDate, by editor: Editor) async throws -> Int64 {
        guard !title.isEmpty else { throw DomainError.invalid("Enter the milestone") }
        return try await database.write(as: Actor(editor)) { db in
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM deliveryAction WHERE id = ?", arguments: [actionID]) == true else {
                throw DomainError.notFound("No such delivery-plan action")
            }
            try db.execute(
                sql: "INSERT INTO deliveryMilestone (actionId, title, dueDate) VALUES (?, ?, ?)",
                arguments: [actionID, title, due.iso])
            return db.lastInsertedRowID
        }
    }

    static func check(_ action: DeliveryAction) throws {
        guard !action.title.isEmpty else { throw DomainError.invalid("Enter the action") }
        guard !action.lead.isEmpty else { throw DomainError.invalid("Enter who leads the action") }
    }

    /// Links an action to indicators of the same partnership as its strategy.
    static func link(actionID: Int64, indicatorIDs: [Int64], _ db: Database) throws {
        for indicatorID in indicatorIDs {
            try db.execute(
                sql: """
                    INSERT INTO deliveryActionIndicator (actionId, indicatorId)
                    SELECT a.id, i.id FROM deliveryAction a
                    JOIN strategyObjective o ON o.id = a.objectiveId JOIN strategyPriority p ON p.id = o.priorityId
                    JOIN strategy s ON s.id = p.strategyId JOIN indicator i ON i.id = ? AND i.partnershipId = s.partnershipId
                    WHERE a.id = ?
                    """, arguments: [indicatorID, actionID])
            guard db.changesCount == 1 else { throw DomainError.invalid("That indicator is not part of this partnership") }
        }
    }
}
