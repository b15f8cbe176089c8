/// Everything about one meeting that a page, the API or an export shows, already filtered for one
/// `Audience` by `Visibility` (see `MeetingDetail.visible(to:)`). Repositories build it unfiltered and
/// return only the filtered value, so nothing downstream decides what may be seen.
public struct MeetingDetail: Sendable, Equatable {
    public var meeting: Meeting
    public var body: Body
    public var partnership: Partnership
    /// What the audience this detail was filtered for may see of the body.
    public var grant: Visibility.Grant
    public var agenda: [AgendaItem]
    public var attendance: [AttendanceEntry]
    public var minutes: [MinuteDetail]
    public var documents: [DocumentInfo]
    /// The body's next meeting after this one (not cancelled), if any.
    public var nextMeeting: Meeting?
    /// Part 2 items, minutes or documents the audience may not see; pages say "n exempt items".
    public var withheldCount: Int

    public init(
        meeting: Meeting, body: Body, partnership: Partnership, grant: Visibility.Grant = .everything,
        agenda: [AgendaItem] = [], attendance: [AttendanceEntry] = [], minutes: [MinuteDetail] = [],
        documents: [DocumentInfo] = [], nextMeeting: Meeting? = nil, withheldCount: Int = 0
    ) {
        self.meeting = meeting
        self.body = body
        self.partnership = partnership
        self.grant = grant
        self.agenda = agenda
        self.attendance = attendance
        self.minutes = minutes
        self.documents = documents
        self.nextMeeting = nextMeeting
        self.withheldCount = withheldCount
    }

    /// Whether the minutes shown are a draft (not yet approved at the next meeting).
    public var minutesAreDraft: Bool { meeting.status != .minutesApproved && !minutes.isEmpty }
}
