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
    /// The site's public address (`--base-url`) for absolute links in feeds, the sitemap and open
    /// data; nil: `http://host:port` as served. The request's `Host` is never used.
    public var baseURL: String?
    /// The largest request bodies (forms, uploads).
    public var bodyLimits = BodyLimits()
    /// Addresses besides loopback that may read `/metrics` (`serve --metrics-allow`).
    public var metricsAllowed: Set<String> = []

    /// `baseURL`, or the served address.
    var siteOrigin: String {
        if let baseURL { return baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL }
        let shown = ["0.0.0.0", "::", ""].contains(host) ? "localhost" : (host.contains(":") ? "[\(host)]" : host)
        return "http://\(shown):\(port)"
    }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
        metricsRegistry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        passwordHashCost: UInt8 = Passwords.defaultCost, mail: MailSettings? = nil
    ) {
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
    let repositories = Repositories.sqlite(database)
    let router = buildRouter(configuration: configuration, database: database, repositories: repositories)
    var services: [any Service] = []
    if let mail = configuration.mail, let workingDays = mail.reminderWorkingDays {
        let sender = ReminderSender(
            requests: repositories.updateRequests, mail: mail, workingDays: workingDays,
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

/// The router over an open database.
public func buildRouter(configuration: AppConfiguration, database: AppDatabase) -> Router<AppRequestContext> {
    buildRouter(configuration: configuration, database: database, repositories: .sqlite(database))
}

/// The composition root: the only place in the web module that knows the store. It hands the routes
/// the repositories as protocols, and binds to the database file the two things that live beside it
/// (a migration's state file, the staging folder of uploaded minutes).
func buildRouter(configuration: AppConfiguration, database: AppDatabase, repositories: Repositories) -> Router<AppRequestContext> {
    let path = database.writer.path
    let migrations = MigrationJobs { client, request, editor, events in
        let state = ModernGovMigration.defaultState(database: path, site: client.site, committee: request.committee)
        let options = ModernGovMigration.Options(
            committee: request.committee, from: request.from, to: request.to,
            partnership: request.partnershipSlug, state: state, actor: Actor(editor))
        return try await ModernGovMigration(client: client, database: database).run(options, progress: events)
    }
    return buildRouter(
        configuration: configuration, repositories: repositories, migrations: migrations,
        importStaging: MinutesImportStaging(databasePath: path))
}
