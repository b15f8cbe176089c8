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

    public init(name: String, slug: String, contactName: String? = nil, contactPhone: String? = nil, contactEmail: String? = nil,
                reportReferencePattern: String? = nil, questionsWorkingDays: Int = 4, yearStart: MunicipalYearStart = .may) {
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

/// A partnership as listed: its id and settings.
public struct PartnershipEntry: Sendable, Equatable {
    public var id: Int64
    public var settings: PartnershipSettings

    public init(id: Int64, settings: PartnershipSettings) {
        self.id = id
        self.settings = settings
    }
}

/// A body's settings (`minutebook body add|edit`). Its name changes only by renaming, which keeps the old one.
public struct BodySettings: Sendable, Equatable {
    public var name: String
    public var slug: String
    public var kind: BodyKind
    /// The body it reports to (a sub-group's board); nil for the main board.
    public var reportsToBodyID: Int64?
    /// Public meetings appear on the public pages; a private body's meetings never do.
    public var isPublic: Bool
    /// The body's own quorum for votes; nil: the default rule (`Quorum.required`).
    public var quorum: Int?

    public init(name: String, slug: String, kind: BodyKind, reportsToBodyID: Int64? = nil, isPublic: Bool = true, quorum: Int? = nil) {
        self.quorum = quorum
        self.name = name.trimmed
        self.slug = slug.trimmed
        self.kind = kind
        self.reportsToBodyID = reportsToBodyID
        self.isPublic = isPublic
    }

    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if name.isEmpty || name.count > 200 { problems.append(("name", "Enter the body's name (up to 200 characters)")) }
        if !Slug.isValid(slug) { problems.append(("slug", "The short name '\(slug)' may hold only lower-case letters, digits and dashes")) }
        if let quorum, !(1...500).contains(quorum) { problems.append(("quorum", "Enter the quorum as a whole number from 1 to 500, or leave it blank for the default")) }
        return problems
    }
}

/// A body with the names it had before (newest first), which search and the importer still know.
public struct BodyEntry: Sendable, Equatable {
    public var body: Body
    public var reportsTo: String?
    public var formerNames: [String]
    /// The body's own quorum; nil: the default rule.
    public var quorum: Int?

    public init(body: Body, reportsTo: String? = nil, formerNames: [String] = [], quorum: Int? = nil) {
        self.quorum = quorum
        self.body = body
        self.reportsTo = reportsTo
        self.formerNames = formerNames
    }
}

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

/// One person of a partnership's directory, with contact details (the secretariat's view).
public struct DirectoryPerson: Sendable, Equatable {
    public var person: Person
    public var jobTitle: String?
    public var organisation: String?
    public var phone: String?
    public var leftOn: LocalDate?
    /// Seats held today, as "Title (Body)".
    public var seats: [String]

    public init(person: Person, jobTitle: String? = nil, organisation: String? = nil, phone: String? = nil,
                leftOn: LocalDate? = nil, seats: [String] = []) {
        self.person = person
        self.jobTitle = jobTitle
        self.organisation = organisation
        self.phone = phone
        self.leftOn = leftOn
        self.seats = seats
    }
}

/// An organisation's details (`minutebook organisation add|edit`).
public struct OrganisationDetails: Sendable, Equatable {
    public var name: String
    public var abbreviation: String?

    public init(name: String, abbreviation: String? = nil) {
        self.name = name.trimmed
        self.abbreviation = abbreviation?.trimmed.nilIfEmpty
    }

    public var problems: [(field: String, message: String)] {
        name.isEmpty || name.count > 200 ? [("name", "Enter the organisation's name (up to 200 characters)")] : []
    }
}

/// What happened to a meeting after it was set: kept with its reason in the meeting's history.
public enum MeetingChangeKind: String, Sendable, Equatable, Codable {
    case moved, retimed, cancelled
}

public struct MeetingChange: Sendable, Equatable {
    public var kind: MeetingChangeKind
    public var fromDate: LocalDate
    public var toDate: LocalDate?
    public var reason: String?

    public init(kind: MeetingChangeKind, fromDate: LocalDate, toDate: LocalDate? = nil, reason: String? = nil) {
        self.kind = kind
        self.fromDate = fromDate
        self.toDate = toDate
        self.reason = reason
    }

    /// "Moved from 12 March 2018 to 26 March 2018: the venue was unavailable", for meeting pages.
    public var sentence: String {
        let because = reason.map { ": \($0)" } ?? ""
        switch kind {
        case .moved: return "Moved from \(fromDate.long) to \((toDate ?? fromDate).long)\(because)"
        case .retimed: return "The start time was changed\(because)"
        case .cancelled: return "Cancelled\(because)"
        }
    }
}

/// Short names used in URLs.
public enum Slug {
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 60 && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// "Safer Bromley Partnership" → "safer-bromley-partnership".
    public static func make(_ name: String) -> String {
        var out = ""
        var dash = false
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c); dash = false } else if !dash && !out.isEmpty { out.append("-"); dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
