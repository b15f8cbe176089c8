/// An entry of an earlier report that the meeting carried forward without an action behind it.
public struct CarriedForwardEntry: Sendable, Equatable {
    public var entryID: Int64
    public var entry: MattersArisingEntry

    public init(entryID: Int64, entry: MattersArisingEntry) {
        self.entryID = entryID
        self.entry = entry
    }
}
