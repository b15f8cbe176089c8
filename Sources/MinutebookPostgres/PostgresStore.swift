import Foundation
import Logging
import MinutebookCore
import PostgresNIO

/// A PostgreSQL store: one connection pool (`PostgresClient`) running for the store's life, and the schema
/// brought up to date by `PostgresMigrator` when opened. Writes go through `write(as:)`, which names the actor
/// for the audit triggers inside the same transaction.
public final class PostgresStore: Sendable {
    public let location: PostgresLocation
    public let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>

    /// Opens the pool and migrates. The server must answer within the pool's connect timeout.
    public static func open(_ location: PostgresLocation, logger: Logger = Logger(label: "minutebook.postgres")) async throws -> PostgresStore {
        let store = PostgresStore(location: location, logger: logger)
        do {
            try await store.checkReachable()
            try await store.migrate()
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// The pool alone, not migrated (the migrator and the tests' template database use it).
    public init(location: PostgresLocation, logger: Logger = Logger(label: "minutebook.postgres")) {
        self.location = location
        self.logger = logger
        var configuration: PostgresClient.Configuration
        if let socket = location.socketDirectory {
            configuration = .init(
                unixSocketPath: "\(socket)/.s.PGSQL.\(location.port)", username: location.username,
                password: location.password, database: location.database)
        } else {
            configuration = .init(
                host: location.host, port: location.port, username: location.username,
                password: location.password, database: location.database, tls: .disable)
        }
        configuration.options.maximumConnections = 10
        configuration.options.connectTimeout = .seconds(10)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
    }

    /// Applies the migrations not yet applied; returns their names.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await PostgresMigrator.standard.migrate(client, logger: logger)
    }

    /// The names of the applied migrations, in the order they were applied.
    public func appliedMigrations() async throws -> [String] {
        try await PostgresMigrator.applied(client)
    }

    /// Runs `updates` in one transaction as the actor named `actor` (an `Actor`'s name: that type moves to
    /// MinutebookCore with the first repository): the audit triggers record that name, and it is gone when the
    /// transaction ends (`set_config(…, true)` is local to the transaction).
    /// A failure inside `updates` is thrown as itself once the transaction is rolled back.
    public func write<T: Sendable>(as actor: String, _ updates: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT set_config('minutebook.actor', \(actor), true)", logger: logger)
                return try await updates(connection)
            }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError, error.rollbackError == nil { throw inner }
            throw error
        }
    }

    /// One connection made and closed, outside the pool (which retries a failing server for ever): a server
    /// that does not answer, or refuses the user or the database, is an error at once, in the server's words.
    public func checkReachable() async throws {
        let configuration: PostgresConnection.Configuration
        if let socket = location.socketDirectory {
            configuration = .init(
                unixSocketPath: "\(socket)/.s.PGSQL.\(location.port)", username: location.username,
                password: location.password, database: location.database)
        } else {
            configuration = .init(
                host: location.host, port: location.port, username: location.username,
                password: location.password, database: location.database, tls: .disable)
        }
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        try await connection.close()
    }

    /// Stops the pool; the store cannot be used after.
    public func close() async {
        runner.cancel()
        _ = await runner.value
    }
}
