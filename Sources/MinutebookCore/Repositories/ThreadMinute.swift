/// One minute of a thread: a matter that came back to later meetings.
public struct ThreadMinute: Sendable, Equatable {
    public var minute: MinuteReference
    public var text: String
    public var resolutions: [String]

    public init(minute: MinuteReference, text: String, resolutions: [String]) {
        self.minute = minute
        self.text = text
        self.resolutions = resolutions
    }
}
