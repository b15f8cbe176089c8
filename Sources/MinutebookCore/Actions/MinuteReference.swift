/// The minute an action came from, as printed in the report's first column.
public struct MinuteReference: Sendable, Equatable, Codable {
    public var minuteID: Int64
    public var meetingID: Int64
    public var number: MinuteNumber?
    public var meetingDate: LocalDate
    public var title: String
    public var part: AgendaPart
    public var meetingStatus: MeetingStatus

    public init(
        minuteID: Int64, meetingID: Int64, number: MinuteNumber?, meetingDate: LocalDate, title: String,
        part: AgendaPart = .one, meetingStatus: MeetingStatus = .minutesDrafted
    ) {
        self.minuteID = minuteID
        self.meetingID = meetingID
        self.number = number
        self.meetingDate = meetingDate
        self.title = title
        self.part = part
        self.meetingStatus = meetingStatus
    }

    /// "Minute 186a, 19 December 2017"
    public var label: String {
        (number.map { "Minute \($0.text)" } ?? "Minute") + ", " + meetingDate.long
    }
}
