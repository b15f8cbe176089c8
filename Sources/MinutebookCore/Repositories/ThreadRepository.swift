/// Threads: a matter across meetings, a later minute linked to the earlier one it reports back on.
public protocol ThreadRepository: Sendable {
    /// Links a later minute to the earlier one it reports back on.
    func linkThread(earlierMinuteID: Int64, laterMinuteID: Int64, by editor: ActionEditor) async throws
    /// Removes the direct link between two minutes of a thread (a link made by mistake).
    func unlinkThread(_ minuteID: Int64, from otherMinuteID: Int64, by editor: ActionEditor) async throws
    /// The minutes linked directly to `minuteID`, earlier or later.
    func threadNeighbours(of minuteID: Int64) async throws -> Set<Int64>
    /// Every minute of the thread `minuteID` belongs to, oldest first, that `audience` may see.
    func thread(of minuteID: Int64, audience: Audience) async throws -> [ThreadMinute]
    /// A minute as the thread page names it, with its body and partnership, if `audience` may see it.
    func minuteReference(id minuteID: Int64, audience: Audience) async throws -> (minute: MinuteReference, bodyID: Int64, partnershipID: Int64)?
    /// Minutes of the same body from later meetings, not yet in the thread, nearest first (at most `limit`).
    func laterMinutes(than minuteID: Int64, limit: Int) async throws -> [MinuteReference]
}

extension ThreadRepository {
    /// Later minutes a matter can be linked to, at most 300.
    public func laterMinutes(than minuteID: Int64) async throws -> [MinuteReference] {
        try await laterMinutes(than: minuteID, limit: 300)
    }
}
