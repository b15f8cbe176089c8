import MinutebookCore

/// Which store `--database` names: a PostgreSQL database by its `postgres://` (or `postgresql://`) URL, else a
/// SQLite file, by path or as `sqlite:PATH` (`sqlite://PATH` too).
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    public init(_ argument: String) {
        if argument.hasPrefix("postgres://") || argument.hasPrefix("postgresql://") {
            self = .postgres(url: argument)
        } else if argument.hasPrefix("sqlite://") {
            self = .sqlite(path: String(argument.dropFirst("sqlite://".count)))
        } else if argument.hasPrefix("sqlite:") {
            self = .sqlite(path: String(argument.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: argument)
        }
    }

    /// The one-line refusal of a command that runs on SQLite only so far (issue 21 brings the rest).
    public static func notYetOnPostgres(_ url: String) -> DomainError {
        .invalid(
            "this command does not run on the PostgreSQL store yet (\(withoutPassword(url))): "
                + "only `minutebook migrate` does; use a SQLite database for the rest")
    }

    /// The URL with any password replaced, for messages.
    public static func withoutPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.range(of: "@", range: scheme.upperBound..<url.endIndex) else { return url }
        let credentials = url[scheme.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return url.replacingCharacters(in: colon..<at.lowerBound, with: ":***")
    }
}
