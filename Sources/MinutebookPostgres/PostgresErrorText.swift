import PostgresNIO

/// PostgresNIO's errors print a generic text on purpose (no data leaks into logs); this says in one line what
/// the server or the connection said, for the CLI's one-line errors and for tests.
public enum PostgresErrorText {
    public static func oneLine(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            let code = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + code
        }
        if let underlying = error.underlying { return "\(error.code): \(underlying)" }
        return "\(error.code)"
    }

    /// The SQLSTATE the server answered with, if it answered.
    public static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
