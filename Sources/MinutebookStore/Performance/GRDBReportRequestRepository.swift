import Foundation
import GRDB
import MinutebookCore

/// The sub-group chair's emailed link to file the report, built like the action-update links:
/// a `LinkToken` whose SHA-256 alone is stored, expiring at the end of the filing deadline, spent by
/// the filing, revocable. Writes through the link are audited as the chair (`Actor.magicLink`).
public struct GRDBReportRequestRepository: ReportRequestRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func createRequest(subGroupID: Int64, meetingID: Int64, today: LocalDate, by editor: Editor) async throws -> ReportRequestMail {
        try await database.write(as: Actor(editor)) { db in
            guard let subGroup = try PerformanceRows.body(id: subGroupID, db), subGroup.kind == .subGroup else {
                throw DomainError.notFound("There is no such sub-group")
            }
            guard let meetingRow = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [meetingID]) else {
                throw DomainError.notFound("There is no such meeting")
            }
            let meeting = Rows.meeting(meetingRow)
            guard meeting.bodyID == subGroup.reportsToBodyID, let board = try PerformanceRows.body(id: meeting.bodyID, db) else {
                throw DomainError.invalid("\(subGroup.name) does not report to the body of that meeting")
            }
            let deadline = SubGroupReportRules.deadline(for: meeting.date)
            guard today <= deadline else {
                throw DomainError.conflict("The deadline for reports to the meeting on \(meeting.date.long) was \(deadline.long)")
            }
            if let status = try String.fetchOne(
                cached: db, sql: "SELECT status FROM subGroupReport WHERE bodyId = ? AND meetingId = ?",
                arguments: [subGroupID, meetingID]), status != SubGroupReportStatus.draft.rawValue
            {
                throw DomainError.conflict("\(subGroup.name) has already filed its report for that meeting")
            }
            // The chair today: the current holder of the sub-group's chair's (or co-chair's) seat.
            guard
                let chair = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT p.id, p.fullName, p.email FROM seat s
                        JOIN seatHolding h ON h.seatId = s.id AND h.endDate IS NULL JOIN person p ON p.id = h.personId
                        WHERE s.bodyId = ? AND s.role IN ('chairman','co_chair') AND (s.abolishedOn IS NULL OR s.abolishedOn > ?)
                        ORDER BY s.role = 'chairman' DESC, s.id LIMIT 1
                        """, arguments: [subGroupID, today.iso])
            else {
                throw DomainError.notFound("\(subGroup.name) has no chair: give its chair's seat a holder first")
            }
            guard let email = chair["email"] as String?, email.contains("@") else {
                throw DomainError.invalid("\(chair["fullName"] as String), the chair of \(subGroup.name), has no email address")
            }
            let token = LinkToken.new()
            try db.execute(
                sql: """
                    INSERT INTO reportRequest (bodyId, meetingId, personId, tokenHash, email, expiresAt) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [subGroupID, meetingID, chair["id"] as Int64, LinkToken.hash(token), email, deadline.iso + "T23:59:59Z"])
            return ReportRequestMail(
                personID: chair["id"], name: chair["fullName"], email: email, token: token,
                expires: deadline.iso + "T23:59:59Z", subGroupName: subGroup.name, boardName: board.name,
                meetingDate: meeting.date, deadline: deadline)
        }
    }

    /// The request behind a token and its state.
    static func request(token: String, _ db: Database) throws -> (state: LinkState, row: Row?) {
        guard LinkToken.isWellFormed(token),
            let row = try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT r.*, r.expiresAt <= strftime('%Y-%m-%dT%H:%M:%SZ','now') AS isExpired FROM reportRequest r WHERE tokenHash = ?
                    """, arguments: [LinkToken.hash(token)])
        else { return (.unknown, nil) }
        let state: LinkState =
            (row["revokedAt"] as String?) != nil
            ? .revoked
            : (row["usedAt"] as String?) != nil
                ? .used
                : (row["isExpired"] as Bool) ? .expired : .usable
        return (state, row)
    }

    public func open(token: String) async throws -> (LinkState, ReportRequestPage?) {
        try await database.read { db in
            let (state, row) = try Self.request(token: token, db)
            guard state == .usable, let row else { return (state, nil) }
            let bodyID: Int64 = row["bodyId"], meetingID: Int64 = row["meetingId"]
            guard let subGroup = try PerformanceRows.body(id: bodyID, db),
                let meetingRow = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [meetingID]),
                let board = try PerformanceRows.body(id: Rows.meeting(meetingRow).bodyID, db),
                let chair = try String.fetchOne(cached: db, sql: "SELECT fullName FROM person WHERE id = ?", arguments: [row["personId"] as Int64])
            else {
                return (.unknown, nil)
            }
            let meeting = Rows.meeting(meetingRow)
            let existing = try GRDBSubGroupReportRepository.reports(
                sql: "SELECT * FROM subGroupReport WHERE bodyId = ? AND meetingId = ?",
                [bodyID, meetingID], db
            ).first
            if let existing, existing.status != .draft { return (.used, nil) }
            let report = existing ?? SubGroupReport(id: 0, bodyID: bodyID, meetingID: meetingID, author: chair)
            return (
                .usable,
                ReportRequestPage(
                    chairName: chair, subGroupName: subGroup.name, boardName: board.name, meetingDate: meeting.date,
                    deadline: SubGroupReportRules.deadline(for: meeting.date), report: report)
            )
        }
    }

    public func file(token: String, report: SubGroupReport, on date: LocalDate) async throws -> Int64 {
        let personID: Int64 = try await database.read { db in
            let (state, row) = try Self.request(token: token, db)
            guard state == .usable, let row else { throw DomainError.forbidden(state.refusal ?? "This link cannot be used.") }
            return row["personId"]
        }
        return try await database.write(as: Actor.magicLink(personID: personID)) { db in
            // Checked again inside the write: two submissions racing cannot both succeed.
            let (state, row) = try Self.request(token: token, db)
            guard state == .usable, let row else { throw DomainError.forbidden(state.refusal ?? "This link cannot be used.") }
            var report = report
            report.bodyID = row["bodyId"]
            report.meetingID = row["meetingId"]
            report.filedOn = report.filedOn ?? date
            let problems = SubGroupReportRules.problemsFiling(report)
            guard problems.isEmpty else { throw DomainError.invalid(problems.map(\.message).joined(separator: "; ")) }
            if let status = try String.fetchOne(
                cached: db, sql: "SELECT status FROM subGroupReport WHERE bodyId = ? AND meetingId = ?",
                arguments: [report.bodyID, report.meetingID]), status != SubGroupReportStatus.draft.rawValue
            {
                throw DomainError.forbidden(LinkState.used.refusal ?? "The report has already been filed.")
            }
            let saved = try GRDBSubGroupReportRepository.saveDraft(report, db)
            try GRDBSubGroupReportRepository.file(reportID: saved.id, on: date, db)
            try db.execute(
                sql: "UPDATE reportRequest SET usedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?",
                arguments: [row["id"] as Int64])
            return saved.id
        }
    }

    public func withdraw(tokens: [String], by editor: Editor) async throws -> Int {
        guard !tokens.isEmpty else { return 0 }
        return try await database.write(as: Actor(editor)) { db in
            try LinkToken.withdraw(tokens, from: .reportRequest, db)
        }
    }
}
