public struct AuditEntry: Sendable, Equatable {
    public var at: String
    /// "user:2:sec@example.org", "cli:user add:alice", "import:file.txt", "system".
    public var actor: String
    public var operation: String
    /// JSON objects of the row's columns, as the trigger stored them.
    public var before: String?
    public var after: String?

    public init(at: String, actor: String, operation: String, before: String?, after: String?) {
        self.at = at
        self.actor = actor
        self.operation = operation
        self.before = before
        self.after = after
    }
}
