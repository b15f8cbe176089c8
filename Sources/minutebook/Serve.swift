import ArgumentParser
import Hummingbird
import Logging
import Metrics
import MinutebookStore
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

    func run() async throws {
        let database = try global.openDatabase()
        let logger = global.makeLogger()
        let configuration = AppConfiguration(host: host, port: port, secureCookies: secureCookies,
                                             metricsRegistry: MetricsBootstrap.registry())
        let app = buildApplication(configuration: configuration, database: database, logger: logger)
        logger.info("Minutebook serving", metadata: ["url": "http://\(host):\(port)/", "database": "\(global.databasePath)"])
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
