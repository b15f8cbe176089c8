/// Every repository the application works through, as protocols: made once by a store (on SQLite,
/// `Repositories.sqlite(_:)` in MinutebookStore) and handed out by the composition root, each
/// controller and service receiving only the ones it uses. Nothing here names a storage type, so a
/// second backend plugs in by filling the same value.
public struct Repositories: Sendable {
    /// Partnerships, bodies and meetings by slug: what every path names.
    public var directory: any DirectoryRepository
    /// Accounts and their roles.
    public var users: any UserRepository
    /// Signed-in sessions.
    public var sessions: any SessionRepository
    /// API tokens for scripts.
    public var apiTokens: any ApiTokenRepository
    /// People, their seats and attendance.
    public var people: any PeopleRepository
    /// Bodies with their members and schedule.
    public var bodies: any BodyRepository
    /// The meeting read model (pages, feeds, API).
    public var meetings: any MeetingRepository
    /// Drafting, approving and correcting minutes.
    public var minutes: any MinutesRepository
    /// Attendance across meetings.
    public var attendance: any AttendanceRepository
    /// Agendas, their items and reports.
    public var agendas: any AgendaRepository
    /// The forward plan of each body.
    public var forwardPlans: any ForwardPlanRepository
    /// Agenda packs: their sources and issues.
    public var packs: any PackRepository
    /// The action tracker.
    public var actions: any ActionRepository
    /// Seats and succession.
    public var seats: any SeatRepository
    /// Seat upkeep beyond adding and handing over.
    public var seatUpkeep: any SeatUpkeepRepository
    /// Matters Arising reports.
    public var mattersArising: any MattersArisingRepository
    /// Matters across meetings.
    public var threads: any ThreadRepository
    /// What packs settled about actions, its undo, and the bulk close.
    public var actionHistory: any ActionHistoryRepository
    /// Emailed requests for action updates.
    public var updateRequests: any UpdateRequestRepository
    /// Emailed requests for sub-group reports.
    public var reportRequests: any ReportRequestRepository
    /// The audit trail.
    public var audit: any AuditRepository
    /// Full-text search of the record.
    public var search: any SearchRepository
    /// Performance indicators, targets and actuals.
    public var indicators: any IndicatorRepository
    /// Strategies and their delivery plans.
    public var strategies: any StrategyRepository
    /// The risk register.
    public var risks: any RiskRegisterRepository
    /// Sub-group reports to the board.
    public var subGroupReports: any SubGroupReportRepository
    /// The partnership's directory of leads.
    public var leads: any LeadDirectoryRepository
    /// Performance reports placed on agendas.
    public var performanceAgendas: any PerformanceAgendaRepository
    /// Setting up partnerships.
    public var partnershipSetup: any PartnershipSetupRepository
    /// Setting up bodies.
    public var bodySetup: any BodySetupRepository
    /// Setting up people and organisations.
    public var peopleSetup: any PeopleSetupRepository
    /// Scheduling, moving and cancelling meetings.
    public var meetingSchedule: any MeetingScheduleRepository
    /// Storing imported meeting records.
    public var minutesImport: any MinutesImportRepository
    /// The meeting day: live minutes, the register, votes and declarations.
    public var meetingDay: any MeetingDayRepository
    /// The data version public caches key on.
    public var dataVersion: any DataVersionSource
    /// The chair's signatures of approved minutes.
    public var signatures: any MinutesSignatureRepository

    public init(
        directory: any DirectoryRepository,
        users: any UserRepository,
        sessions: any SessionRepository,
        apiTokens: any ApiTokenRepository,
        people: any PeopleRepository,
        bodies: any BodyRepository,
        meetings: any MeetingRepository,
        minutes: any MinutesRepository,
        attendance: any AttendanceRepository,
        agendas: any AgendaRepository,
        forwardPlans: any ForwardPlanRepository,
        packs: any PackRepository,
        actions: any ActionRepository,
        seats: any SeatRepository,
        seatUpkeep: any SeatUpkeepRepository,
        mattersArising: any MattersArisingRepository,
        threads: any ThreadRepository,
        actionHistory: any ActionHistoryRepository,
        updateRequests: any UpdateRequestRepository,
        reportRequests: any ReportRequestRepository,
        audit: any AuditRepository,
        search: any SearchRepository,
        indicators: any IndicatorRepository,
        strategies: any StrategyRepository,
        risks: any RiskRegisterRepository,
        subGroupReports: any SubGroupReportRepository,
        leads: any LeadDirectoryRepository,
        performanceAgendas: any PerformanceAgendaRepository,
        partnershipSetup: any PartnershipSetupRepository,
        bodySetup: any BodySetupRepository,
        peopleSetup: any PeopleSetupRepository,
        meetingSchedule: any MeetingScheduleRepository,
        minutesImport: any MinutesImportRepository,
        meetingDay: any MeetingDayRepository,
        dataVersion: any DataVersionSource,
        signatures: any MinutesSignatureRepository
    ) {
        self.directory = directory
        self.users = users
        self.sessions = sessions
        self.apiTokens = apiTokens
        self.people = people
        self.bodies = bodies
        self.meetings = meetings
        self.minutes = minutes
        self.attendance = attendance
        self.agendas = agendas
        self.forwardPlans = forwardPlans
        self.packs = packs
        self.actions = actions
        self.seats = seats
        self.seatUpkeep = seatUpkeep
        self.mattersArising = mattersArising
        self.threads = threads
        self.actionHistory = actionHistory
        self.updateRequests = updateRequests
        self.reportRequests = reportRequests
        self.audit = audit
        self.search = search
        self.indicators = indicators
        self.strategies = strategies
        self.risks = risks
        self.subGroupReports = subGroupReports
        self.leads = leads
        self.performanceAgendas = performanceAgendas
        self.partnershipSetup = partnershipSetup
        self.bodySetup = bodySetup
        self.peopleSetup = peopleSetup
        self.meetingSchedule = meetingSchedule
        self.minutesImport = minutesImport
        self.meetingDay = meetingDay
        self.dataVersion = dataVersion
        self.signatures = signatures
    }
}
