/// Upkeep of seats beyond adding and handing over.
public protocol SeatUpkeepRepository: Sendable {
    /// Changes a seat's role (member to vice-chairman...).
    func changeRole(of seatID: Int64, to role: SeatRole, by editor: ActionEditor) async throws -> Seat
    /// Ends the current holding on `date` (the last day held): the seat stays, vacant.
    func vacateSeat(_ seatID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> Seat
    /// Ends the seat itself: its holding ends on `date` and the seat is abolished the day after.
    func endSeat(_ seatID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> Seat
}
