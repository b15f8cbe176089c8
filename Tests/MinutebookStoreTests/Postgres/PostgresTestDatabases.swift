import Foundation
import MinutebookPostgres
import MinutebookTestSupport

/// A fresh, migrated PostgreSQL database for each test, on the run's one cluster: the first request migrates a
/// template database once; every later one is `CREATE DATABASE … TEMPLATE` (a file copy, no migration run).
actor PostgresTestDatabases {
    static let shared = PostgresTestDatabases()

    private var template: Task<PostgresStore, any Error>?
    static let templateName = "minutebook_template"

    /// The cluster's maintenance database, through which the test databases are made.
    private func admin() async throws -> PostgresStore {
        if let template { return try await template.value }
        let task = Task<PostgresStore, any Error> {
            let cluster = try PostgresTestCluster.shared()
            let admin = PostgresStore(location: try PostgresLocation(url: cluster.url(database: "postgres")))
            try await admin.client.query("CREATE DATABASE \(unescaped: Self.templateName)")
            let migrating = PostgresStore(location: try PostgresLocation(url: cluster.url(database: Self.templateName)))
            do {
                try await migrating.migrate()
            } catch {
                await migrating.close()
                throw error
            }
            // A template must have no open connections while it is copied.
            await migrating.close()
            return admin
        }
        template = task
        return try await task.value
    }

    /// A new database copied from the migrated template, and its store (close it when done).
    func fresh() async throws -> PostgresStore {
        let name = "mb_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try await admin().client.query("CREATE DATABASE \(unescaped: name) TEMPLATE \(unescaped: Self.templateName)")
        return PostgresStore(location: try PostgresLocation(url: try PostgresTestCluster.shared().url(database: name)))
    }

    /// A new empty database, not migrated.
    func empty() async throws -> PostgresStore {
        let name = "mb_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try await admin().client.query("CREATE DATABASE \(unescaped: name)")
        return PostgresStore(location: try PostgresLocation(url: try PostgresTestCluster.shared().url(database: name)))
    }
}
