/// A correction recorded against approved minutes (never an edit of them).
public struct MinuteCorrection: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var minuteID: Int64
    public var text: String
    public var recordedAtMeetingID: Int64?
    public var createdAt: String

    public init(id: Int64, minuteID: Int64, text: String, recordedAtMeetingID: Int64?, createdAt: String) {
        self.id = id
        self.minuteID = minuteID
        self.text = text
        self.recordedAtMeetingID = recordedAtMeetingID
        self.createdAt = createdAt
    }
}
