import Foundation
import GRDB
import MinutebookCore

/// The body's standing agenda: the items every new meeting of the body starts from.
extension GRDBAgendaRepository {
    public func template(of bodyID: Int64) async throws -> [AgendaTemplateItem] {
        try await database.read { db in try Self.template(db, bodyID: bodyID) }
    }

    public func hasOwnTemplate(_ bodyID: Int64) async throws -> Bool {
        try await database.read { db in
            try Bool.fetchOne(cached: db, sql: "SELECT EXISTS (SELECT 1 FROM agendaTemplateItem WHERE bodyId = ?)", arguments: [bodyID]) ?? false
        }
    }

    static func template(_ db: Database, bodyID: Int64) throws -> [AgendaTemplateItem] {
        let rows = try Row.fetchAll(cached: db, sql: "SELECT * FROM agendaTemplateItem WHERE bodyId = ? ORDER BY position", arguments: [bodyID])
        if rows.isEmpty { return AgendaTemplateItem.standard }
        return rows.map {
            AgendaTemplateItem(
                title: $0["title"], kind: ($0["standingKind"] as String?).flatMap(StandingItemKind.init),
                description: $0["description"], part: AgendaPart(rawValue: $0["part"]) ?? .one,
                exemptReason: $0["exemptReason"])
        }
    }

    public func replaceTemplate(of bodyID: Int64, with items: [AgendaTemplateItem], by editor: Editor) async throws {
        for (index, item) in items.enumerated() {
            if let problem = item.problems.first { throw DomainError.invalid("standing item \(index + 1): \(problem.message)") }
        }
        try await database.write(as: AgendaRows.actor(editor)) { db in
            _ = try AgendaRows.body(db, bodyID)
            try Self.storeTemplate(db, bodyID: bodyID, items)
        }
    }

    public func changeTemplate(of bodyID: Int64, _ change: AgendaTemplateChange, by editor: Editor) async throws -> [AgendaTemplateItem] {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            _ = try AgendaRows.body(db, bodyID)
            let items = try change.applied(to: try Self.template(db, bodyID: bodyID))
            try Self.storeTemplate(db, bodyID: bodyID, items)
            return items
        }
    }

    static func storeTemplate(_ db: Database, bodyID: Int64, _ items: [AgendaTemplateItem]) throws {
        try db.execute(sql: "DELETE FROM agendaTemplateItem WHERE bodyId = ?", arguments: [bodyID])
        for (index, item) in items.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO agendaTemplateItem (bodyId, position, title, standingKind, description, part, exemptReason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    bodyID, index + 1, AgendaRows.clean(item.title), item.kind?.rawValue, item.description,
                    item.part.rawValue, item.part == .two ? item.exemptReason.map(AgendaRows.clean) : nil
                ])
        }
    }
}
