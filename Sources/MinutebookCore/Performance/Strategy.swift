/// A partnership's strategy for a span of years (the Community Safety Strategy 2024-27).
public struct Strategy: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    /// The board that owns it; visibility follows this body.
    public var bodyID: Int64
    public var title: String
    public var firstYear: Int
    public var lastYear: Int
    public var isPublished: Bool
    public var priorities: [Priority]

    public init(id: Int64, partnershipID: Int64, bodyID: Int64, title: String, firstYear: Int, lastYear: Int,
                isPublished: Bool = false, priorities: [Priority] = []) {
        self.id = id
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.isPublished = isPublished
        self.priorities = priorities
    }

    /// "2024-27"
    public var span: String {
        let tail = lastYear % 100
        return "\(firstYear)-" + (tail < 10 ? "0\(tail)" : "\(tail)")
    }

    /// The title as printed everywhere (its page, the agenda, the pack): the title with its span, unless the
    /// title already names its years ("Strategy 2026-29", "Strategy 2026-2029", "Strategy 2026/29").
    public var fullTitle: String {
        let tail = lastYear % 100
        let short = tail < 10 ? "0\(tail)" : "\(tail)"
        let spellings = ["\(firstYear)-\(short)", "\(firstYear)-\(lastYear)", "\(firstYear)/\(short)", "\(firstYear)/\(lastYear)",
                         "\(firstYear) - \(short)", "\(firstYear) - \(lastYear)", "\(firstYear) to \(lastYear)", "\(firstYear)–\(short)",
                         "\(firstYear)–\(lastYear)"]
        return spellings.contains { title.contains($0) } ? title : "\(title) \(span)"
    }

    public var allActions: [DeliveryAction] { priorities.flatMap { $0.objectives.flatMap(\.actions) } }
}

/// A strategic priority ("Prevention: being stronger together").
public struct Priority: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var position: Int
    public var name: String
    public var summary: String
    public var objectives: [Objective]

    public init(id: Int64, position: Int, name: String, summary: String = "", objectives: [Objective] = []) {
        self.id = id
        self.position = position
        self.name = name
        self.summary = summary
        self.objectives = objectives
    }
}

public struct Objective: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var position: Int
    public var text: String
    public var actions: [DeliveryAction]

    public init(id: Int64, position: Int, text: String, actions: [DeliveryAction] = []) {
        self.id = id
        self.position = position
        self.text = text
        self.actions = actions
    }
}

/// The lead's own reading of a delivery-plan action.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable {
    case notStarted = "not_started"
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case ahead
    case complete

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        case .ahead: "Exceptionally ahead"
        case .complete: "Complete"
        }
    }
}

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

    public init(id: Int64, position: Int = 0, title: String, lead: String, due: LocalDate? = nil, status: DeliveryStatus = .onTrack,
                progressNote: String = "", milestones: [Milestone] = [], indicatorIDs: [Int64] = []) {
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

public struct Milestone: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var title: String
    public var due: LocalDate
    public var completedOn: LocalDate?

    public init(id: Int64, title: String, due: LocalDate, completedOn: LocalDate? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.completedOn = completedOn
    }

    /// Due before `date` and not completed by then.
    public func isOverdue(on date: LocalDate) -> Bool {
        if let completedOn, completedOn <= date { return false }
        return due < date
    }
}
