public struct Action: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var minuteID: Int64?
    public var resolutionID: Int64?
    public var text: String
    public var due: LocalDate?
    public var status: ActionStatus

    public init(
        id: Int64, bodyID: Int64, minuteID: Int64?, resolutionID: Int64? = nil, text: String,
        due: LocalDate? = nil, status: ActionStatus = .open
    ) {
        self.id = id
        self.bodyID = bodyID
        self.minuteID = minuteID
        self.resolutionID = resolutionID
        self.text = text
        self.due = due
        self.status = status
    }
}
