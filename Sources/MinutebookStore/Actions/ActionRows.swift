import GRDB
import MinutebookCore

/// Loads actions with their minute, resolution, owners and history in a fixed number of queries
/// (one per kind of row, keyed by the actions' ids), whatever the number of actions.
enum ActionRows {
    /// The action columns plus what the tracker prints beside them.
    static let select = """
        SELECT a.*, b.name AS bodyName, b.partnershipId AS partnershipId, b.isPublic AS bodyIsPublic,
               n.number AS minuteNumber, n.letter AS minuteLetter, n.title AS minuteTitle, n.part AS minutePart,
               n.meetingId AS meetingId, m.date AS meetingDate, m.status AS meetingStatus, r.text AS resolutionText
        FROM action a
        JOIN body b ON b.id = a.bodyId
        LEFT JOIN minute n ON n.id = a.minuteId
        LEFT JOIN meeting m ON m.id = n.meetingId
        LEFT JOIN resolution r ON r.id = a.resolutionId
        """

    struct Loaded {
        var tracked: TrackedAction
        var partnershipID: Int64
        var bodyIsPublic: Bool

        /// This action if `audience` may see it (the one rule, `TrackedAction.isVisible`).
        func visible(to audience: Audience) -> TrackedAction? {
            let grant = Visibility.grant(audience, bodyID: tracked.action.bodyID, partnershipID: partnershipID)
            return tracked.isVisible(to: grant, bodyIsPublic: bodyIsPublic) ? tracked : nil
        }
    }

    static func load(_ rows: [Row], _ db: Database) throws -> [Loaded] {
        guard !rows.isEmpty else { return [] }
        let ids: [Int64] = rows.map { $0["id"] }
        let owners = try self.owners(of: ids, db)
        let history = try self.history(of: ids, db)
        let minuteIDs = Array(Set(rows.compactMap { row -> Int64? in row["minuteId"] }))
        var resolutionsByMinute: [Int64: [String]] = [:]
        if !minuteIDs.isEmpty {
            let marks = databaseQuestionMarks(count: minuteIDs.count)
            for row in try Row.fetchAll(
                db, sql: "SELECT minuteId, text FROM resolution WHERE minuteId IN (\(marks)) ORDER BY minuteId, position",
                arguments: StatementArguments(minuteIDs))
            {
                resolutionsByMinute[row["minuteId"], default: []].append(row["text"])
            }
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            let action = Action(
                id: id, bodyID: row["bodyId"], minuteID: row["minuteId"], resolutionID: row["resolutionId"],
                text: row["text"], due: (row["dueDate"] as String?).flatMap { LocalDate(iso: $0) },
                status: ActionStatus(rawValue: row["status"]) ?? .open)
            var minute: MinuteReference?
            if let minuteID = action.minuteID, let meetingID = row["meetingId"] as Int64?,
                let date = (row["meetingDate"] as String?).flatMap({ LocalDate(iso: $0) })
            {
                let number = (row["minuteNumber"] as Int?).map { MinuteNumber($0, letter: row["minuteLetter"] ?? "") }
                minute = MinuteReference(
                    minuteID: minuteID, meetingID: meetingID, number: number, meetingDate: date,
                    title: row["minuteTitle"] ?? "", part: AgendaPart(rawValue: row["minutePart"] ?? 1) ?? .two,
                    meetingStatus: MeetingStatus(rawValue: row["meetingStatus"] ?? "") ?? .scheduled)
            }
            let resolved =
                (row["resolutionText"] as String?)
                ?? action.minuteID.flatMap { resolutionsByMinute[$0]?.joined(separator: "\n\n") }
                ?? action.text
            let minuteResolutions = action.minuteID.flatMap { resolutionsByMinute[$0] } ?? []
            let tracked = TrackedAction(
                action: action, bodyName: row["bodyName"], minute: minute, resolved: resolved,
                minuteResolutions: minuteResolutions,
                owners: owners[id] ?? [], history: history[id] ?? [], isPrivate: row["isPrivate"])
            return Loaded(tracked: tracked, partnershipID: row["partnershipId"], bodyIsPublic: row["bodyIsPublic"])
        }
    }

