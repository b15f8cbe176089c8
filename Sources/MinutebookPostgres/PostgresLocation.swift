import Foundation

/// Where a PostgreSQL store lives, read from a `postgres://user[:password]@host[:port]/database` URL
/// (`postgresql://` too). `?host=/path/to/socket/dir` connects through that directory's Unix socket instead of TCP.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    /// The directory of the server's Unix socket, when connecting through it.
    public var socketDirectory: String?

    public init(host: String, port: Int = 5432, username: String, password: String? = nil, database: String, socketDirectory: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.socketDirectory = socketDirectory
    }

    /// Whether `text` names a PostgreSQL store at all (then it must parse).
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL, or says in one line what is wrong with it.
    public init(url text: String) throws(PostgresLocationError) {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError(message: "not a PostgreSQL URL: \(text) (expected postgres://user@host/database)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresLocationError(message: "the PostgreSQL URL names no user: \(Self.redacted(text)) (expected postgres://user@host/database)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError(
                message: "the PostgreSQL URL names no database: \(Self.redacted(text)) (expected postgres://user@host/database)")
        }
        let socket = components.queryItems?.first(where: { $0.name == "host" })?.value
        guard let host = components.host, !host.isEmpty || socket != nil else {
            throw PostgresLocationError(message: "the PostgreSQL URL names no host: \(Self.redacted(text))")
        }
        self.init(
            host: host.isEmpty ? "localhost" : host, port: components.port ?? 5432, username: user,
            password: components.password, database: database, socketDirectory: socket)
    }

    /// The URL without its password, for messages and logs.
    public var description: String {
        var text = "postgres://\(username)@\(host):\(port)/\(database)"
        if let socketDirectory { text += "?host=\(socketDirectory)" }
        return text
    }

    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}

public struct PostgresLocationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
