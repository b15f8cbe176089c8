/// The read side of people and organisations.
public protocol PeopleRepository: Sendable {
    /// A person with their job titles and seats over time; nil when unknown. Contact details are kept
    /// only when `audience` may see them.
    func person(id: Int64, audience: Audience) async throws -> PersonDetail?

    /// The organisations of a partnership, by name.
    func organisations(of partnershipID: Int64) async throws -> [Organisation]

    /// How often a person attended the meetings `audience` may see the attendance of.
    func attendanceStats(personID: Int64, audience: Audience) async throws -> AttendanceStats

    /// The same, over every person of an organisation.
    func attendanceStats(organisationID: Int64, audience: Audience) async throws -> AttendanceStats

    /// Everyone in a partnership by name, for pickers (action owners, accounts): no contact details.
    func people(of partnershipID: Int64) async throws -> [Person]

    /// The people of a partnership whose full name is `name` (any case): no contact details.
    func people(named name: String, in partnershipID: Int64) async throws -> [Person]

    func organisation(id: Int64) async throws -> Organisation?
}
