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
