/// Attendance rates, per person or organisation: meetings attended of meetings expected.
public struct AttendanceTally: Sendable, Equatable {
    public var key: String
    public var attended: Int = 0
    public var apologies: Int = 0
    public var absent: Int = 0

    public init(key: String) { self.key = key }

    public var recorded: Int { attended + apologies + absent }

    /// Tallies facts by `key` (person name, organisation), in first-seen order.
    public static func tally(_ facts: [AttendanceFact], by key: (AttendanceFact) -> String?) -> [AttendanceTally] {
        var order: [String] = []
        var byKey: [String: AttendanceTally] = [:]
        for fact in facts {
            guard let k = key(fact) else { continue }
            if byKey[k] == nil { order.append(k); byKey[k] = AttendanceTally(key: k) }
            if fact.status.attended {
                byKey[k]?.attended += 1
            } else if fact.status == .apologies {
                byKey[k]?.apologies += 1
            } else {
                byKey[k]?.absent += 1
            }
        }
        return order.compactMap { byKey[$0] }
    }
}
