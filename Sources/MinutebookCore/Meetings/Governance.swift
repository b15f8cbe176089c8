/// Plain values of the governance model (DOMAIN.md). Ids are the store's row ids.
/// Repositories return these; Store keeps its GRDB records private.

public struct Partnership: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var slug: String
    public var name: String
    public var yearStart: MunicipalYearStart
    public var firstMinuteNumber: Int

    public init(id: Int64, slug: String, name: String, yearStart: MunicipalYearStart = .may, firstMinuteNumber: Int = 1) {
        self.id = id
        self.slug = slug
        self.name = name
        self.yearStart = yearStart
        self.firstMinuteNumber = firstMinuteNumber
    }

    public var numbering: MinuteNumbering { MinuteNumbering(yearStart: yearStart, firstNumber: firstMinuteNumber) }
}

public struct Organisation: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var name: String
    public var abbreviation: String?

    public init(id: Int64, partnershipID: Int64, name: String, abbreviation: String? = nil) {
        self.id = id
        self.partnershipID = partnershipID
        self.name = name
        self.abbreviation = abbreviation
    }
}

public struct Person: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var fullName: String
    public var honorific: String?
    /// Initials as used in Action columns ("RV"); derived from the name when not set.
    public var initials: String
    public var organisationID: Int64?
    /// Private: shown only to audiences whose grant includes contact details.
    public var email: String?

    public init(id: Int64, partnershipID: Int64, fullName: String, honorific: String? = nil, initials: String? = nil,
                organisationID: Int64? = nil, email: String? = nil) {
        self.id = id
        self.partnershipID = partnershipID
        self.fullName = fullName
        self.honorific = honorific
        self.initials = initials ?? Person.initials(of: fullName)
        self.organisationID = organisationID
        self.email = email
    }

    /// "Rob Vale" → "RV"; "Mary-Jane O'Neil" → "MO".
    public static func initials(of name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " }).compactMap { $0.first(where: \.isLetter) }.map { Character($0.uppercased()) }
            .prefix(3))
    }
}

public struct Body: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var slug: String
    public var name: String
    public var kind: BodyKind
    public var reportsToBodyID: Int64?
    public var isPublic: Bool

    public init(id: Int64, partnershipID: Int64, slug: String, name: String, kind: BodyKind,
                reportsToBodyID: Int64? = nil, isPublic: Bool = true) {
        self.id = id
        self.partnershipID = partnershipID
        self.slug = slug
        self.name = name
        self.kind = kind
        self.reportsToBodyID = reportsToBodyID
        self.isPublic = isPublic
    }
}

public struct Seat: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    /// The role that defines the seat ("Borough Police Commander"), so successors are known.
    public var title: String
    public var organisationID: Int64?
    public var role: SeatRole

    public init(id: Int64, bodyID: Int64, title: String, organisationID: Int64? = nil, role: SeatRole = .member) {
        self.id = id
        self.bodyID = bodyID
        self.title = title
        self.organisationID = organisationID
        self.role = role
    }
}

public struct SeatHolding: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var seatID: Int64
    public var personID: Int64
    public var start: LocalDate
    public var end: LocalDate?

    public init(id: Int64, seatID: Int64, personID: Int64, start: LocalDate, end: LocalDate? = nil) {
        self.id = id
        self.seatID = seatID
        self.personID = personID
        self.start = start
        self.end = end
    }

    /// Held on `date` (start inclusive, end inclusive).
    public func isHeld(on date: LocalDate) -> Bool { start <= date && (end.map { date <= $0 } ?? true) }
}

public struct Meeting: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var date: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    public var venue: String?
    public var virtualLink: String?
    public var status: MeetingStatus
    public var municipalYear: MunicipalYear
    /// Bumped whenever the date, time, place or status changes: the iCalendar SEQUENCE.
    public var sequence: Int

    public init(id: Int64, bodyID: Int64, date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil,
                venue: String? = nil, virtualLink: String? = nil, status: MeetingStatus = .scheduled,
                municipalYear: MunicipalYear, sequence: Int = 0) {
        self.id = id
        self.bodyID = bodyID
        self.date = date
        self.start = start
        self.end = end
        self.venue = venue
        self.virtualLink = virtualLink
        self.status = status
        self.municipalYear = municipalYear
        self.sequence = sequence
    }
}

public struct AgendaItem: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var position: Int
    /// As printed on the agenda ("5", "15a").
    public var number: String?
    public var title: String
    public var part: AgendaPart
    public var exemptReason: String?
    public var isStanding: Bool
    public var leadOfficer: String?
    public var reportReference: String?

    public init(id: Int64, meetingID: Int64, position: Int, number: String?, title: String, part: AgendaPart = .one,
                exemptReason: String? = nil, isStanding: Bool = false, leadOfficer: String? = nil, reportReference: String? = nil) {
        self.id = id
        self.meetingID = meetingID
        self.position = position
        self.number = number
        self.title = title
        self.part = part
        self.exemptReason = exemptReason
        self.isStanding = isStanding
        self.leadOfficer = leadOfficer
        self.reportReference = reportReference
    }
}

public struct Minute: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var agendaItemID: Int64?
    public var number: MinuteNumber?
    public var title: String
    public var part: AgendaPart
    public var text: String
    public var postMeetingNote: String?

    public init(id: Int64, meetingID: Int64, agendaItemID: Int64? = nil, number: MinuteNumber?, title: String,
                part: AgendaPart = .one, text: String = "", postMeetingNote: String? = nil) {
        self.id = id
        self.meetingID = meetingID
        self.agendaItemID = agendaItemID
        self.number = number
        self.title = title
        self.part = part
        self.text = text
        self.postMeetingNote = postMeetingNote
    }
}

public struct Resolution: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var minuteID: Int64
    public var position: Int
    public var text: String
    /// How many paragraphs of the minute's text come before this decision; nil: after all of them.
    public var place: Int?

    public init(id: Int64, minuteID: Int64, position: Int, text: String, place: Int? = nil) {
        self.id = id
        self.minuteID = minuteID
        self.position = position
        self.text = text
        self.place = place
    }
}

public struct Action: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var minuteID: Int64?
    public var resolutionID: Int64?
    public var text: String
    public var due: LocalDate?
    public var status: ActionStatus

    public init(id: Int64, bodyID: Int64, minuteID: Int64?, resolutionID: Int64? = nil, text: String,
                due: LocalDate? = nil, status: ActionStatus = .open) {
        self.id = id
        self.bodyID = bodyID
        self.minuteID = minuteID
        self.resolutionID = resolutionID
        self.text = text
        self.due = due
        self.status = status
    }
}
