/// A board agenda item whose paper is drawn from the performance data when the pack is built.
public struct PerformanceAgendaReport: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The indicator report: each published indicator's position against target, with its chart.
        case indicators
        /// A strategy's exception report: only what is off track or exceptionally ahead.
        case exceptions

        public var defaultTitle: String {
            switch self {
            case .indicators: "Performance report"
            case .exceptions: "Delivery plan exception report"
            }
        }
    }

    public var agendaItemID: Int64
    public var kind: Kind
    public var strategyID: Int64?

    public init(agendaItemID: Int64, kind: Kind, strategyID: Int64? = nil) {
        self.agendaItemID = agendaItemID
        self.kind = kind
        self.strategyID = strategyID
    }
}

/// The state of an emailed link: usable, or why not (the same states as action-update links).
public enum LinkState: Sendable, Equatable {
    case usable
    case unknown
    case expired
    case used
    case revoked

    public var refusal: String? {
        switch self {
        case .usable: nil
        case .unknown: "This link is not valid. Check that you copied the whole link from the email, or ask the secretariat for a new one."
        case .expired: "This link has expired. Ask the secretariat for a new one."
        case .used: "This link has already been used to file the report. Ask the secretariat if you need to change anything."
        case .revoked: "This link has been withdrawn. Ask the secretariat for a new one."
        }
    }
}

/// One email to send: the sub-group's chair, the meeting, and the personal link's token (returned once).
public struct ReportRequestMail: Sendable, Equatable {
    public var personID: Int64
    public var name: String
    public var email: String
    public var token: String
    /// UTC timestamp, ISO 8601.
    public var expires: String
    public var subGroupName: String
    public var boardName: String
    public var meetingDate: LocalDate
    public var deadline: LocalDate

    public init(personID: Int64, name: String, email: String, token: String, expires: String, subGroupName: String, boardName: String,
                meetingDate: LocalDate, deadline: LocalDate) {
        self.personID = personID
        self.name = name
        self.email = email
        self.token = token
        self.expires = expires
        self.subGroupName = subGroupName
        self.boardName = boardName
        self.meetingDate = meetingDate
        self.deadline = deadline
    }
}

/// What the link's page shows: who it is for, the meeting, and the report so far (a saved draft, if any).
public struct ReportRequestPage: Sendable, Equatable {
    public var chairName: String
    public var subGroupName: String
    public var boardName: String
    public var meetingDate: LocalDate
    public var deadline: LocalDate
    public var report: SubGroupReport

    public init(chairName: String, subGroupName: String, boardName: String, meetingDate: LocalDate, deadline: LocalDate, report: SubGroupReport) {
        self.chairName = chairName
        self.subGroupName = subGroupName
        self.boardName = boardName
        self.meetingDate = meetingDate
        self.deadline = deadline
        self.report = report
    }
}
