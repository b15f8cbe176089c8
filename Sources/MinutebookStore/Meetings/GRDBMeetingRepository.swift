import GRDB
import MinutebookCore

/// Meetings read from SQLite. One read transaction per call; every query is served by an index.
public struct GRDBMeetingRepository: MeetingRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func meeting(bodySlugOrName: String, partnership: String?, date: LocalDate) async throws -> Meeting? {
        try await database.read { db in
            let body = try BodyLookup.requireBody(bodySlugOrName, partnership: partnership, db)
            return try Row.fetchOne(
                cached: db, sql: "SELECT * FROM meeting WHERE bodyId = ? AND date = ?",
                arguments: [body.id, date.iso]
            ).map(Rows.meeting)
        }
    }

    public func meetingDetail(id: Int64, audience: Audience) async throws -> MeetingDetail? {
        let detail = try await database.read { db in try MeetingDetailLoader.load(meetingID: id, db) }
        return detail?.visible(to: audience)
    }

    public func meetingDetail(bodyID: Int64, date: LocalDate, audience: Audience) async throws -> MeetingDetail? {
        let detail = try await database.read { db -> MeetingDetail? in
            guard
                let id = try Int64.fetchOne(
                    cached: db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?",
                    arguments: [bodyID, date.iso])
            else { return nil }
            return try MeetingDetailLoader.load(meetingID: id, db)
        }
        return detail?.visible(to: audience)
    }

    public func meetingPage(partnership: String, body: String, date: LocalDate, audience: Audience) async throws -> MeetingPageRecord {
        try await database.read { db in
            var record = MeetingPageRecord()
            guard
                let found = try Row.fetchOne(
                    cached: db, sql: "SELECT * FROM partnership WHERE slug = ?",
                    arguments: [partnership]
                ).map(Rows.partnership)
            else { return record }
            record.partnership = found
            guard
                let body = try Row.fetchOne(
                    cached: db, sql: "SELECT * FROM body WHERE partnershipId = ? AND slug = ?",
                    arguments: [found.id, body]
                ).map(Rows.body)
            else { return record }
            record.body = body
            guard
                let id = try Int64.fetchOne(
                    cached: db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?",
                    arguments: [body.id, date.iso]),
                let detail = try MeetingDetailLoader.load(meetingID: id, db)?.visible(to: audience)
            else { return record }
            record.detail = detail
            record.packIssue = try GRDBAgendaRepository.packIssue(of: id, db)
            // Only minutes are approved and corrected.
            if !detail.minutes.isEmpty {
                record.approval = try GRDBMinutesRepository.approval(meetingID: id, db)
                record.corrections = try GRDBMinutesRepository.corrections(meetingID: id, db)
            }
            if detail.grant.edit {
                record.laterMeetings = try String.fetchAll(
                    cached: db,
                    sql: """
                        SELECT date FROM meeting WHERE bodyId = ? AND date > ? ORDER BY date
                        """, arguments: [body.id, date.iso]
                ).compactMap { LocalDate(iso: $0) }
            }
            return record
        }
    }

    public func allMeetingIDs() async throws -> [Int64] {
        try await database.read { db in
            try Int64.fetchAll(
                cached: db,
                sql: """
                    SELECT m.id FROM meeting m JOIN body b ON b.id = m.bodyId JOIN partnership p ON p.id = b.partnershipId
                    ORDER BY p.slug, b.kind = 'sub_group', b.name, m.date
                    """)
        }
    }

    public func meetingDates(of bodyID: Int64) async throws -> [LocalDate] {
        try await database.read { db in
            try String.fetchAll(cached: db, sql: "SELECT date FROM meeting WHERE bodyId = ? ORDER BY date", arguments: [bodyID])
                .compactMap { LocalDate(iso: $0) }
        }
    }
}

/// Loads one meeting, unfiltered, inside a read transaction. Callers filter with `visible(to:)`.
enum MeetingDetailLoader {
    static func load(meetingID: Int64, _ db: Database) throws -> MeetingDetail? {
        guard let meetingRow = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [meetingID]),
            let bodyRow = try Row.fetchOne(cached: db, sql: "SELECT * FROM body WHERE id = ?", arguments: [meetingRow["bodyId"]]),
            let partnershipRow = try Row.fetchOne(
                cached: db, sql: "SELECT * FROM partnership WHERE id = ?",
                arguments: [bodyRow["partnershipId"]])
        else { return nil }
        let meeting = Rows.meeting(meetingRow)
        let body = Rows.body(bodyRow)

