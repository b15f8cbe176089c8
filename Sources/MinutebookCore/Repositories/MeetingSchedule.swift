/// When and where a new meeting is held.
public struct MeetingSchedule: Sendable, Equatable {
    public var bodyID: Int64
    public var date: LocalDate
    public var start: LocalTime?
    public var venue: String?
    public var virtualLink: String?

    public init(bodyID: Int64, date: LocalDate, start: LocalTime? = nil, venue: String? = nil, virtualLink: String? = nil) {
        self.bodyID = bodyID
        self.date = date
        self.start = start
        self.venue = venue
        self.virtualLink = virtualLink
    }
}
