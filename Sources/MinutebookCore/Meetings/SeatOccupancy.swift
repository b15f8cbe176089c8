/// A seat with whoever holds it on a given date.
public struct SeatOccupancy: Sendable, Equatable {
    public var seat: Seat
    public var organisation: String?
    /// Nil when the seat is vacant that day.
    public var holder: Person?
    /// The holder's job title that day.
    public var holderJobTitle: String?
    public var since: LocalDate?

    public init(seat: Seat, organisation: String? = nil, holder: Person? = nil, holderJobTitle: String? = nil, since: LocalDate? = nil) {
        self.seat = seat
        self.organisation = organisation
        self.holder = holder
        self.holderJobTitle = holderJobTitle
        self.since = since
    }
}
