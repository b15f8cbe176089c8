import GRDB
import MinutebookCore

/// What the weaker inference (a lapse, HistoryEvidence+Lapse) reads from the store: the minutes that
/// record a Matters Arising report as noted, across every name the body goes by.
extension GRDBActionRepository {
    /// The body and the bodies its packs show to be the same body under another name: in the same
    /// partnership, a pack for a meeting of one addressed to the members of the other (the 2024 pack
    /// for a "Board" meeting addressed "To: Members of the … STRATEGIC GROUP"). A renamed or merged
    /// body is already one body (its former names join it on import). Linked both ways, transitively.
    static func linkedBodies(_ bodyID: Int64, _ db: Database) throws -> Set<Int64> {
        let bodies = try Row.fetchAll(
            db,
            sql: """
                SELECT id, name FROM body WHERE partnershipId = (SELECT partnershipId FROM body WHERE id = ?)
                """, arguments: [bodyID]
        ).map { (id: $0["id"] as Int64, name: Self.words($0["name"] as String)) }
        let addressed = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT e.bodyId, e.addressedTo FROM agendaEvidence e JOIN body b ON b.id = e.bodyId
                WHERE b.partnershipId = (SELECT partnershipId FROM body WHERE id = ?) AND e.addressedTo IS NOT NULL
                """, arguments: [bodyID]
        ).map { (bodyID: $0["bodyId"] as Int64, to: Self.words($0["addressedTo"] as String)) }
        var links: [(Int64, Int64)] = []
        for pack in addressed where pack.to.count >= 2 {
            guard let own = bodies.first(where: { $0.id == pack.bodyID }), !own.name.ends(with: pack.to) else { continue }
            for other in bodies where other.id != pack.bodyID && other.name.ends(with: pack.to) {
                links.append((pack.bodyID, other.id))
            }
        }
        var result: Set<Int64> = [bodyID]
        var grew = true
        while grew {
            grew = false
            for (a, b) in links where result.contains(a) != result.contains(b) {
                result.formUnion([a, b])
                grew = true
            }
        }
        return result
    }

    /// A name's words, lower-cased, letters and digits only: "saferbromley STRATEGIC  GROUP" → […, "strategic", "group"].
    static func words(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Public minutes of `bodies` that record a Matters Arising report as noted.
    static func notedMattersArising(bodies: Set<Int64>, _ db: Database) throws -> [NotedMattersArising] {
        let list = bodies.sorted().map(String.init).joined(separator: ",")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT m.date, n.number, n.letter, n.reportReference, im.file FROM minute n JOIN meeting m ON m.id = n.meetingId
                LEFT JOIN importedMeeting im ON im.meetingId = m.id
                WHERE m.bodyId IN (\(list)) AND n.part = 1 AND n.title LIKE '%matters arising%'
                AND (n.text LIKE '%noted%' OR EXISTS (SELECT 1 FROM resolution r WHERE r.minuteId = n.id AND r.text LIKE '%noted%'))
                ORDER BY m.date, n.position
                """
        ).compactMap { row in
            guard let date = LocalDate(iso: row["date"] as String) else { return nil }
            return NotedMattersArising(
                meetingDate: date, minute: (row["number"] as Int?).map { MinuteNumber($0, letter: row["letter"] ?? "") },
                reference: row["reportReference"], file: row["file"])
        }
    }
}

extension [String] {
    /// The name's last words are `words`.
    fileprivate func ends(with words: [String]) -> Bool { count >= words.count && Array(suffix(words.count)) == words }
}
