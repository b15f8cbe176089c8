/// Set-up and upkeep of a partnership's directory: partnerships, bodies, people, organisations and
/// the meeting calendar. Each method is one intention and one transaction; every write is audited
/// under `editor.auditName`. Refusals are `DomainError`s with one line a user can act on.

public protocol PartnershipSetupRepository: Sendable {
    /// Every partnership, by name.
    func partnerships() async throws -> [PartnershipEntry]
    /// Creates a partnership with its board (named `boardName`), whose agenda template is the standard one.
    func addPartnership(_ settings: PartnershipSettings, boardName: String, by editor: ActionEditor) async throws -> PartnershipEntry
    func editPartnership(_ id: Int64, _ settings: PartnershipSettings, by editor: ActionEditor) async throws -> PartnershipEntry
}

public protocol BodySetupRepository: Sendable {
    /// The bodies of a partnership: boards first, then by name, each with its former names.
    func bodies(of partnershipID: Int64) async throws -> [BodyEntry]
    func addBody(to partnershipID: Int64, _ settings: BodySettings, by editor: ActionEditor) async throws -> BodyEntry
    /// Changes the slug, kind, reporting line and public/private setting; a new name must go through `renameBody`.
    func editBody(_ id: Int64, _ settings: BodySettings, by editor: ActionEditor) async throws -> BodyEntry
    /// Renames a body; the old name (and slug) stays a former name that lookups, search and the importer still find.
    func renameBody(_ id: Int64, to name: String, by editor: ActionEditor) async throws -> BodyEntry
    /// Moves every reference of `droppedID` (meetings, minutes, actions, seats, plans...) to `keptID`, keeps
    /// the dropped body's name as a former name of the kept one, and deletes the dropped body.
    func mergeBody(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> BodyEntry
}

public protocol PeopleSetupRepository: Sendable {
    /// Everyone of a partnership with contact details, job title and seats held on `date`.
    func directory(of partnershipID: Int64, on date: LocalDate) async throws -> [DirectoryPerson]
    /// Adds a person; a job title starts on `date`.
    func addPerson(to partnershipID: Int64, _ details: PersonDetails, on date: LocalDate, by editor: ActionEditor) async throws -> DirectoryPerson
    /// Changes the fields given; a new job title ends the current one the day before `date`.
    func editPerson(_ id: Int64, _ details: PersonDetails, on date: LocalDate, by editor: ActionEditor) async throws -> DirectoryPerson
    /// Moves every reference of `droppedID` (seats, attendance, action owners, updates, accounts...) to
    /// `keptID`, fills the kept record's empty fields from the dropped one, and deletes the dropped record.
    func mergePerson(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> DirectoryPerson
    /// Records that the person left on `date`, ending every seat they held then.
    func markLeft(_ id: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> DirectoryPerson

    func addOrganisation(to partnershipID: Int64, _ details: OrganisationDetails, by editor: ActionEditor) async throws -> Organisation
    func editOrganisation(_ id: Int64, _ details: OrganisationDetails, by editor: ActionEditor) async throws -> Organisation
    /// Moves every reference (people, seats, job titles, action owners, directory entries) and deletes the dropped one.
    func mergeOrganisation(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> Organisation

    /// The partnership's organisations, by name.
    func organisations(of partnershipID: Int64) async throws -> [Organisation]
    func organisation(id: Int64) async throws -> Organisation
    /// One person as `directory` lists them, with the seats held on `date`.
    func person(id: Int64, on date: LocalDate) async throws -> DirectoryPerson
}

/// Changes to a meeting's date or time, and cancellations, each with its reason kept in the history.
/// The iCalendar SEQUENCE goes up with every change (the schema's trigger), so calendars update.
public protocol MeetingScheduleRepository: Sendable {
    /// Moves a meeting not yet held to `date` (and `start`, when given); refused onto a date the body already meets.
    func moveMeeting(_ meetingID: Int64, to date: LocalDate, start: LocalTime?, reason: String?,
                     by editor: ActionEditor) async throws -> Meeting
    /// Cancels a meeting not yet held.
    func cancelMeeting(_ meetingID: Int64, reason: String?, by editor: ActionEditor) async throws -> Meeting
    /// The meeting's changes, oldest first.
    func changes(of meetingID: Int64) async throws -> [MeetingChange]
    /// The body's meeting on `date`; `.notFound` when it has none.
    func meeting(bodyID: Int64, on date: LocalDate) async throws -> Meeting
}
