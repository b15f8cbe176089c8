import Foundation
import MinutebookCore

/// The minutes of one meeting laid out as the partnership prints them: the body's name, "Minutes of
/// the meeting held at ... on ...", attendance, each minute with its number, its text and decisions
/// in order and the Action column of owner initials beside what they own, "The Meeting ended at ...",
/// and the Chairman's signature block. Drafts say so on every page. The same value prints as PDF
/// (WeasyPrint), as Word (DOCX) and inside the agenda pack, so the three never differ.
///
/// Built from what the audience may see only (a `MeetingDetail` filtered by `Visibility`, or the
/// pack's edition of the previous minutes): this type never decides what is shown.
public struct MinutesDocument: Sendable, Equatable {
    /// One row of a minute: a paragraph of narrative or a group of decisions, with the Action column.
    public struct Row: Sendable, Equatable {
        public enum Content: Sendable, Equatable {
            case paragraph(String)
            case resolutions([String])
            case note(String)
            case correction(String)
            /// A declaration of interest at the item ("Ada Quill declared a pecuniary interest: ...").
            case declaration(String)
            /// A vote: its sentence (motion, counts, outcome, quorum) and the roll call of a recorded vote.
            case vote(String, rollCall: [String])
        }
        public var content: Content
        /// Owner codes of the actions this row carries ("LG/TG"), one entry per action.
        public var action: [String]

        public init(_ content: Content, action: [String] = []) {
            self.content = content
            self.action = action
        }
    }

    public struct Entry: Sendable, Equatable {
        public var number: String
        public var title: String
        public var part: AgendaPart
        public var rows: [Row]

        public init(number: String, title: String, part: AgendaPart, rows: [Row]) {
            self.number = number
            self.title = title
            self.part = part
            self.rows = rows
        }

        /// Every owner code of the minute's Action column, in order.
        public var actionCodes: [String] { rows.flatMap(\.action) }
    }

    public var partnershipName: String
    public var bodyName: String
    public var date: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    public var venue: String?
    /// "Name, (role) (Chairman)" lines.
    public var present: [String]
    public var alsoPresent: [String]
    public var apologies: [String]
    public var entries: [Entry]
    public var isDraft: Bool
    /// "Approved as a correct record at the meeting on ...", when approved.
    public var approval: String?
    public var signature: MinutesSignature?
    /// The title the signature line names ("Chairman").
    public var chairTitle: String
    /// Part 2 minutes left out of this edition (the document says how many).
    public var withheld: Int

    public init(
        partnershipName: String, bodyName: String, date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil,
        venue: String? = nil, present: [String] = [], alsoPresent: [String] = [], apologies: [String] = [],
        entries: [Entry] = [], isDraft: Bool, approval: String? = nil, signature: MinutesSignature? = nil,
        chairTitle: String = "Chairman", withheld: Int = 0
    ) {
        self.partnershipName = partnershipName
        self.bodyName = bodyName
        self.date = date
        self.start = start
        self.end = end
        self.venue = venue
        self.present = present
        self.alsoPresent = alsoPresent
        self.apologies = apologies
        self.entries = entries
        self.isDraft = isDraft
        self.approval = approval
        self.signature = signature
        self.chairTitle = chairTitle
        self.withheld = withheld
    }

    public var title: String { "\(isDraft ? "Draft minutes" : "Minutes"): \(bodyName), \(date.long)" }

    /// "Minutes of the meeting held at 10.00 am on 19 December 2017".
    public var heldLine: String {
        var line = isDraft ? "Draft minutes of the meeting held" : "Minutes of the meeting held"
        if let start { line += " at \(start.twelveHour)" }
        line += " on \(date.long)"
        if let venue, !venue.isEmpty { line += ", \(venue)" }
        return line
    }

    public var endLine: String? { end.map { "The Meeting ended at \($0.twelveHour)" } }

    /// File name stem: "board-2017-12-19-minutes" (or "-draft-minutes").
    public static func stem(bodySlug: String, date: LocalDate, draft: Bool) -> String {
        "\(bodySlug)-\(date.iso)-\(draft ? "draft-minutes" : "minutes")"
    }

    // MARK: Building

    /// Attendance lines as the samples print them: "Name, (role) (Chairman)".
    static func line(name: String, role: String?, position: ChairPosition?, virtual: Bool, substituteFor: String?) -> String {
        var text = name
        if let role, !role.isEmpty { text += ", (\(role))" }
        if let position { text += " (\(position.label))" }
        if virtual { text += " (attended virtually)" }
        if let substituteFor, !substituteFor.isEmpty { text += " (substitute for \(substituteFor))" }
        return text
    }

