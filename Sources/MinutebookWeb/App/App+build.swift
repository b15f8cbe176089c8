import Foundation
import Hummingbird
import Logging
import MinutebookCore
import MinutebookImport
import MinutebookServices
import MinutebookStore
import Prometheus
import ServiceLifecycle

/// What `serve`, `demo` and tests pass to `buildApplication`.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Mark cookies `Secure` (behind TLS).
    public var secureCookies: Bool
    /// Registry that `/metrics` prints; the CLI bootstraps swift-metrics with the same one.
    public var metricsRegistry: PrometheusCollectorRegistry
    /// bcrypt work factor for passwords set through the web (tests lower it; 12 in service).
    public var passwordHashCost: UInt8
    /// Sending mail (SMTP server, the site's address for links, reminders); nil: no mail is sent.
    public var mail: MailSettings?
    /// The outside programs documents are read with (found once at start-up) and their time limit.
    public var reading = ReadingTools()
    /// Peers whose `X-Forwarded-For` is believed (the reverse proxies in front of the server).
    public var trustedProxies: Set<String> = []
    /// How sign-in attempts are slowed down.
    public var signInThrottle = SignInThrottle()

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
                metricsRegistry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
                passwordHashCost: UInt8 = Passwords.defaultCost, mail: MailSettings? = nil) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.metricsRegistry = metricsRegistry
        self.passwordHashCost = passwordHashCost
        self.mail = mail
    }
}

/// Builds the web application over an open database: the one entry point for `serve`, `demo` and tests.
public func buildApplication(
    configuration: AppConfiguration,
    database: AppDatabase,
    logger: Logger = Logger(label: "minutebook")
) -> some ApplicationProtocol {
    let router = buildRouter(configuration: configuration, database: database)
    var services: [any Service] = []
    if let mail = configuration.mail, let workingDays = mail.reminderWorkingDays {
        let sender = ReminderSender(requests: GRDBUpdateRequestRepository(database: database), mail: mail, workingDays: workingDays,
                                    editor: ActionEditor(auditName: "system:reminders", displayName: "Secretariat"))
        services.append(ReminderService(sender: sender, interval: .seconds(mail.reminderCheckSeconds), logger: logger))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Minutebook"),
        services: services,
        logger: logger
    )
}

/// The router: one controller per feature registers its routes.
public func buildRouter(configuration: AppConfiguration, database: AppDatabase) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ClientAddressMiddleware(resolver: ClientAddress(trustedProxies: configuration.trustedProxies)))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ErrorPageMiddleware())
    let users = GRDBUserRepository(database: database)
    let sessions = GRDBSessionRepository(database: database)
    let directory = GRDBDirectoryRepository(database: database)
    let people = GRDBPeopleRepository(database: database)
    router.add(middleware: SessionMiddleware(sessions: sessions))
    router.add(middleware: BearerTokenMiddleware(tokens: GRDBApiTokenRepository(database: database), users: users))
    router.get("/healthz") { _, _ in
        _ = try await database.dataVersion()
        return "ok\n"
    }
    let registry = configuration.metricsRegistry
    router.get("/metrics") { _, _ in
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                 body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
    let publicCache = PublicCache(database: database)
    AssetsController().addRoutes(to: router)
    HomeController(database: database, cache: publicCache).addRoutes(to: router)
    PerformanceController(database: database).addRoutes(to: router)
    ReportFormController(database: database).addRoutes(to: router)
    ImportFormController(database: database).addRoutes(to: router)
    MinutesImportController(database: database, reading: configuration.reading).addRoutes(to: router)
    RiskFormController(database: database).addRoutes(to: router)
    IndicatorFormController(database: database).addRoutes(to: router)
    StrategyFormController(database: database).addRoutes(to: router)
    DirectoryFormController(database: database).addRoutes(to: router)
    PerformanceAgendaController(database: database).addRoutes(to: router)
    ReportLinkController(requests: GRDBReportRequestRepository(database: database), directory: directory,
                         secureCookies: configuration.secureCookies, mail: configuration.mail)
        .addRoutes(to: router)
    EscalationController(database: database).addRoutes(to: router)
    AuthController(users: users, sessions: sessions, secureCookies: configuration.secureCookies,
                   throttle: configuration.signInThrottle).addRoutes(to: router)
    AccountController(users: users, sessions: sessions, directory: directory, hashCost: configuration.passwordHashCost)
        .addRoutes(to: router)
    UsersAdminController(users: users, people: people, directory: directory, hashCost: configuration.passwordHashCost)
        .addRoutes(to: router)
    MigrationController(directory: directory, jobs: MigrationJobs(database: database)).addRoutes(to: router)
    let scope = Scope(directory: directory, meetings: GRDBMeetingRepository(database: database))
    let minutes = GRDBMinutesRepository(database: database)
    let bodies = GRDBBodyRepository(database: database)
    MeetingController(scope: scope, minutes: minutes, cache: publicCache)
        .addRoutes(to: router)
    MinutesController(scope: scope, minutes: minutes, bodies: bodies, people: people).addRoutes(to: router)
    UpdateRequestController(requests: GRDBUpdateRequestRepository(database: database), secureCookies: configuration.secureCookies)
        .addRoutes(to: router)
    MattersArisingController(directory: directory, actions: GRDBActionRepository(database: database),
                             requests: GRDBUpdateRequestRepository(database: database), mail: configuration.mail).addRoutes(to: router)
    ActionsController(directory: directory, actions: GRDBActionRepository(database: database)).addRoutes(to: router)
    ThreadController(directory: directory, actions: GRDBActionRepository(database: database)).addRoutes(to: router)
    SeatsController(directory: directory, people: people, seats: GRDBActionRepository(database: database)).addRoutes(to: router)
    let meetingRepository = GRDBMeetingRepository(database: database)
    let agendas = GRDBAgendaRepository(database: database)
    let packs = GRDBPackRepository(database: database)
    AgendaController(agendas: agendas, plans: GRDBForwardPlanRepository(database: database), packs: packs, bodies: bodies,
                     meetings: meetingRepository).addRoutes(to: router)
    PacksController(agendas: agendas, packs: packs, bodies: bodies, meetings: meetingRepository,
                    actions: GRDBActionRepository(database: database), mail: configuration.mail, database: database).addRoutes(to: router)
    let trackedActions = GRDBActionRepository(database: database)
    BodyController(scope: scope, bodies: bodies, attendance: GRDBAttendanceRepository(database: database), actions: trackedActions,
                   plans: GRDBForwardPlanRepository(database: database), cache: publicCache)
        .addRoutes(to: router)
    PeopleController(scope: scope, people: people, actions: trackedActions).addRoutes(to: router)
    AuditController(scope: scope, audit: GRDBAuditRepository(database: database)).addRoutes(to: router)
    FeedsController(directory: directory, meetings: GRDBMeetingRepository(database: database), cache: publicCache).addRoutes(to: router)
    PublicController(directory: directory, cache: publicCache).addRoutes(to: router)
    OpenDataController(database: database, cache: publicCache).addRoutes(to: router)
    let search = GRDBSearchRepository(database: database)
    SearchController(search: search, directory: directory).addRoutes(to: router)
    ApiController(scope: scope, people: people, search: search, cache: publicCache).addRoutes(to: router)
    return router
}
