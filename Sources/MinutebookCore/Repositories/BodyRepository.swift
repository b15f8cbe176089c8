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
