/// A domain rule was broken. `description` is one line a user can act on.
public struct DomainError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case notFound
        case invalid
        case conflict
        case forbidden
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    public static func notFound(_ message: String) -> DomainError { DomainError(.notFound, message) }
    public static func invalid(_ message: String) -> DomainError { DomainError(.invalid, message) }
    public static func conflict(_ message: String) -> DomainError { DomainError(.conflict, message) }
    public static func forbidden(_ message: String) -> DomainError { DomainError(.forbidden, message) }
}
