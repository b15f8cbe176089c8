import MinutebookCore

/// A partnership's governance written as values, for tests: partnerships, organisations, people,
/// bodies, seats and their holders, meetings with their agenda, attendance, minutes, resolutions,
/// actions and documents. Each call returns the new record's id (given, or the next free one) and
/// adds its statement in the order of the calls, so a meeting is approved after its minutes are
/// written, as the store's locks require. `sql` is portable SQL that any store backend's fixture hook
/// runs (`execute`), so the same world seeds SQLite today and a second backend tomorrow.
///
/// Dates are ISO strings ("2021-06-10"); the municipal year of a meeting or minute is worked out from
/// its date (May start).
public struct TestWorld: Sendable {
    public internal(set) var statements: [String] = []
    var lastIDs: [String: Int64] = [:]
    /// Each meeting's body and date, so its minutes need not repeat them.
    var meetings: [Int64: (body: Int64, date: String)] = [:]

    public init() {}

    /// Every statement, in order, as one script.
    public var sql: String { statements.joined(separator: "\n") }

    // MARK: The directory

    @discardableResult
    public mutating func partnership(_ name: String, slug: String, reportReferencePattern: String? = nil, id: Int64? = nil) -> Int64 {
        insert("partnership", id: id, ["slug": .text(slug), "name": .text(name), "reportReferencePattern": .optionalText(reportReferencePattern)])
    }

    @discardableResult
    public mutating func organisation(
        _ name: String, abbreviation: String? = nil, sector: String? = nil, in partnership: Int64,
        id: Int64? = nil
    ) -> Int64 {
        insert(
            "organisation", id: id,
            [
                "partnershipId": .int(partnership), "name": .text(name),
                "abbreviation": .optionalText(abbreviation), "sector": .optionalText(sector)
            ])
    }

    @discardableResult
    public mutating func person(
        _ fullName: String, honorific: String? = nil, initials: String? = nil, organisation: Int64? = nil,
        email: String? = nil, phone: String? = nil, in partnership: Int64, id: Int64? = nil
    ) -> Int64 {
        insert(
            "person", id: id,
            [
                "partnershipId": .int(partnership), "fullName": .text(fullName), "honorific": .optionalText(honorific),
                "initials": .optionalText(initials),
                "organisationId": .optionalInt(organisation), "email": .optionalText(email), "phone": .optionalText(phone)
            ])
    }

    /// A job title held from `from` (to `to`, when it ended).
    public mutating func jobTitle(_ title: String, of person: Int64, at organisation: Int64? = nil, from: String, to: String? = nil) {
        append(
            "jobTitle",
            [
                "personId": .int(person), "title": .text(title), "organisationId": .optionalInt(organisation),
                "startDate": .text(from), "endDate": .optionalText(to)
            ])
    }

    @discardableResult
    public mutating func body(
        _ name: String, slug: String, kind: BodyKind = .board, reportsTo: Int64? = nil, isPublic: Bool = true,
        defaultVenue: String? = nil, in partnership: Int64, id: Int64? = nil
    ) -> Int64 {
        var values: [String: SQLValue] = [
            "partnershipId": .int(partnership), "slug": .text(slug), "name": .text(name),
            "kind": .text(kind.rawValue), "reportsToBodyId": .optionalInt(reportsTo),
            "defaultVenue": .optionalText(defaultVenue)
        ]
        if !isPublic { values["isPublic"] = .int(0) }
        return insert("body", id: id, values)
    }

    @discardableResult
    public mutating func seat(
        _ title: String, on body: Int64, role: SeatRole = .member, organisation: Int64? = nil,
        position: Int = 0, abolishedOn: String? = nil, id: Int64? = nil
    ) -> Int64 {
        insert(
            "seat", id: id,
            [
                "bodyId": .int(body), "title": .text(title), "organisationId": .optionalInt(organisation),
                "role": .text(role.rawValue), "position": .int(Int64(position)), "abolishedOn": .optionalText(abolishedOn)
            ])
    }

    /// `person` holds `seat` from `from` (to `to`, when they handed it over).
    public mutating func holding(_ seat: Int64, by person: Int64, from: String, to: String? = nil) {
        append("seatHolding", ["seatId": .int(seat), "personId": .int(person), "startDate": .text(from), "endDate": .optionalText(to)])
    }

    // MARK: Meetings

    @discardableResult
    public mutating func meeting(
        of body: Int64, on date: String, status: MeetingStatus = .scheduled, start: String? = nil,
        end: String? = nil, venue: String? = nil, id: Int64? = nil
    ) -> Int64 {
        let id = insert(
            "meeting", id: id,
            [
                "bodyId": .int(body), "date": .text(date), "municipalYear": .int(Self.municipalYear(date)),
                "startTime": .optionalText(start), "endTime": .optionalText(end), "venue": .optionalText(venue),
                "status": .text(status.rawValue)
            ])
        meetings[id] = (body, date)
        return id
    }

