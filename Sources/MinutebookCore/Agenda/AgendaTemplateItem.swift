/// One standing item of a body's agenda template, in order.
public struct AgendaTemplateItem: Sendable, Equatable {
    public var title: String
    public var kind: StandingItemKind?
    /// Text printed under the item on the agenda.
    public var description: String?
    /// A standing Part 2 item (such as a confidential case review) is drafted with the other Part 2 items.
    public var part: AgendaPart
    public var exemptReason: String?

    public init(
        title: String, kind: StandingItemKind? = nil, description: String? = nil, part: AgendaPart = .one,
        exemptReason: String? = nil
    ) {
        self.title = title
        self.kind = kind
        self.description = description
        self.part = part
        self.exemptReason = part == .two ? exemptReason : nil
    }

    /// Field problems, as (field, message) for forms and the CLI.
    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if title.trimmed.isEmpty { problems.append(("title", "Enter the standing item's title")) }
        if part == .two && (exemptReason ?? "").trimmed.isEmpty {
            problems.append(("exemptReason", "Give the exempt reason for a Part 2 standing item"))
        }
        return problems
    }

    /// The template a new body starts with: the standing items of the 2018 packs.
    public static let standard: [AgendaTemplateItem] = [
        .init(title: StandingItemKind.apologies.defaultTitle, kind: .apologies),
        .init(title: StandingItemKind.previousMinutes.defaultTitle, kind: .previousMinutes),
        .init(title: StandingItemKind.mattersArising.defaultTitle, kind: .mattersArising),
        .init(title: StandingItemKind.questions.defaultTitle, kind: .questions),
        .init(title: StandingItemKind.chairmansUpdate.defaultTitle, kind: .chairmansUpdate),
        .init(title: StandingItemKind.subGroupReports.defaultTitle, kind: .subGroupReports),
        .init(title: StandingItemKind.anyOtherBusiness.defaultTitle, kind: .anyOtherBusiness),
        .init(title: StandingItemKind.nextMeeting.defaultTitle, kind: .nextMeeting)
    ]
}
