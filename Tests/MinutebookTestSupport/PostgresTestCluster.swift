import Foundation

/// The throwaway PostgreSQL cluster of one test run (`scripts/pg-test-cluster`): started once per test process,
/// the first time a test asks for it, on a free port of 127.0.0.1 with its own socket directory, and stopped and
/// removed by the script's watcher when the test process ends (also when it crashes). Tests make a database
/// each; nothing here needs root (run as root, the server runs as the `postgres` system user).
public struct PostgresTestCluster: Sendable {
    public let directory: String
    public let port: Int
    public let socketDirectory: String
    public let user: String

    /// The run's cluster, started on first use. A failure to start fails every test that needs it, with the
    /// script's own words: `make test` installs PostgreSQL (scripts/bootstrap), so a missing server is an error.
    public static func shared() throws -> PostgresTestCluster {
        try started.get()
    }

    private static let started: Result<PostgresTestCluster, any Error> = Result { try start() }

    /// A URL for `database` on this cluster, over TCP.
    public func url(database: String) -> String {
        "postgres://\(user)@127.0.0.1:\(port)/\(database)"
    }

    /// A new empty database on this cluster (PostgreSQL's own `createdb`), for tests that have no client of
    /// their own, such as the CLI's; returns its URL.
    public func createDatabase() throws -> String {
        let name = "mb_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let (status, _, errors) = try Self.runScript(["createdb", String(port), user, name])
        guard status == 0 else { throw PostgresTestClusterError(message: "createdb \(name) failed: \(errors)") }
        return url(database: name)
    }

    /// The script, found from this file's place in the repository.
    public static var script: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/pg-test-cluster")
    }

    static func start() throws -> PostgresTestCluster {
        let (status, output, errors) = try runScript(["start", String(getpid())])
        let fields = output.split(whereSeparator: \.isWhitespace).map(String.init)
        guard status == 0, fields.count == 4, let port = Int(fields[1]) else {
            throw PostgresTestClusterError(message: "the test PostgreSQL cluster did not start (exit \(status)): \(errors)\(output)")
        }
        return PostgresTestCluster(directory: fields[0], port: port, socketDirectory: fields[2], user: fields[3])
    }

    /// Runs the script with posix_spawn and waitpid, its output through temporary files. Not Foundation's
    /// Process: the first test to need the cluster starts it inside a one-time initialiser while other tests
    /// wait on it, and Process.waitUntilExit (which waits on the run loop for word from another thread) was
    /// seen never to return there, its child already exited.
    static func runScript(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mb-pg-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ["/bin/bash", script.path] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw PostgresTestClusterError(message: "cannot run \(script.path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (exit, output, errors)
    }
}

public struct PostgresTestClusterError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