    /// An agenda item; its position is the next on the meeting's agenda unless given, its number the position unless
    /// given; `level` 1 is a sub-item (6a under 6).
    @discardableResult
    public mutating func item(
        _ title: String, on meeting: Int64, number: String? = nil, level: Int = 0, part: AgendaPart = .one,
        exemptReason: String? = nil, isStanding: Bool = false, standing: StandingItemKind? = nil,
        expectsReport: Bool = false, position: Int? = nil, id: Int64? = nil
    ) -> Int64 {
        let position = position.map(Int64.init) ?? next(counter: "agendaItem@\(meeting)")
        var values: [String: SQLValue] = [
            "meetingId": .int(meeting), "position": .int(position), "number": .text(number ?? String(position)),
            "title": .text(title), "part": .int(Int64(part.rawValue)),
            "exemptReason": .optionalText(exemptReason), "isStanding": .int(isStanding || standing != nil ? 1 : 0)
        ]
        if let standing { values["standingKind"] = .text(standing.rawValue) }
        if expectsReport { values["expectsReport"] = .int(1) }
        if level != 0 { values["level"] = .int(Int64(level)) }
        return insert("agendaItem", id: id, values)
    }

    /// One line of a meeting's attendance; `substituteFor` names the person a substitute sat for.
    public mutating func attendance(
        at meeting: Int64, _ name: String, person: Int64? = nil, role: String? = nil,
        status: AttendanceStatus = .present, position: SeatRole? = nil, substituteFor: Int64? = nil
    ) {
        var values: [String: SQLValue] = [
            "meetingId": .int(meeting), "personId": .optionalInt(person), "name": .text(name),
            "roleText": .optionalText(role), "status": .text(status.rawValue),
            "position": .optionalText(position?.rawValue)
        ]
        if let substituteFor { values["substituteForPersonId"] = .int(substituteFor) }
        append("attendance", values)
    }

    /// A minute of `meeting`, numbered `number` + `letter`; its body and municipal year are the meeting's (or
    /// `body` and the year of `date`, for a meeting this world did not make).
    @discardableResult
    public mutating func minute(
        _ title: String, number: Int?, letter: String = "", text: String, part: AgendaPart = .one,
        of meeting: Int64, body: Int64? = nil, date: String? = nil, item: Int64? = nil, id: Int64? = nil
    ) -> Int64 {
        let position = next(counter: "minute@\(meeting)")
        let body = body ?? meetings[meeting]?.body ?? 0
        let date = date ?? meetings[meeting]?.date ?? ""
        return insert(
            "minute", id: id,
            [
                "meetingId": .int(meeting), "agendaItemId": .optionalInt(item), "bodyId": .int(body),
                "municipalYear": .int(Self.municipalYear(date)), "position": .int(position),
                "number": .optionalInt(number.map(Int64.init)), "letter": .text(letter), "title": .text(title),
                "part": .int(Int64(part.rawValue)), "text": .text(text)
            ])
    }

    @discardableResult
    /// A resolution of a minute; `place` is how many paragraphs of the minute's text come before it (nil: after the text).
    public mutating func resolution(_ text: String, of minute: Int64, place: Int? = nil, id: Int64? = nil) -> Int64 {
        let position = next(counter: "resolution@\(minute)")
        return insert(
            "resolution", id: id,
            [
                "minuteId": .int(minute), "position": .int(position), "text": .text(text),
                "place": .optionalInt(place.map(Int64.init))
            ])
    }

    @discardableResult
    public mutating func action(
        _ text: String, body: Int64, minute: Int64? = nil, resolution: Int64? = nil, due: String? = nil,
        status: ActionStatus = .open, isPrivate: Bool = false, id: Int64? = nil
    ) -> Int64 {
        insert(
            "action", id: id,
            [
                "bodyId": .int(body), "minuteId": .optionalInt(minute), "resolutionId": .optionalInt(resolution),
                "text": .text(text), "dueDate": .optionalText(due), "status": .text(status.rawValue),
                "isPrivate": .int(isPrivate ? 1 : 0)
            ])
    }

    /// An owner of an action: a person, a seat, or both, with the code the minutes print (or free text not yet matched).
    public mutating func owner(of action: Int64, person: Int64? = nil, seat: Int64? = nil, code: String? = nil, freeText: String? = nil) {
        append(
            "actionOwner",
            [
                "actionId": .int(action), "personId": .optionalInt(person), "seatId": .optionalInt(seat),
                "code": .optionalText(code), "freeText": .optionalText(freeText)
            ])
    }

    /// An update written on an action at `at` (an ISO timestamp) by `author` (a person of the directory, when
    /// `person` is given), perhaps moving its status.
    public mutating func update(
        on action: Int64, at: String, by author: String, person: Int64? = nil, _ text: String,
        from: ActionStatus? = nil, to: ActionStatus? = nil
    ) {
        append(
            "actionUpdate",
            [
                "actionId": .int(action), "at": .text(at), "authorName": .text(author),
                "authorPersonId": .optionalInt(person), "text": .text(text),
                "statusFrom": .optionalText(from?.rawValue), "statusTo": .optionalText(to?.rawValue)
            ])
    }

