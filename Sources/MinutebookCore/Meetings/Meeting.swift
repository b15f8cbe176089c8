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

    public init(
        id: Int64, bodyID: Int64, date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil,
        venue: String? = nil, virtualLink: String? = nil, status: MeetingStatus = .scheduled,
        municipalYear: MunicipalYear, sequence: Int = 0
    ) {
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
