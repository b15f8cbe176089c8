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
