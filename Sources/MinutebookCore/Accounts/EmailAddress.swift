public enum EmailAddress {
    /// Nil when `text` looks like an address ("name@host"), else a message saying what to fix.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "Enter an email address" }
        if text.utf8.count > 254 { return "Email address must be 254 characters or fewer" }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
            !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "<" || $0 == ">" })
        else {
            return "Enter an email address in the correct format, like name@example.org"
        }
        return nil
    }
}
