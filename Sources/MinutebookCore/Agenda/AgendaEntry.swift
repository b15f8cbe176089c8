/// An agenda item with what the agenda page and the pack print about it.
public struct AgendaEntry: Sendable, Equatable, Identifiable {
    public var item: AgendaItem
    /// 0 for a numbered item, 1 for a lettered sub-item (15a).
    public var level: Int
    public var kind: StandingItemKind?
    /// A standing kind stored under a name `StandingItemKind` does not know: nothing can fill such an item,
    /// so the pack builder warns about it rather than leaving it silently empty.
    public var unknownKind: String?
    public var description: String?
    /// A report is expected; the pack says so when none is attached.
    public var expectsReport: Bool
    public var isSupplementary: Bool
    public var forwardPlanItemID: Int64?
    /// Every version, newest first.
    public var reports: [ReportVersion]

    public var id: Int64 { item.id }
    public var latestReport: ReportVersion? { reports.first }

    public init(
        item: AgendaItem, level: Int = 0, kind: StandingItemKind? = nil, description: String? = nil,
        expectsReport: Bool = false, isSupplementary: Bool = false, forwardPlanItemID: Int64? = nil,
        reports: [ReportVersion] = [], unknownKind: String? = nil
    ) {
        self.item = item
        self.level = level
        self.kind = kind
        self.unknownKind = kind == nil ? unknownKind : nil
        self.description = description
        self.expectsReport = expectsReport
        self.isSupplementary = isSupplementary
        self.forwardPlanItemID = forwardPlanItemID
        self.reports = reports
    }
}

extension AgendaEntry {
    /// An item added once the agenda is published (or its pack issued) joins it as a supplementary item,
    /// printed under "Supplementary items" and said so to whoever added it; before that it is an
    /// ordinary item. Every way onto an agenda (the agenda page, the forward plan, a sub-group's report,
    /// a performance report) asks this.
    public static func joinsAsSupplementary(meetingStatus: MeetingStatus, packIssued: Bool) -> Bool {
        packIssued || (meetingStatus >= .agendaPublished && meetingStatus != .cancelled)
    }
}
