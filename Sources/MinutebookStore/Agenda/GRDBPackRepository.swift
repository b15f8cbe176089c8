import GRDB
import MinutebookCore

public struct GRDBPackRepository: PackRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The meeting page's path (/p/<partnership>/bodies/<body>/meetings/<date>) and the stem of its
    /// pack files (<body>-<date>), for tools that issue the pack outside a request.
    public func meetingAddress(meetingID: Int64) async throws -> (path: String, stem: String) {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT p.slug AS partnership, b.slug AS body, m.date FROM meeting m JOIN body b ON b.id = m.bodyId
                        JOIN partnership p ON p.id = b.partnershipId WHERE m.id = ?
                        """, arguments: [meetingID])
            else { throw DomainError.notFound("no meeting with id \(meetingID)") }
            let partnership: String = row["partnership"], body: String = row["body"], date: String = row["date"]
            return ("/p/\(partnership)/bodies/\(body)/meetings/\(date)", "\(body)-\(date)")
        }
    }

    public func meetingID(body: String, date: LocalDate) async throws -> Int64 {
        try await database.read { db in
            let found = try BodyLookup.requireBody(body, partnership: nil, db)
            let bodyID = found.id
            guard
                let id = try Int64.fetchOne(
                    cached: db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?",
                    arguments: [bodyID, date.iso])
            else {
                throw DomainError.notFound("\(found.name) has no meeting on \(date.iso)")
            }
            return id
        }
    }

    public func packSource(meetingID: Int64, edition: PackEdition, issueDate: LocalDate) async throws -> PackSource {
        try await database.read { db in
            guard let agenda = try GRDBAgendaRepository.agenda(db, meetingID: meetingID, grant: { _ in edition.grant }) else {
                throw DomainError.notFound("no meeting with id \(meetingID)")
            }
            guard
                let partnership = try Row.fetchOne(
                    cached: db, sql: "SELECT * FROM partnership WHERE id = ?",
                    arguments: [agenda.body.partnershipID])
            else {
                throw DomainError.notFound("no partnership for \(agenda.body.name)")
            }
            let members = try Self.members(db, bodyID: agenda.body.id, on: issueDate)
            var contact: PackContact?
            if let name = partnership["contactName"] as String?, !name.isEmpty {
                contact = PackContact(name: name, phone: partnership["contactPhone"], email: partnership["contactEmail"])
            } else if let secretary = try Self.members(db, bodyID: agenda.body.id, on: issueDate, roles: [.secretariat]).first {
                // The secretary's own address is printed for members only; the public pack gives the
                // address the partnership chose as its contact (`contactEmail`), or none.
                contact = PackContact(name: secretary.name, email: edition.grant.contactDetails ? secretary.email : nil)
            }
            let policy = DeadlinePolicy(questionsWorkingDays: partnership["questionsWorkingDays"])
            return PackSource(
                partnershipName: partnership["name"], agenda: agenda, contact: contact,
                members: members.map {
                    PackMember(
                        name: $0.name, jobTitle: $0.jobTitle, role: $0.role,
                        email: edition.grant.contactDetails ? $0.email : nil)
                },
                previousMinutes: try Self.previousMinutes(db, agenda: agenda, grant: edition.grant),
                issueDate: issueDate, edition: edition, deadlines: MeetingDeadlines(meeting: agenda.meeting.date, policy: policy))
        }
    }

    public func recipients(meetingID: Int64) async throws -> [PackMember] {
        try await database.read { db in
            let meeting = try AgendaRows.meeting(db, meetingID)
            return try Self.members(db, bodyID: meeting.bodyID, on: meeting.date)
        }
    }

    /// Holders of the body's seats on `date` (the directory's seat query), chairs first, then by surname, each once.
    static func members(
        _ db: Database, bodyID: Int64, on date: LocalDate,
        roles: Set<SeatRole> = [.chairman, .coChair, .viceChairman, .member, .adviser]
    ) throws -> [PackMember] {
        let rank: [SeatRole: Int] = [.chairman: 0, .coChair: 0, .viceChairman: 1]
        func surname(_ name: String) -> String { name.split(separator: " ").last.map(String.init) ?? name }
        return try GRDBBodyRepository.seats(db, bodyID: bodyID, on: date, grant: .everything)
            .compactMap { occupancy -> (Int, String, PackMember)? in
                guard let holder = occupancy.holder, roles.contains(occupancy.seat.role) else { return nil }
                let display = holder.honorific.map { "\($0) \(holder.fullName)" } ?? holder.fullName
                return (
                    rank[occupancy.seat.role] ?? 2, surname(holder.fullName),
                    PackMember(name: display, jobTitle: occupancy.holderJobTitle, role: occupancy.seat.role, email: holder.email)
                )
            }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
            // Someone holding two seats is addressed once, by their senior seat.
            .reduce(into: [PackMember]()) { list, member in
                if !list.contains(where: { $0.name == member.name && $0.email == member.email }) { list.append(member) }
            }
    }

    static func previousMinutes(_ db: Database, agenda: Agenda, grant: Visibility.Grant) throws -> PackMinutes? {
        guard
            let row = try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT * FROM meeting WHERE bodyId = ? AND date < ? AND status <> 'cancelled' ORDER BY date DESC LIMIT 1
                    """, arguments: [agenda.body.id, agenda.meeting.date.iso])
        else { return nil }
        let meeting = Rows.meeting(row)
        let minuteRows = try Row.fetchAll(cached: db, sql: "SELECT * FROM minute WHERE meetingId = ? ORDER BY position", arguments: [meeting.id])
        let resolutions = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT r.id, r.minuteId, r.text, r.place FROM resolution r JOIN minute m ON m.id = r.minuteId WHERE m.meetingId = ? ORDER BY r.position
                    """, arguments: [meeting.id]), by: { $0["minuteId"] as Int64 })
        // The Action column: private actions only in an edition that may see Part 2.
        let actions = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT a.id, a.minuteId, a.resolutionId, a.isPrivate FROM action a JOIN minute m ON m.id = a.minuteId
                    WHERE m.meetingId = ? ORDER BY a.id
                    """, arguments: [meeting.id]
            ).filter { Visibility.canSeeAction(isPrivate: $0["isPrivate"], grant: grant) }, by: { $0["minuteId"] as Int64 })
        let owners = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT o.actionId, o.code, p.fullName, p.initials FROM actionOwner o JOIN action a ON a.id = o.actionId
                    JOIN minute m ON m.id = a.minuteId LEFT JOIN person p ON p.id = o.personId WHERE m.meetingId = ? ORDER BY o.id
                    """, arguments: [meeting.id]
            ).map { row -> (actionID: Int64, code: String) in
                let code =
                    (row["code"] as String?).flatMap { $0.isEmpty ? nil : $0 }
                    ?? (row["initials"] as String?) ?? (row["fullName"] as String?).map(Person.initials(of:)) ?? "?"
                return (row["actionId"], code)
            }, by: \.actionID)
        // Votes and declarations belong to the minute's agenda item (Part 2 ones go with their withheld minute).
        let votes = Dictionary(grouping: try GRDBMeetingDayRepository.votes(meetingID: meeting.id, db), by: \.agendaItemID)
        let declarations = Dictionary(grouping: try GRDBMeetingDayRepository.declarations(meetingID: meeting.id, db), by: \.agendaItemID)
        let entries = minuteRows.compactMap { row -> PackMinutes.Entry? in
            let part = AgendaPart(rawValue: row["part"]) ?? .one
            guard Visibility.quotedInNextPapers(part: part, meetingStatus: meeting.status, grant: grant) != .withheld else { return nil }
            let number = (row["number"] as Int?).map { "\($0)\(row["letter"] as String? ?? "")" } ?? ""
            let decided = resolutions[row["id"]] ?? []
            var entry = PackMinutes.Entry(
                number: number, title: row["title"], part: part, text: row["text"],
                resolutions: decided.map { $0["text"] }, postMeetingNote: row["postMeetingNote"],
                resolutionPlaces: decided.map { $0["place"] })
            entry.actions = (actions[row["id"]] ?? []).compactMap { action in
                let codes = (owners[action["id"]] ?? []).map(\.code).joined(separator: "/")
                guard !codes.isEmpty else { return nil }
                let resolution = (action["resolutionId"] as Int64?).flatMap { id in decided.firstIndex { ($0["id"] as Int64) == id } }
                return (codes, resolution)
            }
            if let item = row["agendaItemId"] as Int64? {
                entry.votes = votes[item] ?? []
                entry.declarations = declarations[item] ?? []
            }
            return entry
        }
        let attendance = try Row.fetchAll(
            cached: db, sql: "SELECT name, roleText, status, position FROM attendance WHERE meetingId = ? ORDER BY id",
            arguments: [meeting.id])
        func line(_ row: Row) -> String {
            var text: String = row["name"]
            if let role = row["roleText"] as String?, !role.isEmpty { text += ", (\(role))" }
            if let position = (row["position"] as String?).flatMap(ChairPosition.init) { text += " (\(position.label))" }
            if row["status"] as String == "virtual" { text += " (attended virtually)" }
            return text
        }
        var minutes = PackMinutes(
            meetingDate: meeting.date, start: meeting.start,
            present: attendance.filter { ["present", "virtual", "substitute"].contains($0["status"] as String) }.map(line),
            alsoPresent: attendance.filter { $0["status"] as String == "also_present" }.map(line),
            entries: entries,
            isDraft: Visibility.quotedInNextPapers(part: .one, meetingStatus: meeting.status, grant: grant) != .approved)
        minutes.end = meeting.end
        minutes.isApproved = meeting.status == .minutesApproved
        // The chair's line under approved minutes once they are signed.
        if minutes.isApproved { minutes.signature = try GRDBMinutesSignatureRepository.signature(meetingID: meeting.id, db) }
        return minutes
    }
}
