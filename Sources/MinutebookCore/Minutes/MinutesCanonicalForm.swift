/// The canonical serialisation of approved minutes that the signature's SHA-256 is taken over.
///
/// UTF-8, one field per line, each line `key=value`, lines ending in `\n` (also the last). Values are
/// the stored text byte for byte, with only `\` written `\\`, a line feed `\n` and a carriage return
/// `\r`; an absent value is empty. In order:
///
///     minutebook-minutes=<version>
///     date=2017-12-19            start=10:00   end=12:05   venue=...      (one line each)
///     attendance=<status>|<name>|<role>|<position>|<substitute for>     (per attendee, in recorded order;
///                                                                        `|` inside a value written `\|`)
///     minute=<position>|<number><letter>|<part>|<title>                  (per minute, in order), then its
///     text=<the minute's text>
///     resolution=<position>|<place>|<text>                               (per resolution, in order)
///     action=<text>                                                      (per action, in recorded order)
///     declaration=<name>|<pecuniary or other>|<text>                     (version 2: per declaration, in recorded order)
///     vote=<kind>|<motion>|<for>|<against>|<abstentions>|<casting>|<outcome>|<present voting>|<quorum>
///     ballot=<name>|<for, against or abstain>                            (version 2: per vote, then its roll call)
///     note=<post-meeting note>                                           (when there is one)
///     report=<report reference>                                          (when there is one)
///
/// Version 1 (signatures made before votes and declarations were recorded) has no `declaration`,
/// `vote` or `ballot` lines; a signature is always verified in the version it was made in, so old
/// signatures keep verifying.
///
/// Not signed, because the product changes them on purpose after approval: action owners, status
/// and due dates, links to people and seats, corrections (new notes), pack issues and publication.
/// The body's name is not signed either (a body may be renamed); the meeting is named by its row.
public enum MinutesCanonicalForm {
    /// The version new signatures are made in.
    public static let version = 2
    /// Every version this build can recompute.
    public static let versions: ClosedRange<Int> = 1...2

    public struct Attendee: Sendable, Equatable {
        public var status: String
        public var name: String
        public var role: String?
        public var position: String?
        public var substituteFor: String?
        public init(status: String, name: String, role: String?, position: String?, substituteFor: String?) {
            self.status = status
            self.name = name
            self.role = role
            self.position = position
            self.substituteFor = substituteFor
        }
    }

    public struct Decision: Sendable, Equatable {
        public var position: Int
        public var place: Int?
        public var text: String
        public init(position: Int, place: Int?, text: String) {
            self.position = position
            self.place = place
            self.text = text
        }
    }

    public struct Minute: Sendable, Equatable {
        public var position: Int
        public var number: String
        public var part: Int
        public var title: String
        public var text: String
        public var resolutions: [Decision]
        public var actions: [String]
        public var note: String?
        public var reportReference: String?
        /// Version 2 on: declarations of interest and votes at the minute's item.
        public var declarations: [InterestDeclaration]
        public var votes: [RecordedVote]
        public init(
            position: Int, number: String, part: Int, title: String, text: String, resolutions: [Decision], actions: [String],
            note: String?, reportReference: String?, declarations: [InterestDeclaration] = [], votes: [RecordedVote] = []
        ) {
            self.declarations = declarations
            self.votes = votes
            self.position = position
            self.number = number
            self.part = part
            self.title = title
            self.text = text
            self.resolutions = resolutions
            self.actions = actions
            self.note = note
            self.reportReference = reportReference
        }
    }

    public static func escape(_ value: String?, bar: Bool = false) -> String {
        guard let value else { return "" }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "|" where bar: out += "\\|"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func text(
        version: Int = version, date: String, start: String?, end: String?, venue: String?, attendance: [Attendee],
        minutes: [Minute]
    ) -> String {
        var lines = [
            "minutebook-minutes=\(version)", "date=\(escape(date))", "start=\(escape(start))", "end=\(escape(end))",
            "venue=\(escape(venue))"
        ]
        for a in attendance {
            lines.append(
                "attendance="
                    + [a.status, a.name, a.role, a.position, a.substituteFor].map { escape($0, bar: true) }
                    .joined(separator: "|"))
        }
        for m in minutes {
            lines.append("minute=\(m.position)|\(escape(m.number, bar: true))|\(m.part)|\(escape(m.title, bar: true))")
            lines.append("text=\(escape(m.text))")
            for r in m.resolutions {
                lines.append("resolution=\(r.position)|\(r.place.map(String.init) ?? "")|\(escape(r.text, bar: true))")
            }
            for a in m.actions { lines.append("action=\(escape(a))") }
            if version >= 2 {
                for d in m.declarations {
                    lines.append("declaration=" + [d.name, d.kind.rawValue, d.text].map { escape($0, bar: true) }.joined(separator: "|"))
                }
                for v in m.votes {
                    let fields: [String] = [
                        v.kind.rawValue, escape(v.motion, bar: true), "\(v.tally.votesFor)", "\(v.tally.against)",
                        "\(v.tally.abstentions)", v.tally.castingVote?.rawValue ?? "", v.outcome.rawValue,
                        "\(v.presentVoting)", "\(v.quorum)"
                    ]
                    lines.append("vote=" + fields.joined(separator: "|"))
                    for b in v.ballots { lines.append("ballot=\(escape(b.name, bar: true))|\(b.choice.rawValue)") }
                }
            }
            if let note = m.note { lines.append("note=\(escape(note))") }
            if let report = m.reportReference { lines.append("report=\(escape(report))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
