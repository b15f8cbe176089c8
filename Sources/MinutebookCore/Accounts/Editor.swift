/// Who makes a change, as the repositories record it in the audit trail.
public enum Editor: Sendable, Equatable {
    /// A signed-in account.
    case user(id: Int64, email: String)
    /// A tool or process ("cli:user add:alice", "demo-generator").
    case tool(String)

    /// The name written into every audit row of this editor's changes ("user:7:clerk@example.org").
    public var auditName: String {
        switch self {
        case .user(let id, let email): "user:\(id):\(email)"
        case .tool(let name): name
        }
    }
}
