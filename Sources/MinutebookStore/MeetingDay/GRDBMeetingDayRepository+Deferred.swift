import GRDB
import MinutebookCore

/// Items deferred at the meeting go onto the forward plan for the body's next meeting, as a clerk
/// carries them forward: an item that came from the plan is deferred there (its history says from
/// which meeting and why), any other item becomes a deferred plan item of its own. When the next
/// meeting is already scheduled the item joins its agenda (as a supplementary item once that agenda
/// is published); otherwise it waits on the plan. Part of closing the meeting, so in its transaction
/// and audited with it.
extension GRDBMeetingDayRepository {
    static func carryDeferred(_ items: [LiveItem], meeting: Row, _ db: Database) throws {
        let deferred = items.filter { $0.state == .deferred }
        guard !deferred.isEmpty else { return }
        let meetingID: Int64 = meeting["id"]
        let bodyID: Int64 = meeting["bodyId"]
        let date: String = meeting["date"]
        let day = LocalDate(iso: date)?.long ?? date
        let next = try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM meeting WHERE bodyId = ? AND date > ? AND status NOT IN ('cancelled', 'minutes_approved') ORDER BY date LIMIT 1
                """, arguments: [bodyID, date])
        for item in deferred {
            let agendaItem = item.agendaItem
            let reason = "Deferred at the meeting on \(day)" + (item.number.map { " (minute \($0.text))" } ?? "")
            let planned = try Row.fetchOne(
                db,
                sql: """
                    SELECT f.id, f.status, f.targetMeetingId FROM agendaItem a JOIN forwardPlanItem f ON f.id = a.forwardPlanItemId WHERE a.id = ?
                    """, arguments: [agendaItem.id])
            let planID: Int64
            let fromStatus: ForwardPlanStatus?
            if let planned, let status = ForwardPlanStatus(rawValue: planned["status"]), status.isOpen || status == .taken {
                planID = planned["id"]
                fromStatus = status
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO forwardPlanItem (bodyId, title, proposer, leadOfficer, status, part, exemptReason)
                        VALUES (?, ?, ?, ?, 'deferred', ?, ?)
                        """,
                    arguments: [
                        bodyID, agendaItem.title, reason, agendaItem.leadOfficer, agendaItem.part.rawValue,
                        agendaItem.part == .two ? agendaItem.exemptReason : nil
                    ])
                planID = db.lastInsertedRowID
                fromStatus = nil
            }
            try db.execute(sql: "UPDATE forwardPlanItem SET status = 'deferred', targetMeetingId = ? WHERE id = ?", arguments: [next, planID])
            try AgendaRows.recordMove(
                db, itemID: planID, from: fromStatus, to: .deferred, fromMeeting: meetingID, toMeeting: next,
                reason: reason)
            guard let next else { continue }
            let onAgenda =
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM agendaItem WHERE meetingId = ? AND forwardPlanItemId = ?",
                    arguments: [next, planID]) ?? false
            guard !onAgenda else { continue }
            let newItem = NewAgendaItem(
                title: agendaItem.title, description: "Deferred from the meeting on \(day).", part: agendaItem.part,
                exemptReason: agendaItem.part == .two ? agendaItem.exemptReason : nil,
                leadOfficer: agendaItem.leadOfficer, reportReference: agendaItem.reportReference,
                expectsReport: true, isSupplementary: try AgendaRows.joinsAsSupplementary(db, meetingID: next),
                forwardPlanItemID: planID)
            _ = try AgendaRows.insert(db, newItem, meetingID: next, position: nil)
            try AgendaRows.renumber(db, meetingID: next)
        }
    }
}
