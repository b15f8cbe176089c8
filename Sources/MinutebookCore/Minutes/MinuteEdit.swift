/// A draft minute as saved: narrative, decisions in order, post-meeting note and actions.
public struct MinuteEdit: Sendable, Equatable {
    public var minuteID: Int64
    public var text: String
    public var postMeetingNote: String?
    public var resolutions: [String]
    public var actions: [ActionInput]

    public init(minuteID: Int64, text: String, postMeetingNote: String? = nil, resolutions: [String] = [], actions: [ActionInput] = []) {
        self.minuteID = minuteID
        self.text = text
        self.postMeetingNote = postMeetingNote
        self.resolutions = resolutions
        self.actions = actions
    }
}