    /// Rows of one minute: declarations of interest first, the narrative and decisions in order, the
    /// Action column beside the decision each action carries out (else beside the minute's last row of
    /// text), the votes taken, then the post-meeting note.
    public static func rows(
        text: String, decisions: [(text: String, place: Int?)], actions: [(codes: String, decision: Int?)],
        note: String?, votes: [RecordedVote] = [], declarations: [InterestDeclaration] = []
    ) -> [Row] {
        var rows: [Row] = []
        /// For each decision (by its index), the row it was printed in.
        var rowOfDecision: [Int: Int] = [:]
        var indexOf: [String: [Int]] = [:]
        for (i, d) in decisions.enumerated() { indexOf[d.text, default: []].append(i) }
        var taken = Set<Int>()
        for block in MinuteLayout.blocks(text: text, decisions: decisions) {
            switch block {
            case .paragraph(let p): rows.append(Row(.paragraph(p)))
            case .resolutions(let group):
                for t in group {
                    if let i = indexOf[t]?.first(where: { !taken.contains($0) }) {
                        taken.insert(i)
                        rowOfDecision[i] = rows.count
                    }
                }
                rows.append(Row(.resolutions(group)))
            }
        }
        for vote in votes { rows.append(Row(.vote("\(vote.sentence) \(vote.quorumNote)", rollCall: vote.rollCall))) }
        if let note, !note.isEmpty { rows.append(Row(.note(note))) }
        for action in actions where !action.codes.isEmpty {
            let target =
                action.decision.flatMap { rowOfDecision[$0] }
                ?? rows.lastIndex {
                    switch $0.content {
                    case .paragraph, .resolutions: true
                    default: false
                    }
                }
            if let target { rows[target].action.append(action.codes) } else { rows.append(Row(.paragraph(""), action: [action.codes])) }
        }
        return declarations.map { Row(.declaration($0.sentence)) } + rows
    }

    /// The minutes of a meeting as `detail`'s audience may see them.
    public init(detail d: MeetingDetail, approval: ApprovalRecord?, signature: MinutesSignature?, corrections: [MinuteCorrection] = []) {
        let attended = d.attendance.filter { [.present, .virtual, .substitute].contains($0.status) }
        let chair = d.attendance.first { $0.position == .chairman || $0.position == .coChair }
        var entries: [Entry] = []
        for detail in d.minutes {
            let resolutions = detail.resolutions.sorted { $0.position < $1.position }
            let index = Dictionary(resolutions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let actions = detail.actions.map { a in
                (codes: a.owners.map(\.displayCode).joined(separator: "/"), decision: a.action.resolutionID.flatMap { index[$0] })
            }
            var rows = Self.rows(
                text: detail.minute.text, decisions: resolutions.map { ($0.text, $0.place) }, actions: actions,
                note: detail.minute.postMeetingNote, votes: detail.votes, declarations: detail.declarations)
            for c in corrections where c.minuteID == detail.minute.id {
                rows.append(Row(.correction("Correction recorded on \(String(c.createdAt.prefix(10))): \(c.text)")))
            }
            entries.append(Entry(number: detail.minute.number?.text ?? "", title: detail.minute.title, part: detail.minute.part, rows: rows))
        }
        var approvalLine: String?
        if let approval, d.meeting.status == .minutesApproved {
            var sentence = approval.note ?? MinutesApproval.standardNote
            if let at = approval.atMeetingDate ?? approval.date { sentence += " at the meeting on \(at.long)" }
            approvalLine = sentence + "."
        }
        self.init(
            partnershipName: d.partnership.name, bodyName: d.body.name, date: d.meeting.date, start: d.meeting.start,
            end: d.meeting.end, venue: d.meeting.venue,
            present: attended.map {
                Self.line(
                    name: $0.name, role: $0.role, position: $0.position, virtual: $0.status == .virtual,
                    substituteFor: $0.substituteFor)
            },
            alsoPresent: d.attendance.filter { $0.status == .alsoPresent }.map {
                Self.line(name: $0.name, role: $0.role, position: $0.position, virtual: false, substituteFor: nil)
            },
            apologies: d.attendance.filter { $0.status == .apologies }.map(\.name),
            entries: entries, isDraft: d.minutesAreDraft, approval: approvalLine,
            signature: d.meeting.status == .minutesApproved ? signature : nil,
            chairTitle: chair?.position?.label ?? "Chairman", withheld: d.minutes.isEmpty ? 0 : d.withheldCount)
    }

    /// The previous meeting's minutes as the pack's edition holds them.
    public init(pack minutes: PackMinutes, partnershipName: String, bodyName: String) {
        let entries = minutes.entries.map { e in
            let places = e.resolutionPlaces.count == e.resolutions.count ? e.resolutionPlaces : e.resolutions.map { _ in nil }
            let decisions = Array(zip(e.resolutions, places)).map { (text: $0.0, place: $0.1) }
            return Entry(
                number: e.number, title: e.title, part: e.part,
                rows: Self.rows(
                    text: e.text, decisions: decisions, actions: e.actions.map { ($0.codes, $0.resolution) },
                    note: e.postMeetingNote, votes: e.votes, declarations: e.declarations))
        }
        self.init(
            partnershipName: partnershipName, bodyName: bodyName, date: minutes.meetingDate, start: minutes.start,
            end: minutes.end, present: minutes.present, alsoPresent: minutes.alsoPresent, entries: entries,
            isDraft: !minutes.isApproved, signature: minutes.signature)
    }
}
