/// The answer to "may this sign-in attempt be evaluated now?".
public enum SignInTurn: Sendable, Equatable {
    /// Go ahead; the attempt is already counted as a failure until `settleAttempt` says otherwise.
    case go(attemptID: Int64)
    /// Too many recent failures: try again after this many seconds.
    case wait(seconds: Int, reason: Reason)

    public enum Reason: Sendable, Equatable { case account, address }
}
