import GRDB
import MinutebookCore

/// Performance reports on a board's agenda: the item is made by the agenda's own insert and
/// renumbering, and linked to the report the pack draws from the performance data.
public struct GRDBPerformanceAgendaRepository: PerformanceAgendaRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func place(
        _ kind: PerformanceAgendaReport.Kind, strategyID: Int64?, meetingID: Int64, title: String,
        by editor: Editor
    ) async throws -> Int64 {
        guard (kind == .exceptions) == (strategyID != nil) else {
            throw DomainError.invalid("An exception report needs its strategy; the indicator report takes none")
        }
        return try await database.write(as: Actor(editor)) { db in
            guard
                let meeting = try Row.fetchOne(
                    cached: db, sql: "SELECT status, packIssuedAt, bodyId FROM meeting WHERE id = ?", arguments: [meetingID]),
                let status = MeetingStatus(rawValue: meeting["status"])
            else {
                throw DomainError.notFound("There is no such meeting")
            }
            guard status < .minutesApproved, status != .cancelled else {
                throw DomainError.conflict("The meeting's minutes are approved or the meeting is cancelled")
            }
            if let strategyID {
                guard
                    try Bool.fetchOne(
                        cached: db,
                        sql: """
                            SELECT 1 FROM strategy s JOIN body b ON b.id = ? WHERE s.id = ? AND s.partnershipId = b.partnershipId
                            """, arguments: [meeting["bodyId"] as Int64, strategyID]) == true
                else {
                    throw DomainError.notFound("There is no such strategy for this board")
                }
            }
            if try Bool.fetchOne(
                cached: db,
                sql: """
                    SELECT 1 FROM agendaPerformanceReport r JOIN agendaItem a ON a.id = r.agendaItemId
                    WHERE a.meetingId = ? AND r.kind = ? AND r.strategyId IS ?
                    """, arguments: [meetingID, kind.rawValue, strategyID]) == true
            {
                throw DomainError.conflict("That report is already on the meeting's agenda")
            }
            let item = NewAgendaItem(
                title: title.isEmpty ? kind.defaultTitle : title,
                isSupplementary: try AgendaRows.joinsAsSupplementary(db, meetingID: meetingID))
            let itemID = try AgendaRows.insert(db, item, meetingID: meetingID, position: nil)
            try AgendaRows.renumber(db, meetingID: meetingID)
            try db.execute(
                sql: "INSERT INTO agendaPerformanceReport (agendaItemId, kind, strategyId) VALUES (?, ?, ?)",
                arguments: [itemID, kind.rawValue, strategyID])
            return itemID
        }
    }

    public func reports(onMeeting meetingID: Int64) async throws -> [Int64: PerformanceAgendaReport] {
        try await database.read { db in
            var out: [Int64: PerformanceAgendaReport] = [:]
            for row in try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT r.* FROM agendaPerformanceReport r JOIN agendaItem a ON a.id = r.agendaItemId WHERE a.meetingId = ?
                    """, arguments: [meetingID])
            {
                guard let kind = PerformanceAgendaReport.Kind(rawValue: row["kind"]) else { continue }
                out[row["agendaItemId"]] = PerformanceAgendaReport(agendaItemID: row["agendaItemId"], kind: kind, strategyID: row["strategyId"])
            }
            return out
        }
    }
}
