/// One seat a person held, on which body, from when to when.
public struct SeatTenure: Sendable, Equatable {
    public var seat: Seat
    public var body: Body
    public var start: LocalDate
    public var end: LocalDate?

    public init(seat: Seat, body: Body, start: LocalDate, end: LocalDate? = nil) {
        self.seat = seat
        self.body = body
        self.start = start
        self.end = end
    }
}
