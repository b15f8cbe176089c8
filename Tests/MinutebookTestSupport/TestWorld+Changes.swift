import Foundation
import MinutebookCore

extension TestWorld {
    /// The tables whose records a world numbers itself (the running counts of positions are per parent).
    public static let numberedTables = [
        "partnership", "organisation", "person", "body", "seat", "meeting", "agendaItem", "minute", "resolution",
        "action", "document", "vote", "declaration", "forwardPlanItem", "minuteCorrection", "indicator", "user"
    ]

    /// A world that goes on from a store already holding records: each new record's id follows the last of its
    /// table there (`lastIDs`, by table name), so planting it beside a fixture's records collides with none.
    public init(after lastIDs: [String: Int64]) {
        self.init()
        self.lastIDs = lastIDs
    }

    // MARK: Changes to a world already planted

    /// `seat` changes hands on `date`: its holder's term ends the day before and `person`'s begins.
    public mutating func handOver(_ seat: Int64, to person: Int64, on date: String) {
        let dayBefore = LocalDate(iso: date).map { $0.adding(days: -1).iso } ?? date
        statements.append(
            "UPDATE seatHolding SET endDate = \(SQLValue.text(dayBefore).sql) WHERE seatId = \(seat) AND endDate IS NULL;")
        holding(seat, by: person, from: date)
    }

    // MARK: Accounts

    /// A signed-in account of `partnership` (with no usable password), linked to `person` when given.
    @discardableResult
    public mutating func account(
        _ email: String, role: UserRole, in partnership: Int64?, person: Int64? = nil, id: Int64? = nil
    ) -> Int64 {
        insert(
            "user", id: id,
            [
                "email": .text(email), "passwordHash": .text("x"), "role": .text(role.rawValue),
                "partnershipId": .optionalInt(partnership), "personId": .optionalInt(person)
            ])
    }

    /// A session of `user` for the token whose SHA-256 is `tokenHash`, expiring a day from now.
    public mutating func session(of user: Int64, tokenHash: String, csrfToken: String) {
        statements.append(
            "INSERT INTO session (tokenHash, userId, csrfToken, expiresAt) VALUES (\(SQLValue.text(tokenHash).sql), \(user), "
                + "\(SQLValue.text(csrfToken).sql), \(SQLValue.text(Self.timestamp(secondsFromNow: 86_400)).sql));")
    }

    /// `count` failed sign-ins to `email` from `address`, `secondsAgo` seconds ago.
    public mutating func failedSignIns(_ count: Int, to email: String, from address: String, secondsAgo: Int) {
        let at = Self.timestamp(secondsFromNow: -secondsAgo)
        for _ in 0..<count {
            append("loginAttempt", ["email": .text(email), "address": .text(address), "succeeded": .int(0), "at": .text(at)])
        }
    }

    /// Now moved by `seconds`, as the store writes a moment (UTC, to the second: "2026-12-07T23:59:03Z").
    static func timestamp(secondsFromNow seconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date().addingTimeInterval(TimeInterval(seconds)))
    }
}
