import Foundation
import GRDB
import MinutebookCore

/// The secretariat's changes to an action after the fact: owners, due date and cover. The approved
/// lock (v11) leaves an action's owners and due date free and refuses any change to the minute, so the
/// approved minutes' text stays as printed. Each change writes one history line with the old and new
/// values and the reason, as a forwarding note (not an update from the owner, so reminders still ask
/// for one), and the audit rows in the same transaction.
extension GRDBActionRepository {
    public func changeAction(_ actionID: Int64, to change: ActionChange, by editor: ActionEditor) async throws {
        let reason = try Self.reason(change.reason)
        let wanted = Array(Set(change.ownerPersonIDs)).sorted()
        guard !wanted.isEmpty || change.wholeBody else { throw DomainError.invalid("Choose at least one owner") }
        try await database.write(as: Actor(editor.auditName)) { db in
            let (status, partnershipID, due) = try Self.changing(actionID, db)
            _ = try Self.people(wanted, in: partnershipID, db)
            let before = try ActionRows.owners(of: [actionID], db)[actionID] ?? []
            var lines: [String] = []
            let beforeLabels = before.map(\.label)
            try db.execute(sql: "DELETE FROM actionOwner WHERE actionId = ?", arguments: [actionID])
            for id in wanted {
                try db.execute(sql: "INSERT INTO actionOwner (actionId, personId) VALUES (?, ?)", arguments: [actionID, id])
            }
            if change.wholeBody {
                try db.execute(sql: "INSERT INTO actionOwner (actionId, code) VALUES (?, 'Group')", arguments: [actionID])
            }
            let afterLabels = (try ActionRows.owners(of: [actionID], db)[actionID] ?? []).map(\.label)
            if afterLabels != beforeLabels {
                lines.append("Owners changed from \(Self.list(beforeLabels)) to \(Self.list(afterLabels)).")
            }
            if change.due != due {
                try db.execute(sql: "UPDATE action SET dueDate = ? WHERE id = ?", arguments: [change.due?.iso, actionID])
                lines.append("Due date changed from \(due?.long ?? "none") to \(change.due?.long ?? "none").")
            }
            guard !lines.isEmpty else {
                throw DomainError.invalid("The owners and the due date are as they were: change one of them")
            }
            lines.append("Reason: \(reason)")
            try ActionRows.recordUpdate(
                actionID: actionID, text: lines.joined(separator: " "), from: status, to: nil, via: .succession, editor: editor, db)
        }
    }

    public func coverAction(
        _ actionID: Int64, by personID: Int64, until: LocalDate, today: LocalDate, reason: String, by editor: ActionEditor
    ) async throws {
        let reason = try Self.reason(reason)
        guard !(until < today) else { throw DomainError.invalid("The cover must run until today or a later day") }
        try await database.write(as: Actor(editor.auditName)) { db in
            let (status, partnershipID, _) = try Self.changing(actionID, db)
            let name = try Self.people([personID], in: partnershipID, db)[0]
            let owners = (try ActionRows.owners(of: [actionID], db)[actionID] ?? []).map(\.label)
            try db.execute(
                sql: "INSERT INTO actionCover (actionId, personId, untilDate, reason) VALUES (?, ?, ?, ?)",
                arguments: [actionID, personID, until.iso, reason])
            let text = "\(name) covers this action until \(until.long), then it is back with \(Self.list(owners)). Reason: \(reason)"
            try ActionRows.recordUpdate(actionID: actionID, text: text, from: status, to: nil, via: .succession, editor: editor, db)
        }
    }

    public func cover(of actionID: Int64, on day: LocalDate) async throws -> ActionCover? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT c.personId, p.fullName, c.untilDate, c.reason FROM actionCover c JOIN person p ON p.id = c.personId
                        WHERE c.actionId = ? ORDER BY c.id DESC LIMIT 1
                        """, arguments: [actionID]),
                let until = LocalDate(iso: row["untilDate"] as String)
            else { return nil }
            let cover = ActionCover(personID: row["personId"], personName: row["fullName"], until: until, reason: row["reason"])
            return cover.runs(on: day) ? cover : nil
        }
    }

    /// The action's status, partnership and due date, or not found.
    static func changing(_ actionID: Int64, _ db: Database) throws -> (ActionStatus, Int64, LocalDate?) {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT a.status, a.dueDate, b.partnershipId FROM action a JOIN body b ON b.id = a.bodyId WHERE a.id = ?",
                arguments: [actionID])
        else { throw DomainError.notFound("There is no action \(actionID)") }
        let due = (row["dueDate"] as String?).flatMap { LocalDate(iso: $0) }
        return (ActionStatus(rawValue: row["status"]) ?? .open, row["partnershipId"], due)
    }

    /// The names of people of the partnership, in the order asked; refuses anyone else.
    static func people(_ ids: [Int64], in partnershipID: Int64, _ db: Database) throws -> [String] {
        try ids.map { id in
            guard
                let name = try String.fetchOne(
                    db, sql: "SELECT fullName FROM person WHERE id = ? AND partnershipId = ?", arguments: [id, partnershipID])
            else { throw DomainError.invalid("Person \(id) is not one of this partnership's people") }
            return name
        }
    }

    static func reason(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw DomainError.invalid("Give the reason for the change: it is kept in the action's history") }
        if trimmed.count > 2000 { throw DomainError.invalid("A reason can be at most 2,000 characters (this one has \(trimmed.count))") }
        return trimmed
    }

    static func list(_ labels: [String]) -> String { labels.isEmpty ? "nobody" : labels.joined(separator: ", ") }
}
