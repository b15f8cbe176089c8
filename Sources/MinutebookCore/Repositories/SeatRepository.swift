/// The seats of a body and who holds them, as the secretariat keeps them: a seat is added with its
/// holder, and handed over to a successor, which forwards the open actions owned through it.
public protocol SeatRepository: Sendable {
    /// The body's seats (not abolished) with their current holders, in order.
    func seats(bodyID: Int64) async throws -> [SeatWithHolder]
    /// Adds a seat to a body with its current holder since `since`; returns the seat's id.
    func addSeat(
        bodyID: Int64, title: String, role: SeatRole, holderID: Int64, since: LocalDate,
        by editor: ActionEditor
    ) async throws -> Int64
    /// Ends the current holding of `seatID`, starts `successorID`'s on `date`, and forwards the open actions.
    func passSeat(_ seatID: Int64, to successorID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> [Succession.Forwarding]
}
