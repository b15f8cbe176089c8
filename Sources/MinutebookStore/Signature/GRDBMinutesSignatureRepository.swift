import GRDB
import MinutebookCore
import MinutebookTools

public struct GRDBMinutesSignatureRepository: MinutesSignatureRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func signers(meetingID: Int64) async throws -> [MinutesSigner] {
        try await database.read { db in try Self.signers(meetingID: meetingID, db) }
    }

    static func meetingRow(_ id: Int64, _ db: Database) throws -> Row {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("no meeting with id \(id)")
        }
        return row
    }

    /// The chairs who attended meeting `id`: chairman or co-chair, else the vice-chairman in the chair.
    static func chairs(of id: Int64, _ db: Database) throws -> [MinutesSigner] {
        let rows = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT a.personId, coalesce(p.fullName, a.name) AS name, a.position FROM attendance a LEFT JOIN person p ON p.id = a.personId
                WHERE a.meetingId = ? AND a.personId IS NOT NULL AND a.status IN ('present', 'virtual', 'substitute')
                  AND a.position IN ('chairman', 'co_chair', 'vice_chairman')
                ORDER BY a.id
                """, arguments: [id])
        let chairs = rows.filter { ($0["position"] as String) != "vice_chairman" }
        if !chairs.isEmpty { return chairs.map { MinutesSigner(personID: $0["personId"], name: $0["name"], capacity: "Chair") } }
        return rows.map { MinutesSigner(personID: $0["personId"], name: $0["name"], capacity: "Vice-Chair, in the chair") }
    }

    static func signers(meetingID: Int64, _ db: Database) throws -> [MinutesSigner] {
        let meeting = try meetingRow(meetingID, db)
        guard meeting["status"] as String == MeetingStatus.minutesApproved.rawValue else { return [] }
        if let at = meeting["approvedAtMeetingId"] as Int64? {
            let found = try chairs(of: at, db)
            if !found.isEmpty { return found }
        }
        let day = (meeting["approvedAt"] as String?) ?? (meeting["date"] as String)
        var found = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT DISTINCT p.id, p.fullName FROM seat s JOIN seatHolding h ON h.seatId = s.id JOIN person p ON p.id = h.personId
                WHERE s.bodyId = ? AND s.role IN ('chairman', 'co_chair') AND h.startDate <= ? AND (h.endDate IS NULL OR h.endDate >= ?)
                ORDER BY p.id
                """, arguments: [meeting["bodyId"] as Int64, String(day.prefix(10)), String(day.prefix(10))]
        )
        .map { MinutesSigner(personID: $0["id"], name: $0["fullName"], capacity: "Chair") }
        for chair in try chairs(of: meetingID, db) where !found.contains(where: { $0.personID == chair.personID }) {
            found.append(chair)
        }
        return found
    }

    public func sign(meetingID: Int64, signerPersonID: Int64, by editor: Editor) async throws -> MinutesSignature {
        do {
            return try await database.write(as: Actor(editor)) { db in
                let meeting = try Self.meetingRow(meetingID, db)
                guard meeting["status"] as String == MeetingStatus.minutesApproved.rawValue else {
                    throw DomainError.conflict("these minutes are still a draft: they are signed once approved at the next meeting")
                }
                if try Self.signature(meetingID: meetingID, db) != nil {
                    throw DomainError.conflict("these minutes are already signed")
                }
                let signers = try Self.signers(meetingID: meetingID, db)
                guard let signer = signers.first(where: { $0.personID == signerPersonID }) else {
                    let who = signers.map(\.name).joined(separator: " or ")
                    throw DomainError.forbidden(
                        signers.isEmpty
                            ? "nobody is recorded as chairing the meeting that approved these minutes: record the chair in its attendance first"
                            : "only the chair of the meeting that approved these minutes can sign them (\(who))")
                }
                let text = try Self.canonicalText(meetingID: meetingID, db)
                let recordedBy: String? =
                    switch editor {
                    case .user(_, let email): email
                    case .tool(let name): name
                    }
                try db.execute(
                    sql: """
                        INSERT INTO minutesSignature (meetingId, signerPersonId, signerName, capacity, recordedBy, sha256, canonicalVersion)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        meetingID, signer.personID, signer.name, signer.capacity, recordedBy,
                        SHA256Hex.digest(text.utf8), MinutesCanonicalForm.version
                    ])
                guard let signature = try Self.signature(meetingID: meetingID, db) else {
                    throw DomainError.invalid("the signature could not be read back")
                }
                return signature
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw DomainError.conflict("the signature was refused: \(error.message ?? "constraint failed")")
        }
    }

    public func signature(meetingID: Int64) async throws -> MinutesSignature? {
        try await database.read { db in try Self.signature(meetingID: meetingID, db) }
    }

    static func signature(meetingID: Int64, _ db: Database) throws -> MinutesSignature? {
        try Row.fetchOne(cached: db, sql: "SELECT * FROM minutesSignature WHERE meetingId = ?", arguments: [meetingID]).map { row in
            MinutesSignature(
                meetingID: row["meetingId"], signerName: row["signerName"], capacity: row["capacity"], signedAt: row["signedAt"],
                recordedBy: row["recordedBy"], sha256: row["sha256"], canonicalVersion: row["canonicalVersion"])
        }
    }

    public func verify(meetingID: Int64) async throws -> MinutesVerification? {
        try await database.read { db in
            guard let signature = try Self.signature(meetingID: meetingID, db) else { return nil }
            guard MinutesCanonicalForm.versions.contains(signature.canonicalVersion) else {
                throw DomainError.invalid("this signature uses canonical form \(signature.canonicalVersion), which this version cannot recompute")
            }
            // Recomputed in the form the signature was made in, so signatures made before a new form keep verifying.
            let text = try Self.canonicalText(meetingID: meetingID, version: signature.canonicalVersion, db)
            return MinutesVerification(signature: signature, recomputed: SHA256Hex.digest(text.utf8))
        }
    }

    public func canonicalText(meetingID: Int64) async throws -> String {
        try await database.read { db in
            // The form of the signature when signed, else the form a signature would be made in now.
            let version = try Self.signature(meetingID: meetingID, db)?.canonicalVersion ?? MinutesCanonicalForm.version
            return try Self.canonicalText(meetingID: meetingID, version: version, db)
        }
    }

    /// `MinutesCanonicalForm` (in `version`) of the meeting's stored minutes, read straight from the rows.
    static func canonicalText(meetingID: Int64, version: Int = MinutesCanonicalForm.version, _ db: Database) throws -> String {
        let meeting = try meetingRow(meetingID, db)
        let attendance = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT status, name, roleText, position, substituteForName FROM attendance WHERE meetingId = ? ORDER BY id
                """, arguments: [meetingID]
        ).map {
            MinutesCanonicalForm.Attendee(
                status: $0["status"], name: $0["name"], role: $0["roleText"], position: $0["position"],
                substituteFor: $0["substituteForName"])
        }
        let resolutions = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT r.minuteId, r.position, r.place, r.text FROM resolution r JOIN minute m ON m.id = r.minuteId
                    WHERE m.meetingId = ? ORDER BY r.minuteId, r.position
                    """, arguments: [meetingID]), by: { $0["minuteId"] as Int64 })
        let actions = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT a.minuteId, a.text FROM action a JOIN minute m ON m.id = a.minuteId WHERE m.meetingId = ? ORDER BY a.id
                    """, arguments: [meetingID]), by: { $0["minuteId"] as Int64 })
        let votes = Dictionary(grouping: try GRDBMeetingDayRepository.votes(meetingID: meetingID, db), by: \.agendaItemID)
        let declarations = Dictionary(grouping: try GRDBMeetingDayRepository.declarations(meetingID: meetingID, db), by: \.agendaItemID)
        let minutes = try Row.fetchAll(cached: db, sql: "SELECT * FROM minute WHERE meetingId = ? ORDER BY position", arguments: [meetingID])
            .map { row -> MinutesCanonicalForm.Minute in
                let id: Int64 = row["id"]
                let item: Int64? = row["agendaItemId"]
                let number = (row["number"] as Int?).map { "\($0)\(row["letter"] as String? ?? "")" } ?? ""
                return MinutesCanonicalForm.Minute(
                    position: row["position"], number: number, part: row["part"], title: row["title"], text: row["text"],
                    resolutions: (resolutions[id] ?? []).map { .init(position: $0["position"], place: $0["place"], text: $0["text"]) },
                    actions: (actions[id] ?? []).map { $0["text"] }, note: row["postMeetingNote"], reportReference: row["reportReference"],
                    declarations: item.flatMap { declarations[$0] } ?? [], votes: item.flatMap { votes[$0] } ?? [])
            }
        return MinutesCanonicalForm.text(
            version: version, date: meeting["date"], start: meeting["startTime"], end: meeting["endTime"], venue: meeting["venue"],
            attendance: attendance, minutes: minutes)
    }
}
