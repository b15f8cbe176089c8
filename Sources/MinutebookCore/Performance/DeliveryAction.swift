/// An action of the delivery plan, with its lead and milestones, and the indicators that evidence it.
public struct DeliveryAction: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var position: Int
    public var title: String
    /// Who leads ("Head of Community Safety, council").
    public var lead: String
    public var due: LocalDate?
    public var status: DeliveryStatus
    public var progressNote: String
    public var milestones: [Milestone]
    public var indicatorIDs: [Int64]

    public init(
        id: Int64, position: Int = 0, title: String, lead: String, due: LocalDate? = nil, status: DeliveryStatus = .onTrack,
        progressNote: String = "", milestones: [Milestone] = [], indicatorIDs: [Int64] = []
    ) {
        self.id = id
        self.position = position
        self.title = title
        self.lead = lead
        self.due = due
        self.status = status
        self.progressNote = progressNote
        self.milestones = milestones
        self.indicatorIDs = indicatorIDs
    }
}
