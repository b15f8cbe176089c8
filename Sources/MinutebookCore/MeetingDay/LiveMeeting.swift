/// A meeting in progress (or closed): its items in agenda order.
public struct LiveMeeting: Sendable, Equatable {
    public var meetingID: Int64
    public var openedAt: String
    public var closedAt: String?
    public var items: [LiveItem]

    public init(meetingID: Int64, openedAt: String, closedAt: String? = nil, items: [LiveItem]) {
        self.meetingID = meetingID
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.items = items
    }

    public var isClosed: Bool { closedAt != nil }
    /// Items not yet taken, deferred or withdrawn: the meeting cannot close while any remain.
    public var pending: [LiveItem] { items.filter { $0.state == .pending } }
    /// Items in the order of their minute numbers.
    public var numbered: [LiveItem] { items.filter { $0.number != nil }.sorted { ($0.number ?? MinuteNumber(0)) < ($1.number ?? MinuteNumber(0)) } }
}
