/// The standing items a body's agenda carries every time (DOMAIN.md, "The meeting cycle").
public enum StandingItemKind: String, Codable, Sendable, CaseIterable {
    case welcome
    case apologies
    case previousMinutes = "previous_minutes"
    case mattersArising = "matters_arising"
    case questions
    case chairmansUpdate = "chairmans_update"
    case subGroupReports = "sub_group_reports"
    case forwardPlan = "forward_plan"
    case riskLog = "risk_log"
    case anyOtherBusiness = "any_other_business"
    case nextMeeting = "next_meeting"

    /// The title printed when a template does not give one.
    public var defaultTitle: String {
        switch self {
        case .welcome: "Welcome and introductions"
        case .apologies: "Apologies for absence"
        case .previousMinutes: "Minutes of the previous meeting"
        case .mattersArising: "Matters arising"
        case .questions: "Questions from councillors or members of the public"
        case .chairmansUpdate: "Chairman's update"
        case .subGroupReports: "Reports from sub-groups"
        case .forwardPlan: "Forward plan"
        case .riskLog: "Risk log review"
        case .anyOtherBusiness: "Any other business"
        case .nextMeeting: "Date and time of next meeting"
        }
    }

    /// Items that carry a document of their own in the pack.
    public var carriesReport: Bool { self == .previousMinutes || self == .mattersArising }
}

/// One standing item of a body's agenda template, in order.
public struct AgendaTemplateItem: Sendable, Equatable {
    public var title: String
    public var kind: StandingItemKind?
    /// Text printed under the item on the agenda.
    public var description: String?
    /// A standing Part 2 item (such as a confidential case review) is drafted with the other Part 2 items.
    public var part: AgendaPart
    public var exemptReason: String?

    public init(title: String, kind: StandingItemKind? = nil, description: String? = nil, part: AgendaPart = .one,
                exemptReason: String? = nil) {
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
        .init(title: StandingItemKind.nextMeeting.defaultTitle, kind: .nextMeeting),
    ]
}

/// What a document attached to an agenda item is.
public enum ReportFormat: String, Codable, Sendable, CaseIterable {
    case pdf, docx, html, markdown

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .html: "text/html"
        case .markdown: "text/markdown"
        }
    }

    /// The format named by a file's extension, or nil for one Minutebook does not take.
    public init?(filename: String) {
        guard let dot = filename.lastIndex(of: ".") else { return nil }
        switch filename[filename.index(after: dot)...].lowercased() {
        case "pdf": self = .pdf
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    public init?(mediaType: String) {
        guard let format = ReportFormat.allCases.first(where: { $0.mediaType == mediaType }) else { return nil }
        self = format
    }

    public static let acceptedExtensions = ".pdf, .docx, .html or .md"
}

/// One stored version of a report.
public struct ReportVersion: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64
    public var title: String
    public var filename: String
    public var format: ReportFormat
    public var byteCount: Int
    public var sha256: String
    public var version: Int
    public var createdAt: String

    public init(id: Int64, agendaItemID: Int64, title: String, filename: String, format: ReportFormat, byteCount: Int,
                sha256: String, version: Int, createdAt: String) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.title = title
        self.filename = filename
        self.format = format
        self.byteCount = byteCount
        self.sha256 = sha256
        self.version = version
        self.createdAt = createdAt
    }
}

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

    public init(item: AgendaItem, level: Int = 0, kind: StandingItemKind? = nil, description: String? = nil,
                expectsReport: Bool = false, isSupplementary: Bool = false, forwardPlanItemID: Int64? = nil,
                reports: [ReportVersion] = [], unknownKind: String? = nil) {
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

/// A meeting's agenda as an audience may see it.
public struct Agenda: Sendable, Equatable {
    public var meeting: Meeting
    public var body: Body
    public var entries: [AgendaEntry]

    public init(meeting: Meeting, body: Body, entries: [AgendaEntry]) {
        self.meeting = meeting
        self.body = body
        self.entries = entries
    }

    /// Items added after the pack was issued, printed as a supplementary agenda.
    public var supplementary: [AgendaEntry] { entries.filter(\.isSupplementary) }
}
