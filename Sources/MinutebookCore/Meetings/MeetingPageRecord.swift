/// What the meeting page reads in one transaction: the partnership and body named in its address,
/// the meeting as the audience may see it, its approval and corrections, and (for those who may edit)
/// the body's later meeting dates. A nil field means the address named nothing there.
public struct MeetingPageRecord: Sendable, Equatable {
    public var partnership: Partnership?
    public var body: Body?
    public var detail: MeetingDetail?
    public var approval: ApprovalRecord?
    public var corrections: [MinuteCorrection]
    /// Later meetings of the body, for the approval form; empty unless the audience may edit.
    public var laterMeetings: [LocalDate]
    /// The latest issue of the meeting's agenda pack, if issued (the page links it).
    public var packIssue: PackIssue?

    public init(
        partnership: Partnership? = nil, body: Body? = nil, detail: MeetingDetail? = nil, approval: ApprovalRecord? = nil,
        corrections: [MinuteCorrection] = [], laterMeetings: [LocalDate] = []
    ) {
        self.partnership = partnership
        self.body = body
        self.detail = detail
        self.approval = approval
        self.corrections = corrections
        self.laterMeetings = laterMeetings
    }
}
