public struct AgendaItem: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var position: Int
    /// As printed on the agenda ("5", "15a").
    public var number: String?
    public var title: String
    public var part: AgendaPart
    public var exemptReason: String?
    public var isStanding: Bool
    public var leadOfficer: String?
    public var reportReference: String?

    public init(
        id: Int64, meetingID: Int64, position: Int, number: String?, title: String, part: AgendaPart = .one,
        exemptReason: String? = nil, isStanding: Bool = false, leadOfficer: String? = nil, reportReference: String? = nil
    ) {
        self.id = id
        self.meetingID = meetingID
        self.position = position
        self.number = number
        self.title = title
        self.part = part
        self.exemptReason = exemptReason
        self.isStanding = isStanding
        self.leadOfficer = leadOfficer
        self.reportReference = reportReference
    }
}
