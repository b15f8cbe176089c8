/// What the rule needs to know of one imported action.
public struct EvidenceAction: Sendable, Equatable {
    public var actionID: Int64
    public var meetingDate: LocalDate
    public var minute: MinuteNumber?
    public var minuteTitle: String
    /// The resolution and the action's own text.
    public var resolved: String
    /// The document its minutes were imported from, if known.
    public var minutesFile: String?

    public init(
        actionID: Int64, meetingDate: LocalDate, minute: MinuteNumber?, minuteTitle: String, resolved: String,
        minutesFile: String? = nil
    ) {
        self.minutesFile = minutesFile
        self.actionID = actionID
        self.meetingDate = meetingDate
        self.minute = minute
        self.minuteTitle = minuteTitle
        self.resolved = resolved
    }

    /// "Bring an update to the next meeting", "remain on the agenda": the next agenda can answer it.
    public var asksForTheNextMeeting: Bool {
        let text = (resolved).lowercased()
        return text.contains("next meeting") || text.contains("next sbp meeting") || text.contains("remain on the agenda")
            || text.contains("to the next")
    }
}
