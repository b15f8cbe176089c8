import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import MinutebookCommandLine
import MinutebookServices
import MinutebookStore
import MinutebookTools
import MinutebookWeb
import Prometheus

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web app, the API and /metrics.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Flag(help: "Mark session cookies Secure (when served behind TLS).")
    var secureCookies = false

    @Option(
        name: .customLong("trusted-proxy"),
        help:
            "Address of a reverse proxy whose X-Forwarded-For is believed for the client's address (repeatable; or MINUTEBOOK_TRUSTED_PROXIES, comma-separated)."
    )
    var trustedProxies: [String] = []

    @Option(
        name: .customLong("metrics-allow"),
        help: "Address besides loopback allowed to read /metrics (repeatable; or MINUTEBOOK_METRICS_ALLOW, comma-separated).")
    var metricsAllow: [String] = []

    @OptionGroup(title: "Mail") var mail: MailOptions

    @Option(help: "Send reminders this many working days before each meeting; 0 for none (or MINUTEBOOK_REMINDER_WORKING_DAYS; default 5).")
    var reminderWorkingDays: String?

    @Option(help: "Days an emailed update link stays valid (or MINUTEBOOK_LINK_VALID_DAYS; default 14).")
    var linkValidDays: String?

    @Option(help: "Seconds between the reminder scheduler's looks for due reminders (or MINUTEBOOK_REMINDER_CHECK_SECONDS; default 3600).")
    var reminderCheckSeconds: String?

    func run() async throws {
        // Links in emails point here unless --base-url says otherwise (not when listening on every address).
        let ownURL = ["0.0.0.0", "::", ""].contains(host) ? nil : "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        let mailSettings = try mail.settings(
            defaultBaseURL: ownURL,
            adding: [
                MailSettings.Key.reminderWorkingDays.rawValue: reminderWorkingDays, MailSettings.Key.linkValidDays.rawValue: linkValidDays,
                MailSettings.Key.reminderCheckSeconds.rawValue: reminderCheckSeconds
            ])
        try CLIChecks.listenable(host: host, port: port)
        let path = try global.databasePath
        let database = try global.openDatabase()
        let logger = global.makeLogger()
        var configuration = AppConfiguration(
            host: host, port: port, secureCookies: secureCookies,
            metricsRegistry: MetricsBootstrap.registry(), mail: mailSettings)
        let fromEnvironment = (ProcessInfo.processInfo.environment["MINUTEBOOK_TRUSTED_PROXIES"] ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        configuration.trustedProxies = Set(trustedProxies + fromEnvironment)
        let metricsFromEnvironment = (ProcessInfo.processInfo.environment["MINUTEBOOK_METRICS_ALLOW"] ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        configuration.metricsAllowed = Set(metricsAllow + metricsFromEnvironment)
        // Feeds, the sitemap and open data link here; never to the Host a request names.
        if let address = mail.baseURL ?? ProcessInfo.processInfo.environment[MailSettings.Key.baseURL.rawValue], !address.isEmpty {
            configuration.baseURL = try MailSettings.validatedBaseURL(address)
        }
        let app = buildApplication(configuration: configuration, database: database, logger: logger)
        // The outside programs are found once, here; the pack builder and the importer use these paths.
        logger.info("outside programs", metadata: ["tools": "\(Tools.located.summary.joined(separator: ", "))"])
        logger.info(
            "Minutebook serving",
            metadata: [
                "url": "http://\(host):\(port)/", "database": "\(path)",
                "mail": "\(mailSettings.map { "\($0.smtp)" } ?? "off")"
            ])
        try await app.runService()
    }
}

/// swift-metrics is bootstrapped once per process with a Prometheus registry that `/metrics` prints.
enum MetricsBootstrap {
    nonisolated(unsafe) private static var shared: PrometheusCollectorRegistry?

    static func registry() -> PrometheusCollectorRegistry {
        if let shared { return shared }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        shared = registry
        return registry
    }
}
