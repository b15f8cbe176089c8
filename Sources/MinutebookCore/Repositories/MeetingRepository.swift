/// Meetings as read by pages, the API and exports. Every read that may return Part 2 or draft
/// material takes an `Audience` and returns only what `Visibility` allows.
public protocol MeetingRepository: Sendable {
    /// The meeting of a body on a date. The body is named by slug or name, within the partnership
    /// named by `partnership` (slug or name) when given. Throws `DomainError.notFound` for an unknown
    /// body or partnership and `.conflict` when the body name is ambiguous; nil when the body has no
    /// meeting that day.
    func meeting(bodySlugOrName: String, partnership: String?, date: LocalDate) async throws -> Meeting?

    /// The meeting with its body, partnership, agenda, attendance, minutes, actions and documents,
    /// as `audience` may see it; nil when there is no such meeting or the audience may not know of it.
    func meetingDetail(id: Int64, audience: Audience) async throws -> MeetingDetail?

    /// Ids of every meeting of every body, by partnership, body and date (for exports).
    func allMeetingIDs() async throws -> [Int64]

    /// Dates of a body's meetings, oldest first (for "did you mean" messages and navigation).
    func meetingDates(of bodyID: Int64) async throws -> [LocalDate]
}

/// The read side of bodies: who sits where, on a date.
public protocol BodyRepository: Sendable {
    /// A body by slug or name, optionally within one partnership (slug or name). Throws
    /// `DomainError.notFound` / `.conflict` as `MeetingRepository.meeting` does; nil when unknown.
    func body(slugOrName: String, partnership: String?) async throws -> Body?

    /// The body's sub-groups (bodies reporting to it), by name.
    func subGroups(of bodyID: Int64) async throws -> [Body]

    /// Every seat of the body that exists on `date`, in seat order, with its holder that day.
    /// Contact details are kept only when `audience` may see them.
    func seats(of bodyID: Int64, on date: LocalDate, audience: Audience) async throws -> [SeatOccupancy]
}

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
