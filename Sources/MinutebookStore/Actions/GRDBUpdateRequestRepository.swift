import Foundation
import GRDB
import MinutebookCore

/// Update requests by emailed link. The token is 256 random bits (base64url); only its SHA-256 is stored.
public struct GRDBUpdateRequestRepository: UpdateRequestRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func createRequests(
        meetingID: Int64, kind: UpdateRequestKind, validForDays: Int, by editor: ActionEditor
    ) async throws -> [UpdateRequestMail] {
        guard (1...60).contains(validForDays) else { throw DomainError.invalid("a link can be valid for 1 to 60 days") }
        return try await database.write(as: Actor(editor.auditName)) { db in
            guard
                let meeting = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT m.bodyId, m.date, b.name FROM meeting m JOIN body b ON b.id = m.bodyId WHERE m.id = ?
                        """, arguments: [meetingID]), let date = LocalDate(iso: meeting["date"] as String)
            else {
                throw DomainError.notFound("there is no meeting \(meetingID)")
            }
            let rows = try Row.fetchAll(
                db,
                sql: ActionRows.select + """

                    WHERE a.bodyId = ? AND a.status IN ('open','in_progress') AND m.date < ?
                    """, arguments: [meeting["bodyId"] as Int64, date.iso])
            let tracked = try ActionRows.load(rows, db).map(\.tracked)
            // A reminder skips owners who have already answered a link for this meeting.
            let answered =
                kind == .reminder
                ? Set(
                    try Int64.fetchAll(
                        cached: db,
                        sql: """
                            SELECT personId FROM updateRequest WHERE meetingId = ? AND usedAt IS NOT NULL
                            """, arguments: [meetingID])) : []
            // Owners with a person (directly or as the seat's holder), grouped: one email each.
            var byPerson: [Int64: [TrackedAction]] = [:]
            for action in tracked {
                for personID in Set(action.owners.compactMap(\.personID)) where !answered.contains(personID) {
                    byPerson[personID, default: []].append(action)
                }
            }
            var mails: [UpdateRequestMail] = []
            for personID in byPerson.keys.sorted() {
                guard let person = try Row.fetchOne(cached: db, sql: "SELECT fullName, email FROM person WHERE id = ?", arguments: [personID]),
                    let email = person["email"] as String?, email.contains("@")
                else { continue }
                let actions = (byPerson[personID] ?? []).sorted { a, b in
                    (a.minute?.meetingDate.dayNumber ?? 0, a.minute?.number?.number ?? 0, a.id) < (
                        b.minute?.meetingDate.dayNumber ?? 0, b.minute?.number?.number ?? 0, b.id
                    )
                }
                let token = LinkToken.new()
                try db.execute(
                    sql: """
                        INSERT INTO updateRequest (personId, meetingId, kind, tokenHash, email, expiresAt)
                        VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now', ?))
                        """, arguments: [personID, meetingID, kind.rawValue, LinkToken.hash(token), email, "+\(validForDays) days"])
                let requestID = db.lastInsertedRowID
                for action in actions {
                    try db.execute(sql: "INSERT INTO updateRequestAction (requestId, actionId) VALUES (?, ?)", arguments: [requestID, action.id])
                }
                let expires = try String.fetchOne(cached: db, sql: "SELECT expiresAt FROM updateRequest WHERE id = ?", arguments: [requestID]) ?? ""
                mails.append(
                    UpdateRequestMail(
                        personID: personID, name: person["fullName"], email: email, token: token, expires: expires,
                        meetingDate: date, bodyName: meeting["name"], actions: actions.map(Self.summary)))
            }
            return mails
        }
    }

    static func summary(_ tracked: TrackedAction) -> UpdateRequestAction {
        let latest = tracked.history.last { $0.isWrittenUpdate }?.text
        return UpdateRequestAction(
            actionID: tracked.id, minuteLabel: tracked.minute?.label ?? "", title: tracked.minute?.title ?? tracked.action.text,
            resolved: tracked.resolved, latestUpdate: latest)
    }

    /// The request row behind a token and its state.
    static func request(token: String, _ db: Database) throws -> (id: Int64, personID: Int64, meetingID: Int64, page: UpdateRequestPage?) {
        guard LinkToken.isWellFormed(token),
            let row = try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT r.*, r.expiresAt <= strftime('%Y-%m-%dT%H:%M:%SZ','now') AS isExpired FROM updateRequest r WHERE tokenHash = ?
                    """, arguments: [LinkToken.hash(token)])
        else { return (0, 0, 0, .unknown) }
        let refusal: UpdateRequestPage? =
            (row["revokedAt"] as String?) != nil
            ? .revoked
            : (row["usedAt"] as String?) != nil
                ? .used
                : (row["isExpired"] as Bool) ? .expired : nil
        return (row["id"], row["personId"], row["meetingId"], refusal)
    }

    static func actions(ofRequest requestID: Int64, _ db: Database) throws -> [TrackedAction] {
        let rows = try Row.fetchAll(
            db,
            sql: ActionRows.select + """

                WHERE a.id IN (SELECT actionId FROM updateRequestAction WHERE requestId = ?) AND a.status IN ('open','in_progress')
                ORDER BY m.date, n.number, n.letter, a.id
                """, arguments: [requestID])
        return try ActionRows.load(rows, db).map(\.tracked)
    }

    public func open(token: String) async throws -> UpdateRequestPage {
        try await database.read { db in
            let request = try Self.request(token: token, db)
            if let refusal = request.page { return refusal }
            guard
                let meta = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT p.fullName, b.name AS bodyName, m.date FROM person p, meeting m JOIN body b ON b.id = m.bodyId
                        WHERE p.id = ? AND m.id = ?
                        """, arguments: [request.personID, request.meetingID]), let date = LocalDate(iso: meta["date"] as String)
            else {
                return .unknown
            }
            return .valid(
                name: meta["fullName"], bodyName: meta["bodyName"], meetingDate: date,
                actions: try Self.actions(ofRequest: request.id, db).map(Self.summary))
        }
    }

    public func submit(token: String, updates: [Int64: String]) async throws -> Int {
        for text in updates.values where text.count > 5000 {
            throw DomainError.invalid("an update can be at most 5,000 characters")
        }
        let (personID, requestID): (Int64, Int64) = try await database.read { db in
            let request = try Self.request(token: token, db)
            if let refusal = request.page { throw DomainError.forbidden(refusal.refusal ?? "This link cannot be used.") }
            return (request.personID, request.id)
        }
        return try await database.write(as: Actor.magicLink(personID: personID)) { db in
            // Checked again inside the write: two submissions racing cannot both succeed.
            let request = try Self.request(token: token, db)
            if let refusal = request.page { throw DomainError.forbidden(refusal.refusal ?? "This link cannot be used.") }
            guard request.id == requestID else { throw DomainError.forbidden("This link cannot be used.") }
            let allowed = Set(try Self.actions(ofRequest: requestID, db).map(\.id))
            let texts = updates.mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.value.isEmpty }
            guard !texts.isEmpty else { throw DomainError.invalid("write an update for at least one action") }
            for id in texts.keys where !allowed.contains(id) {
                throw DomainError.forbidden("This link cannot update that action.")
            }
            let name = try String.fetchOne(cached: db, sql: "SELECT fullName FROM person WHERE id = ?", arguments: [personID]) ?? "Owner"
            let editor = ActionEditor(auditName: Actor.magicLink(personID: personID).name, personID: personID, displayName: name)
            for (id, text) in texts.sorted(by: { $0.key < $1.key }) {
                let status = try GRDBActionRepository.status(of: id, db)
                try ActionRows.recordUpdate(actionID: id, text: text, from: status, to: nil, via: .emailLink, editor: editor, db)
            }
            try db.execute(sql: "UPDATE updateRequest SET usedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?", arguments: [requestID])
            return texts.count
        }
    }

    public func revoke(personID: Int64, by editor: ActionEditor) async throws -> Int {
        try await database.write(as: Actor(editor.auditName)) { db in
            try db.execute(
                sql: """
                    UPDATE updateRequest SET revokedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now')
                    WHERE personId = ? AND usedAt IS NULL AND revokedAt IS NULL
                    """, arguments: [personID])
            return db.changesCount
        }
    }

    public func withdraw(tokens: [String], by editor: ActionEditor) async throws -> Int {
        guard !tokens.isEmpty else { return 0 }
        return try await database.write(as: Actor(editor.auditName)) { db in
            try LinkToken.withdraw(tokens, from: .updateRequest, db)
        }
    }
}
