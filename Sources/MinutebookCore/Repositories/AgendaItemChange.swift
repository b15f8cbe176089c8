/// Changes to one agenda item; nil fields stay as they are.
public struct AgendaItemChange: Sendable, Equatable {
    public var title: String?
    public var level: Int?
    public var description: String??
    public var part: AgendaPart?
    public var exemptReason: String??
    public var leadOfficer: String??
    public var reportReference: String??
    public var expectsReport: Bool?

    public init(
        title: String? = nil, level: Int? = nil, description: String?? = nil, part: AgendaPart? = nil,
        exemptReason: String?? = nil, leadOfficer: String?? = nil, reportReference: String?? = nil,
        expectsReport: Bool? = nil
    ) {
        self.title = title
        self.level = level
        self.description = description
        self.part = part
        self.exemptReason = exemptReason
        self.leadOfficer = leadOfficer
        self.reportReference = reportReference
        self.expectsReport = expectsReport
    }
}