    /// A stored document (no content) of a meeting, or of one of its items.
    @discardableResult
    public mutating func document(
        _ title: String, filename: String, of meeting: Int64, item: Int64? = nil, in partnership: Int64,
        mediaType: String = "application/pdf", bytes: Int = 1000, part: AgendaPart = .one,
        isPublished: Bool = true, text: String? = nil, id: Int64? = nil
    ) -> Int64 {
        let digit = String(next(counter: "document-digest") % 10)
        return insert(
            "document", id: id,
            [
                "partnershipId": .int(partnership), "meetingId": .int(meeting), "agendaItemId": .optionalInt(item),
                "title": .text(title), "filename": .text(filename), "mediaType": .text(mediaType),
                "byteCount": .int(Int64(bytes)), "sha256": .text(String(repeating: digit, count: 64)),
                "part": .int(Int64(part.rawValue)), "isPublished": .int(isPublished ? 1 : 0),
                "text": .optionalText(text)
            ])
    }

    /// A vote taken at an agenda item; the outcome follows `VoteTally`'s rule. `ballots` is the roll
    /// call of a recorded vote (name, person, choice).
    @discardableResult
    public mutating func vote(
        at item: Int64, motion: String, kind: VoteKind = .showOfHands, tally: VoteTally, presentVoting: Int,
        quorum: Int = 3, ballots: [(name: String, person: Int64?, choice: VoteChoice)] = [], id: Int64? = nil
    ) -> Int64 {
        let vote = insert(
            "vote", id: id,
            [
                "agendaItemId": .int(item), "motion": .text(motion), "kind": .text(kind.rawValue),
                "votesFor": .int(Int64(tally.votesFor)), "votesAgainst": .int(Int64(tally.against)),
                "abstentions": .int(Int64(tally.abstentions)), "castingVote": .optionalText(tally.castingVote?.rawValue),
                "outcome": .text(tally.outcome.rawValue), "presentVoting": .int(Int64(presentVoting)),
                "quorum": .int(Int64(quorum))
            ])
        for ballot in ballots {
            append(
                "voteBallot",
                [
                    "voteId": .int(vote), "personId": .optionalInt(ballot.person), "name": .text(ballot.name),
                    "choice": .text(ballot.choice.rawValue)
                ])
        }
        return vote
    }

    /// A declaration of interest made at an agenda item.
    @discardableResult
    public mutating func declaration(
        at item: Int64, _ name: String, person: Int64? = nil, kind: InterestKind = .other, _ text: String,
        id: Int64? = nil
    ) -> Int64 {
        insert(
            "declaration", id: id,
            [
                "agendaItemId": .int(item), "personId": .optionalInt(person), "name": .text(name),
                "kind": .text(kind.rawValue), "text": .text(text)
            ])
    }

    /// Approves `meeting`'s minutes on `date` (at the meeting `later`, when it is known), after which the store
    /// refuses changes to them.
    public mutating func approve(_ meeting: Int64, on date: String, at later: Int64? = nil) {
        statements.append(
            "UPDATE meeting SET status = 'minutes_approved', approvedAt = \(SQLValue.text(date).sql), "
                + "approvedAtMeetingId = \(SQLValue.optionalInt(later).sql) WHERE id = \(meeting);")
    }

    /// The municipal year (May start) of an ISO date; 0 for a date that does not parse.
    static func municipalYear(_ date: String) -> Int64 {
        LocalDate(iso: date).map { Int64(MunicipalYear(containing: $0).startYear) } ?? 0
    }
}

extension TestWorld {
    /// A value as SQL writes it: text quoted with its quotes doubled, absent as NULL.
    enum SQLValue: Sendable {
        case int(Int64)
        case real(Double)
        case text(String)
        case null

        static func optionalInt(_ value: Int64?) -> SQLValue { value.map(SQLValue.int) ?? .null }
        static func optionalText(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }

        var sql: String {
            switch self {
            case .int(let value): String(value)
            case .real(let value): String(value)
            case .text(let value): "'" + value.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            case .null: "NULL"
            }
        }
    }

    /// Inserts a row with an id (given, or one past the last of its table) and returns the id.
    mutating func insert(_ table: String, id: Int64?, _ values: [String: SQLValue]) -> Int64 {
        let id = id ?? (lastIDs[table] ?? 0) + 1
        lastIDs[table] = max(lastIDs[table] ?? 0, id)
        append(table, values.merging(["id": .int(id)]) { $1 })
        return id
    }

    mutating func append(_ table: String, _ values: [String: SQLValue]) {
        let columns = values.keys.sorted()
        statements.append(
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
                + columns.map { values[$0]?.sql ?? "NULL" }.joined(separator: ", ") + ");")
    }

    /// The next number of a running count (positions within a meeting, a minute, ...).
    mutating func next(counter: String) -> Int64 {
        let value = (lastIDs[counter] ?? 0) + 1
        lastIDs[counter] = value
        return value
    }
}
