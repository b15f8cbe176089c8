/// A person's details (`minutebook person add|edit`): nil leaves a field as it is when editing.
public struct PersonDetails: Sendable, Equatable {
    public var fullName: String?
    public var jobTitle: String?
    public var email: String?
    public var phone: String?
    /// The organisation by name or abbreviation; created when the partnership has none of that name.
    public var organisation: String?

    public init(fullName: String? = nil, jobTitle: String? = nil, email: String? = nil, phone: String? = nil, organisation: String? = nil) {
        self.fullName = fullName?.trimmed
        self.jobTitle = jobTitle?.trimmed
        self.email = email?.trimmed
        self.phone = phone?.trimmed
        self.organisation = organisation?.trimmed
    }

    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if let name = fullName, name.isEmpty || name.count > 200 {
            problems.append(("fullName", "Enter the person's full name (up to 200 characters)"))
        }
        if let email, !email.isEmpty, let problem = EmailAddress.problem(with: email) { problems.append(("email", "\(problem): '\(email)'")) }
        if let title = jobTitle, title.count > 200 { problems.append(("jobTitle", "A job title has up to 200 characters")) }
        return problems
    }
}
