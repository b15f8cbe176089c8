import GRDB
import MinutebookCore

/// The lead officers a pack's agenda prints ("Lead officer: ...", "Presenter: ...") go onto the items
/// of that meeting's agenda held in the store, whichever came first: the pack, the minutes or the
/// agenda the secretariat scheduled. An item is the one whose title reads the same; a lead already
/// entered is never replaced. Each change is audited by the store's triggers.
enum ImportAgendaLeads {
    static func apply(bodyID: Int64, agendas: [AgendaEvidence], _ db: Database) throws -> Int {
        var changed = 0
        for agenda in agendas where agenda.items.contains(where: { $0.lead != nil }) {
            guard
                let meetingID = try Int64.fetchOne(
                    db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?",
                    arguments: [bodyID, agenda.meetingDate.iso])
            else { continue }
            let stored = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, title, leadOfficer FROM agendaItem WHERE meetingId = ? ORDER BY position
                    """, arguments: [meetingID])
            for item in agenda.items {
                guard let lead = item.lead, !lead.isEmpty else { continue }
                let printed = normalised(item.title)
                guard !printed.isEmpty,
                    let match = stored.first(where: { row in
                        let title = normalised(row["title"] as String)
                        return title == printed || (!title.isEmpty && (title.hasPrefix(printed) || printed.hasPrefix(title)))
                    })
                else { continue }
                guard ((match["leadOfficer"] as String?) ?? "").isEmpty else { continue }
                try db.execute(
                    sql: "UPDATE agendaItem SET leadOfficer = ? WHERE id = ? AND (leadOfficer IS NULL OR leadOfficer = '')",
                    arguments: [lead, match["id"] as Int64])
                changed += db.changesCount
            }
        }
        return changed
    }

    /// Letters and digits only, lower case, single spaces: "MOORING BAY VANDALISM" reads as "Mooring bay vandalism".
    static func normalised(_ title: String) -> String {
        title.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
