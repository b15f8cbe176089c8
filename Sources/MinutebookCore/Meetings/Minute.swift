public struct Minute: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var agendaItemID: Int64?
    public var number: MinuteNumber?
    public var title: String
    public var part: AgendaPart
    public var text: String
    public var postMeetingNote: String?

    public init(
        id: Int64, meetingID: Int64, agendaItemID: Int64? = nil, number: MinuteNumber?, title: String,
        part: AgendaPart = .one, text: String = "", postMeetingNote: String? = nil
    ) {
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
