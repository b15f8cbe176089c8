/// One seat with its current holder (none when vacant).
public struct SeatWithHolder: Sendable, Equatable {
    public var seat: Seat
    public var holderID: Int64?
    public var holderName: String?
    public var since: LocalDate?

    public init(seat: Seat, holderID: Int64? = nil, holderName: String? = nil, since: LocalDate? = nil) {
        self.seat = seat
        self.holderID = holderID
        self.holderName = holderName
        self.since = since
    }
}
