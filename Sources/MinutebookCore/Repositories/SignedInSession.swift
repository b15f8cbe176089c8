/// A live session as a request sees it: the account, the form token and the bodies seated today.
public struct SignedInSession: Sendable, Equatable {
    public var user: User
    public var csrfToken: String
    public var bodiesSeated: Set<Int64>

    public init(user: User, csrfToken: String, bodiesSeated: Set<Int64>) {
        self.user = user
        self.csrfToken = csrfToken
        self.bodiesSeated = bodiesSeated
    }
}