    /// Owners with the name to print: the person, else the seat's current holder, else the seat,
    /// the organisation, free text or the printed code.
    static func owners(of actionIDs: [Int64], _ db: Database) throws -> [Int64: [ActionOwner]] {
        var result: [Int64: [ActionOwner]] = [:]
        let marks = databaseQuestionMarks(count: actionIDs.count)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT o.*, p.fullName AS personName, s.title AS seatTitle, hp.fullName AS holderName, hp.id AS holderId,
                       org.name AS organisationName, bo.id AS actionBodyId, bo.name AS actionBodyName
                FROM actionOwner o
                JOIN action a ON a.id = o.actionId
                LEFT JOIN body bo ON bo.id = a.bodyId
                LEFT JOIN person p ON p.id = o.personId
                LEFT JOIN seat s ON s.id = o.seatId
                LEFT JOIN seatHolding h ON h.seatId = o.seatId AND h.endDate IS NULL
                LEFT JOIN person hp ON hp.id = h.personId
                LEFT JOIN organisation org ON org.id = o.organisationId
                WHERE o.actionId IN (\(marks)) ORDER BY o.actionId, o.id
                """, arguments: StatementArguments(actionIDs))
        for row in rows {
            let personName: String? = row["personName"]
            let candidates: [String?] = [personName, row["holderName"], row["seatTitle"], row["organisationName"], row["freeText"], row["code"]]
            let name: String = candidates.compactMap { $0 }.first ?? "Unknown"
            let personID: Int64? = row["personId"]
            let holderID: Int64? = row["holderId"]
            let bodyID: Int64? = row["actionBodyId"]
            let owner = ActionOwner(
                id: row["id"], personID: personID ?? holderID,
                seatID: row["seatId"], organisationID: row["organisationId"], code: row["code"], name: name
            )
            .resolvingBody(text: row["freeText"], body: bodyID.map { ($0, row["actionBodyName"]) })
            result[row["actionId"], default: []].append(owner)
        }
        return result
    }

    static func history(of actionIDs: [Int64], _ db: Database) throws -> [Int64: [ActionHistoryEntry]] {
        var result: [Int64: [ActionHistoryEntry]] = [:]
        let marks = databaseQuestionMarks(count: actionIDs.count)
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT u.*, p.fullName AS personName FROM actionUpdate u LEFT JOIN person p ON p.id = u.authorPersonId
                WHERE u.actionId IN (\(marks)) ORDER BY u.actionId, u.at, u.id
                """, arguments: StatementArguments(actionIDs))
        {
            let entry = ActionHistoryEntry(
                at: row["at"], authorName: row["authorName"] ?? row["personName"], text: row["text"],
                statusFrom: (row["statusFrom"] as String?).flatMap(ActionStatus.init(rawValue:)),
                statusTo: (row["statusTo"] as String?).flatMap(ActionStatus.init(rawValue:)),
                via: ActionUpdateChannel(rawValue: row["via"]) ?? .web)
            result[row["actionId"], default: []].append(entry)
        }
        return result
    }

    /// Writes one history row (and the status change, if any) for an action.
    static func recordUpdate(
        actionID: Int64, text: String, from: ActionStatus, to: ActionStatus?, via: ActionUpdateChannel,
        editor: ActionEditor, _ db: Database
    ) throws {
        let changes = to.map { $0 != from } ?? false
        try db.execute(
            sql: """
                INSERT INTO actionUpdate (actionId, at, authorPersonId, authorName, text, statusFrom, statusTo, via)
                VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                actionID, editor.personID, editor.displayName, text,
                changes ? from.rawValue : nil, changes ? to?.rawValue : nil, via.rawValue
            ])
        if changes, let to {
            try db.execute(
                sql: """
                    UPDATE action SET status = ?, closedAt = CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%SZ','now') ELSE NULL END
                    WHERE id = ?
                    """, arguments: [to.rawValue, !to.isOutstanding, actionID])
        }
    }
}
