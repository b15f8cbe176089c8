/// The password rule: long enough to resist guessing, short enough for bcrypt (72 bytes).
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumBytes = 72

    /// Nil when `password` is acceptable, else a message saying what to fix.
    public static func problem(with password: String) -> String? {
        if password.isEmpty { return "Enter a password" }
        if password.count < minimumLength { return "Password must be \(minimumLength) characters or more" }
        if password.utf8.count > maximumBytes { return "Password must be \(maximumBytes) bytes or fewer" }
        return nil
    }
}
