import MinutebookCore

/// Why a document could not be imported: one line a user can act on, with the file and, where it
/// applies, the line. Converted to `DomainError.invalid` at the CLI and web boundaries.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let reason: String

    public init(file: String, line: Int? = nil, _ reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(file): line \(line): \(reason)" }
        return "\(file): \(reason)"
    }

    public var domainError: DomainError { .invalid(description) }

    /// The reason given for a document that holds an agenda and no minutes.
    public static let agendaOnly = "holds an agenda and no minutes (nothing resolved, no actions, no apologies recorded); nothing to import"

    /// The document holds an agenda and no minutes (a pack read for its agenda and tables still counts).
    public var isAgendaOnly: Bool { reason == Self.agendaOnly }
}
