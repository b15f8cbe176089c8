/// The values the secretariat sets up and keeps: a partnership's settings, a body's, a person's, an
/// organisation's, and a change to a meeting's date or its cancellation. Each checks its own fields
/// and names the ones that are wrong, so the CLI and forms say the same thing.

/// A partnership's settings (`minutebook partnership add|edit`).
public struct PartnershipSettings: Sendable, Equatable {
    public var name: String
    /// Lower-case letters, digits and dashes; used in every URL.
    public var slug: String
    public var contactName: String?
    public var contactPhone: String?
    public var contactEmail: String?
    /// A report reference pattern such as `CSD{yy}{nnn}`.
    public var reportReferencePattern: String?
    /// Working days before a meeting by which public questions must arrive.
    public var questionsWorkingDays: Int
    public var yearStart: MunicipalYearStart

    public init(
        name: String, slug: String, contactName: String? = nil, contactPhone: String? = nil, contactEmail: String? = nil,
        reportReferencePattern: String? = nil, questionsWorkingDays: Int = 4, yearStart: MunicipalYearStart = .may
    ) {
        self.name = name.trimmed
        self.slug = slug.trimmed
        self.contactName = contactName?.trimmed.nilIfEmpty
        self.contactPhone = contactPhone?.trimmed.nilIfEmpty
        self.contactEmail = contactEmail?.trimmed.nilIfEmpty
        self.reportReferencePattern = reportReferencePattern?.trimmed.nilIfEmpty
        self.questionsWorkingDays = questionsWorkingDays
        self.yearStart = yearStart
    }

    /// Field problems, as (field, message).
    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if name.isEmpty || name.count > 200 { problems.append(("name", "Enter the partnership's name (up to 200 characters)")) }
        if !Slug.isValid(slug) { problems.append(("slug", "The short name '\(slug)' may hold only lower-case letters, digits and dashes")) }
        if let email = contactEmail, let problem = EmailAddress.problem(with: email) { problems.append(("contactEmail", problem)) }
        if let pattern = reportReferencePattern, !pattern.contains("{n") {
            problems.append(("reportReferencePattern", "The report reference pattern needs a number, such as CSD{yy}{nnn}"))
        }
        if !(0...60).contains(questionsWorkingDays) {
            problems.append(("questionsWorkingDays", "Questions are due 0 to 60 working days before a meeting"))
        }
        if yearStart.day > 28 { problems.append(("yearStart", "The municipal year starts on a day from 1 to 28")) }
        return problems
    }
}
