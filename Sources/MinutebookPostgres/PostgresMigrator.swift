import Logging
import PostgresNIO

/// The one migrator of the PostgreSQL store. Its history names are the SQLite migrator's where the schema is
/// the same (`v1-governance` …), so one list of names tells what either store holds. Migrations are never
/// edited once merged: add a new one at the end. Every migration that creates a domain table ends with
/// `SELECT minutebook_install_audit()`, which puts the audit trigger on every table that lacks it.
struct PostgresMigrator: Sendable {
    struct Migration: Sendable {
        let name: String
        /// One statement each: the extended protocol PostgresNIO speaks takes one statement at a time.
        let statements: [String]
    }

    let migrations: [Migration]

    static let standard = PostgresMigrator(migrations: [
        Migration(name: "v1-governance", statements: PostgresSchema.audit + PostgresSchema.v1Governance)
    ])

    /// Any value, fixed: the advisory lock that lets one instance migrate at a time.
    static let lockKey: Int64 = 0x4D42_4D49_4752 // "MBMIGR"

    static let historyTable = """
        CREATE TABLE IF NOT EXISTS minutebook_migrations (
            position INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            identifier TEXT NOT NULL UNIQUE,
            appliedAt TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// Applies the migrations not yet applied, all in one transaction (DDL is transactional here: a failed
    /// migration leaves the database as it was). Two instances starting at once take turns on the lock.
    func migrate(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: Self.historyTable), logger: logger)
            let done = Set(try await Self.applied(connection, logger: logger))
            var applied: [String] = []
            for migration in migrations where !done.contains(migration.name) {
                logger.info("migrating", metadata: ["migration": .string(migration.name)])
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO minutebook_migrations (identifier) VALUES (\(migration.name))", logger: logger)
                applied.append(migration.name)
            }
            return applied
        }
    }

    static func applied(_ client: PostgresClient) async throws -> [String] {
        try await client.withConnection { try await applied($0, logger: Logger(label: "minutebook.postgres")) }
    }

    static func applied(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let exists = try await connection.query("SELECT to_regclass('minutebook_migrations') IS NOT NULL", logger: logger)
        for try await present in exists.decode(Bool.self) where !present { return [] }
        let rows = try await connection.query("SELECT identifier FROM minutebook_migrations ORDER BY position", logger: logger)
        var names: [String] = []
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }
}
