public struct SeatHolding: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var seatID: Int64
    public var personID: Int64
    public var start: LocalDate
    public var end: LocalDate?

    public init(id: Int64, seatID: Int64, personID: Int64, start: LocalDate, end: LocalDate? = nil) {
        self.id = id
        self.seatID = seatID
        self.personID = personID
        self.start = start
        self.end = end
    }

    /// Held on `date` (start inclusive, end inclusive).
    public func isHeld(on date: LocalDate) -> Bool { start <= date && (end.map { date <= $0 } ?? true) }
}
