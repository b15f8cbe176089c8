/// How sign-in attempts are slowed down: counted per account and per address separately, and softly.
///
/// - An account may fail `freeFailures` times in the window; after that each further attempt must
///   wait `delay(accountFailures:)` seconds after the previous failure (5 s, doubling, at most
///   `maxDelaySeconds`). Nobody can lock a colleague out: the worst an attacker causes is a short wait.
/// - An address may fail `addressFailures` times in the window (across all accounts: spraying one
///   password over many accounts), then waits until its oldest failure leaves the window.
/// - An attempt is counted when it starts, atomically, so parallel tries cannot all be evaluated.
public struct SignInThrottle: Sendable, Equatable {
    public var freeFailures: Int
    public var addressFailures: Int
    public var windowMinutes: Int
    public var baseDelaySeconds: Int
    public var maxDelaySeconds: Int

    public init(
        freeFailures: Int = 5, addressFailures: Int = 20, windowMinutes: Int = 15,
        baseDelaySeconds: Int = 5, maxDelaySeconds: Int = 60
    ) {
        self.freeFailures = freeFailures
        self.addressFailures = addressFailures
        self.windowMinutes = windowMinutes
        self.baseDelaySeconds = baseDelaySeconds
        self.maxDelaySeconds = maxDelaySeconds
    }

    /// Seconds an account's next attempt waits after its latest failure, given its failures in the window.
    public func delay(accountFailures: Int) -> Int {
        guard accountFailures >= freeFailures else { return 0 }
        let doublings = min(accountFailures - freeFailures, 16)
        return min(baseDelaySeconds << doublings, maxDelaySeconds)
    }
}
