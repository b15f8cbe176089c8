import Hummingbird
import MinutebookCore
import MinutebookServices

/// The router: one controller per feature registers its routes, each given only the repositories
/// (protocols) it uses.
func buildRouter(
    configuration: AppConfiguration, repositories r: Repositories, migrations: MigrationJobs,
    importStaging: MinutesImportStaging
) -> Router<AppRequestContext> {
    // HEAD answers as GET does, without the body (the API's Allow header and its OpenAPI description promise it).
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeadersMiddleware(https: configuration.secureCookies))
    router.add(
        middleware: ClientAddressMiddleware(
            resolver: ClientAddress(trustedProxies: configuration.trustedProxies),
            siteOrigin: configuration.siteOrigin))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: SessionMiddleware(sessions: r.sessions, limits: configuration.bodyLimits))
    router.add(middleware: BearerTokenMiddleware(tokens: r.apiTokens, users: r.users))
    router.add(middleware: PartnershipMenuMiddleware(directory: r.directory))
    // Again inside the session and the menu: errors of signed-in pages come back in the signed-in layout.
    router.add(middleware: ErrorPageMiddleware())
    let versions = r.dataVersion
    router.get("/healthz") { _, _ in
        _ = try await versions.dataVersion()
        return "ok\n"
    }
    let registry = configuration.metricsRegistry
    let metricsAccess = MetricsAccess(allowed: configuration.metricsAllowed)
    router.get("/metrics") { _, context in
        guard metricsAccess.permits(context.remoteAddress) else { throw HTTPError(.notFound) }
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
    let publicCache = PublicCache(versions: r.dataVersion)
    // The partnership's pages resolve the path once, in the middleware of their group; the public
    // pages served from `publicCache` keep their own one-read lookup, so a cache hit reads nothing.
    let routes = PartnershipRoutes(router, directory: r.directory)
    AssetsController().addRoutes(to: router)
    HomeController(directory: r.directory, cache: publicCache).addRoutes(to: router)
    WorkspaceController(
        directory: r.directory, agendas: r.agendas, mattersArising: r.mattersArising, actions: r.actions,
        partnershipSetup: r.partnershipSetup
    ).addRoutes(to: routes)
    PerformanceController(
        directory: r.directory, indicators: r.indicators, strategies: r.strategies, risks: r.risks,
        reports: r.subGroupReports, leads: r.leads
    ).addRoutes(to: routes)
    let reportFiled = ReportFiledNotifier(reports: r.subGroupReports, mail: configuration.mail)
    ReportFormController(directory: r.directory, reports: r.subGroupReports, notifier: reportFiled).addRoutes(to: routes)
    ImportFormController(directory: r.directory, indicators: r.indicators).addRoutes(to: routes)
    MinutesImportController(directory: r.directory, writer: r.minutesImport, staging: importStaging, reading: configuration.reading)
        .addRoutes(to: routes)
    RiskFormController(directory: r.directory, risks: r.risks).addRoutes(to: routes)
    IndicatorFormController(directory: r.directory, indicators: r.indicators).addRoutes(to: routes)
    StrategyFormController(directory: r.directory, strategies: r.strategies, indicators: r.indicators).addRoutes(to: routes)
    DirectoryFormController(directory: r.directory, leads: r.leads, bodyRepository: r.bodies, people: r.people).addRoutes(to: routes)
    PerformanceAgendaController(directory: r.directory, agendaReports: r.performanceAgendas, strategies: r.strategies)
        .addRoutes(to: routes)
    let reportLinks = ReportLinkController(
        requests: r.reportRequests, directory: r.directory, secureCookies: configuration.secureCookies,
        mail: configuration.mail, notifier: reportFiled)
    reportLinks.addRoutes(to: router)
    reportLinks.addRoutes(to: routes)
    EscalationController(directory: r.directory, indicators: r.indicators, forwardPlan: r.forwardPlans).addRoutes(to: routes)
    AuthController(
        users: r.users, sessions: r.sessions, directory: r.directory, secureCookies: configuration.secureCookies,
        throttle: configuration.signInThrottle
    ).addRoutes(to: router)
    AccountController(users: r.users, sessions: r.sessions, directory: r.directory, hashCost: configuration.passwordHashCost)
        .addRoutes(to: router)
    UsersAdminController(users: r.users, people: r.people, directory: r.directory, hashCost: configuration.passwordHashCost)
        .addRoutes(to: router)
    MigrationController(directory: r.directory, jobs: migrations).addRoutes(to: router)
    let scope = Scope(directory: r.directory, meetings: r.meetings)
    let filedReports = FiledReports(directory: r.directory, reports: r.subGroupReports)
    MeetingController(
        scope: scope, minutes: r.minutes, schedule: r.meetingSchedule, signatures: r.signatures, filedReports: filedReports,
        cache: publicCache
    )
    .addRoutes(to: routes)
    MinutesController(scope: scope, minutes: r.minutes, bodies: r.bodies, people: r.people).addRoutes(to: routes)
    RecordController(
        scope: scope, documents: MinutesDocuments(meetings: r.meetings, minutes: r.minutes, signatures: r.signatures),
        signatures: r.signatures
    ).addRoutes(to: routes)
    LiveMeetingController(directory: r.directory, meetings: r.meetings, meetingDay: r.meetingDay, bodies: r.bodies)
        .addRoutes(to: routes)
    UpdateRequestController(requests: r.updateRequests, secureCookies: configuration.secureCookies).addRoutes(to: router)
    MattersArisingController(reports: r.mattersArising, requests: r.updateRequests, mail: configuration.mail)
        .addRoutes(to: routes)
    ActionsController(directory: r.directory, actions: r.actions, threads: r.threads, history: r.actionHistory, people: r.people)
        .addRoutes(to: routes)
    ActionHistoryController(actions: r.actions, history: r.actionHistory).addRoutes(to: routes)
    ActionChangeController(actions: r.actions, history: r.actionHistory, people: r.people).addRoutes(to: routes)
    ThreadController(threads: r.threads).addRoutes(to: routes)
    SeatsController(people: r.people, seats: r.seats, upkeep: r.seatUpkeep).addRoutes(to: routes)
    AgendaController(agendas: r.agendas, plans: r.forwardPlans, packs: r.packs, meetings: r.meetings)
        .addRoutes(to: routes)
    PacksController(
        agendas: r.agendas, packs: r.packs, meetings: r.meetings,
        issuer: PackIssuer(repositories: r, mail: configuration.mail)
    ).addRoutes(to: routes)
    BodyController(
        scope: scope, bodies: r.bodies, attendance: r.attendance, actions: r.actions, plans: r.forwardPlans,
        filedReports: filedReports, cache: publicCache
    ).addRoutes(to: routes)
    PeopleController(scope: scope, people: r.people, actions: r.actions).addRoutes(to: routes)
    AuditController(scope: scope, audit: r.audit).addRoutes(to: routes)
    FeedsController(directory: r.directory, meetings: r.meetings, cache: publicCache).addRoutes(to: routes)
    PublicController(directory: r.directory, cache: publicCache).addRoutes(to: router)
    OpenDataController(directory: r.directory, meetings: r.meetings, people: r.people, bodies: r.bodies, cache: publicCache)
        .addRoutes(to: router)
    SearchController(search: r.search, directory: r.directory).addRoutes(to: router)
    ApiController(scope: scope, people: r.people, search: r.search, cache: publicCache).addRoutes(to: router)
    PartnershipsAdminController(partnerships: r.partnershipSetup).addRoutes(to: router)
    SettingsController(directory: r.directory, partnerships: r.partnershipSetup).addRoutes(to: routes)
    BodiesSetupController(bodies: r.bodySetup).addRoutes(to: routes)
    PeopleSetupController(people: r.peopleSetup).addRoutes(to: routes)
    OrganisationsSetupController(people: r.peopleSetup).addRoutes(to: routes)
    MeetingChangeController(scope: scope, schedule: r.meetingSchedule, packs: r.packs, mail: configuration.mail).addRoutes(to: routes)
    return router
}
