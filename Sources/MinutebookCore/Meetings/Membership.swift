/// A seat with whoever holds it on a given date.
public struct SeatOccupancy: Sendable, Equatable {
    public var seat: Seat
    public var organisation: String?
    /// Nil when the seat is vacant that day.
    public var holder: Person?
    /// The holder's job title that day.
    public var holderJobTitle: String?
    public var since: LocalDate?

    public init(seat: Seat, organisation: String? = nil, holder: Person? = nil, holderJobTitle: String? = nil, since: LocalDate? = nil) {
        self.seat = seat
        self.organisation = organisation
        self.holder = holder
        self.holderJobTitle = holderJobTitle
        self.since = since
    }
}

/// A person's job title over a period.
public struct JobTitle: Sendable, Equatable, Codable {
    public var title: String
    public var organisation: String?
    public var start: LocalDate
    public var end: LocalDate?

    public init(title: String, organisation: String? = nil, start: LocalDate, end: LocalDate? = nil) {
        self.title = title
        self.organisation = organisation
        self.start = start
        self.end = end
    }
}

/// One seat a person held, on which body, from when to when.
public struct SeatTenure: Sendable, Equatable {
    public var seat: Seat
    public var body: Body
    public var start: LocalDate
    public var end: LocalDate?

    public init(seat: Seat, body: Body, start: LocalDate, end: LocalDate? = nil) {
        self.seat = seat
        self.body = body
        self.start = start
        self.end = end
    }
}

/// A person with their organisation, job titles and seats, newest first.
public struct PersonDetail: Sendable, Equatable {
    public var person: Person
    public var organisation: Organisation?
    public var jobTitles: [JobTitle]
    public var seats: [SeatTenure]

    public init(person: Person, organisation: Organisation? = nil, jobTitles: [JobTitle] = [], seats: [SeatTenure] = []) {
        self.person = person
        self.organisation = organisation
        self.jobTitles = jobTitles
        self.seats = seats
    }

    /// The job title held on `date`.
    public func jobTitle(on date: LocalDate) -> JobTitle? {
        jobTitles.first { $0.start <= date && ($0.end.map { date <= $0 } ?? true) }
    }
}

/// Attendance counts: a line per status, plus the share of meetings attended.
public struct AttendanceStats: Sendable, Equatable {
    public var counts: [AttendanceStatus: Int]

    public init(counts: [AttendanceStatus: Int] = [:]) { self.counts = counts }

    public subscript(status: AttendanceStatus) -> Int { counts[status] ?? 0 }

    /// Meetings the person (or organisation) was expected at or took part in.
    public var meetings: Int { counts.values.reduce(0, +) }
    public var attended: Int { counts.filter { $0.key.attended }.values.reduce(0, +) }

    /// Attended as a whole percentage of meetings, nil when there were none.
    public var attendedPercent: Int? {
        meetings == 0 ? nil : (attended * 100 + meetings / 2) / meetings
    }
}