        let agenda = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT \(MeetingDetailColumns.agendaItem) FROM agendaItem WHERE meetingId = ? ORDER BY position
                """, arguments: [meetingID], MeetingDetailColumns.agendaItem)
        let attendance = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT \(MeetingDetailColumns.attendance)
                FROM attendance a
                LEFT JOIN person p ON p.id = a.personId
                LEFT JOIN organisation o ON o.id = p.organisationId
                LEFT JOIN person s ON s.id = a.substituteForPersonId
                LEFT JOIN liveItem arrivedItem ON arrivedItem.agendaItemId = a.arrivedDuringItemId
                LEFT JOIN liveItem leftItem ON leftItem.agendaItemId = a.leftDuringItemId
                WHERE a.meetingId = ? ORDER BY a.id
                """, arguments: [meetingID], MeetingDetailColumns.attendanceEntry)

        let next = try Row.fetchOne(
            cached: db,
            sql: """
                SELECT * FROM meeting WHERE bodyId = ? AND date > ? AND status <> 'cancelled' ORDER BY date LIMIT 1
                """, arguments: [body.id, meeting.date.iso]
        ).map(Rows.meeting)

        return MeetingDetail(
            meeting: meeting, body: body, partnership: Rows.partnership(partnershipRow),
            agenda: agenda, attendance: attendance, minutes: try minutes(of: meetingID, db),
            documents: try documents(of: meetingID, db), nextMeeting: next)
    }

    static func minutes(of meetingID: Int64, _ db: Database) throws -> [MinuteDetail] {
        let minutes = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT \(MeetingDetailColumns.minute) FROM minute WHERE meetingId = ? ORDER BY position
                """, arguments: [meetingID], MeetingDetailColumns.minute)
        guard !minutes.isEmpty else { return [] }
        let resolutions = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT \(MeetingDetailColumns.resolution) FROM minute n JOIN resolution r ON r.minuteId = n.id
                    WHERE n.meetingId = ? ORDER BY r.minuteId, r.position
                    """, arguments: [meetingID], MeetingDetailColumns.resolution), by: \.minuteID)

        let owners = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT o.actionId, o.personId, o.seatId, o.organisationId, o.code,
                           COALESCE(p.fullName,
                                    (SELECT hp.fullName FROM seatHolding h JOIN person hp ON hp.id = h.personId
                                     WHERE h.seatId = o.seatId AND h.endDate IS NULL),
                                    s.title, org.name, o.freeText) AS name,
                           o.freeText, a.bodyId AS actionBodyId, bo.name AS actionBodyName
                    FROM minute n JOIN action a ON a.minuteId = n.id JOIN actionOwner o ON o.actionId = a.id
                    LEFT JOIN body bo ON bo.id = a.bodyId
                    LEFT JOIN person p ON p.id = o.personId
                    LEFT JOIN seat s ON s.id = o.seatId
                    LEFT JOIN organisation org ON org.id = o.organisationId
                    WHERE n.meetingId = ? ORDER BY o.actionId, o.id
                    """, arguments: [meetingID], MeetingDetailColumns.actionOwner), by: \.0
        )
        .mapValues { $0.map(\.1) }

        let latest = Dictionary(
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT \(MeetingDetailColumns.actionUpdate) FROM minute n JOIN action a ON a.minuteId = n.id
                    JOIN actionUpdate u ON u.id = (SELECT id FROM actionUpdate WHERE actionId = a.id ORDER BY at DESC, id DESC LIMIT 1)
                    WHERE n.meetingId = ?
                    """, arguments: [meetingID], MeetingDetailColumns.actionUpdate
            ).map { ($0.actionID, $0) }, uniquingKeysWith: { a, _ in a })

        let actions = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT \(MeetingDetailColumns.action) FROM minute n JOIN action a ON a.minuteId = n.id WHERE n.meetingId = ?
                    ORDER BY a.minuteId, a.id
                    """, arguments: [meetingID]
            ) { row -> ActionDetail in
                let (action, isPrivate) = MeetingDetailColumns.action(row)
                return ActionDetail(
                    action: action, owners: owners[action.id] ?? [], latestUpdate: latest[action.id],
                    isPrivate: isPrivate)
            }, by: { $0.action.minuteID ?? 0 })

        // Votes and declarations recorded at the meeting belong to the agenda item, and so to its minute.
        let votes = Dictionary(grouping: try GRDBMeetingDayRepository.votes(meetingID: meetingID, db), by: \.agendaItemID)
        let declarations = Dictionary(grouping: try GRDBMeetingDayRepository.declarations(meetingID: meetingID, db), by: \.agendaItemID)
        return minutes.map { minute in
            MinuteDetail(
                minute: minute, resolutions: resolutions[minute.id] ?? [], actions: actions[minute.id] ?? [],
                votes: minute.agendaItemID.flatMap { votes[$0] } ?? [],
                declarations: minute.agendaItemID.flatMap { declarations[$0] } ?? [])
        }
    }

    static func documents(of meetingID: Int64, _ db: Database) throws -> [DocumentInfo] {
        try Row.fetchAll(
            cached: db,
            sql: """
                SELECT id, agendaItemId, title, filename, mediaType, byteCount, sha256, version, part, isPublished
                FROM document WHERE meetingId = ?
                UNION
                SELECT d.id, d.agendaItemId, d.title, d.filename, d.mediaType, d.byteCount, d.sha256, d.version, d.part, d.isPublished
                FROM agendaItem i JOIN document d ON d.agendaItemId = i.id WHERE i.meetingId = ?
                ORDER BY id
                """, arguments: [meetingID, meetingID], Rows.documentInfo)
    }
}
