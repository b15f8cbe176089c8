/// A minute with its decisions and the actions arising.
public struct MinuteDetail: Sendable, Equatable {
    public var minute: Minute
    public var resolutions: [Resolution]
    public var actions: [ActionDetail]
    /// Votes taken at the item (recorded at the meeting), seen with the minute that records them.
    public var votes: [RecordedVote]
    /// Declarations of interest in the item, seen with the minute that records them.
    public var declarations: [InterestDeclaration]

    public init(
        minute: Minute, resolutions: [Resolution] = [], actions: [ActionDetail] = [], votes: [RecordedVote] = [],
        declarations: [InterestDeclaration] = []
    ) {
        self.minute = minute
        self.resolutions = resolutions
        self.actions = actions
        self.votes = votes
        self.declarations = declarations
    }
}
