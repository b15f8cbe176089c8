/// The seats of a body and who holds them, as the secretariat keeps them: a seat is added with its
/// holder, and handed over to a successor, which forwards the open actions owned through it.
public protocol SeatRepository: Sendable {
    /// The body's seats (not abolished) with their current holders, in order.
    func seats(bodyID: Int64) async throws -> [SeatWithHolder]
    /// Adds a seat to a body with its current holder since `since`; returns the seat's id.
    func addSeat(bodyID: Int64, title: String, role: SeatRole, holderID: Int64, since: LocalDate,
                 by editor: ActionEditor) async throws -> Int64
    /// Ends the current holding of `seatID`, starts `successorID`'s on `date`, and forwards the open actions.
    func passSeat(_ seatID: Int64, to successorID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> [Succession.Forwarding]
}

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

/// Upkeep of seats beyond adding and handing over.
public protocol SeatUpkeepRepository: Sendable {
    /// Changes a seat's role (member to vice-chairman...).
    func changeRole(of seatID: Int64, to role: SeatRole, by editor: ActionEditor) async throws -> Seat
    /// Ends the current holding on `date` (the last day held): the seat stays, vacant.
    func vacateSeat(_ seatID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> Seat
    /// Ends the seat itself: its holding ends on `date` and the seat is abolished the day after.
    func endSeat(_ seatID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> Seat
}
