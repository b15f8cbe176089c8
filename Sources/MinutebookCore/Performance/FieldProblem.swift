/// A field of the report form with what is wrong with it.
public struct FieldProblem: Sendable, Equatable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
