import MinutebookCore

/// What a ModernGov site tells about a committee and its meetings, read from its web service
/// (`mgWebService.asmx`) or, where that is switched off, from its public pages.
public enum ModernGov {
    public struct Committee: Sendable, Equatable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// One meeting in a committee's list.
    public struct MeetingSummary: Sendable, Equatable {
        public var id: String
        public var date: LocalDate
        public var time: LocalTime?

        public init(id: String, date: LocalDate, time: LocalTime? = nil) {
            self.id = id
            self.date = date
            self.time = time
        }
    }

    /// A document linked to a meeting or an agenda item. `path` is its address relative to the site
    /// (or absolute when it lives elsewhere); a restricted document is never fetched.
    public struct Document: Sendable, Equatable {
        public var title: String
        public var path: String
        public var isRestricted: Bool

        public init(title: String, path: String, isRestricted: Bool = false) {
            self.title = title
            self.path = path
            self.isRestricted = isRestricted
        }

        /// The meeting's own minutes: "Printed minutes", "Minutes", never the draft of another
        /// meeting attached to an item (those are item documents, not meeting documents).
        public var isMinutes: Bool {
            let t = title.lowercased()
            return t.contains("minutes") && !t.contains("draft")
        }
    }

    public struct Attendee: Sendable, Equatable {
        public var name: String
        /// The role the site prints ("Chairman", "Vice-Chairman", "Committee Member", "Officer").
        public var role: String?
        /// The attendance as the site words it ("Present", "Apologies", "Present as substitute").
        public var attendance: String
        public var substituteFor: String?

        public init(name: String, role: String? = nil, attendance: String, substituteFor: String? = nil) {
            self.name = name
            self.role = role
            self.attendance = attendance
            self.substituteFor = substituteFor
        }
    }

    public struct AgendaItem: Sendable, Equatable {
        public var number: String?
        public var title: String
        public var isRestricted: Bool
        public var documents: [Document]

        public init(number: String?, title: String, isRestricted: Bool = false, documents: [Document] = []) {
            self.number = number
            self.title = title
            self.isRestricted = isRestricted
            self.documents = documents
        }
    }

    public struct Meeting: Sendable, Equatable {
        public var id: String
        /// The committee's name at the time of this meeting (a committee can be renamed).
        public var committeeTitle: String?
        public var date: LocalDate
        public var time: LocalTime?
        public var venue: String?
        public var attendees: [Attendee]
        public var items: [AgendaItem]
        /// Documents of the meeting itself (agenda, printed minutes).
        public var documents: [Document]

        public init(
            id: String, committeeTitle: String? = nil, date: LocalDate, time: LocalTime? = nil, venue: String? = nil,
            attendees: [Attendee] = [], items: [AgendaItem] = [], documents: [Document] = []
        ) {
            self.id = id
            self.committeeTitle = committeeTitle
            self.date = date
            self.time = time
            self.venue = venue
            self.attendees = attendees
            self.items = items
            self.documents = documents
        }

        /// The meeting's minutes document, if the site has published one that may be fetched.
        public var minutes: Document? { documents.first { $0.isMinutes && !$0.isRestricted } }
    }

    /// A site answer that cannot be read as what was asked for.
    public struct UnreadableAnswer: Error, Sendable, Equatable, CustomStringConvertible {
        public var what: String
        public var reason: String
        public init(_ what: String, _ reason: String) {
            self.what = what
            self.reason = reason
        }
        public var description: String { "\(what): \(reason)" }
    }
}
