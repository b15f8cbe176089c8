/// What a partnership's secretariat has to do next, worked out from its bodies' meetings, the next
/// agendas and the next Matters Arising drafts: the secretariat's home page. Pure: the web gathers
/// the records, this decides what is due, awaited or unfinished.
public struct SecretariatWorkspace: Sendable, Equatable {
    /// One body's meetings and, for its next meeting, the agenda and the Matters Arising draft.
    public struct BodyMeetings: Sendable, Equatable {
        public var body: Body
        /// Newest first, as the directory lists them.
        public var meetings: [Meeting]
        public var nextAgenda: Agenda?
        public var nextMattersArising: MattersArisingReport?

        public init(body: Body, meetings: [Meeting], nextAgenda: Agenda? = nil, nextMattersArising: MattersArisingReport? = nil) {
            self.body = body
            self.meetings = meetings
            self.nextAgenda = nextAgenda
            self.nextMattersArising = nextMattersArising
        }

        /// The earliest meeting from today on that is not cancelled.
        public func next(after today: LocalDate) -> Meeting? {
            meetings.filter { $0.date >= today && $0.status != .cancelled }.min { $0.date < $1.date }
        }
    }

    /// A body's next meeting with its working-day deadlines.
    public struct UpcomingMeeting: Sendable, Equatable {
        public var body: Body
        public var meeting: Meeting
        public var deadlines: MeetingDeadlines
    }

    /// An agenda item of a next meeting that expects a report nobody has filed yet.
    public struct AwaitedReport: Sendable, Equatable {
        public var body: Body
        public var meeting: Meeting
        public var item: AgendaItem
        /// The day reports are due for that meeting's pack.
        public var due: LocalDate
        public var isLate: Bool
    }

    /// A Matters Arising entry of a next meeting with no update from its owners yet.
    public struct AwaitedUpdate: Sendable, Equatable {
        public var body: Body
        public var meeting: Meeting
        public var entry: MattersArisingEntry
    }

    /// Something the secretariat started, or a meeting left it, that is not finished.
    public struct Unfinished: Sendable, Equatable {
        public enum Task: Sendable, Equatable {
            /// A meeting that has taken place with no minutes written yet.
            case writeMinutes
            /// Draft minutes waiting for approval at a later meeting.
            case approveMinutes
            /// A next meeting whose agenda is not published; publish by the date.
            case publishAgenda(by: LocalDate)
        }

        public var body: Body
        public var meeting: Meeting
        public var task: Task
    }

    public var upcoming: [UpcomingMeeting] = []
    public var awaitedReports: [AwaitedReport] = []
    public var awaitedUpdates: [AwaitedUpdate] = []
    public var unfinished: [Unfinished] = []

    public init(today: LocalDate, policy: DeadlinePolicy, bodies: [BodyMeetings]) {
        for entry in bodies {
            for meeting in entry.meetings where meeting.date < today {
                switch meeting.status {
                case .scheduled, .agendaPublished, .held:
                    unfinished.append(Unfinished(body: entry.body, meeting: meeting, task: .writeMinutes))
                case .minutesDrafted:
                    unfinished.append(Unfinished(body: entry.body, meeting: meeting, task: .approveMinutes))
                case .minutesApproved, .cancelled:
                    break
                }
            }
            guard let next = entry.next(after: today) else { continue }
            let deadlines = MeetingDeadlines(meeting: next.date, policy: policy)
            upcoming.append(UpcomingMeeting(body: entry.body, meeting: next, deadlines: deadlines))
            if next.status == .scheduled {
                unfinished.append(Unfinished(body: entry.body, meeting: next, task: .publishAgenda(by: deadlines.publication)))
            }
            if let agenda = entry.nextAgenda, agenda.meeting.id == next.id {
                for item in agenda.entries where item.expectsReport && item.latestReport == nil {
                    awaitedReports.append(
                        AwaitedReport(
                            body: entry.body, meeting: next, item: item.item, due: deadlines.reports,
                            isLate: today > deadlines.reports))
                }
            }
            if let report = entry.nextMattersArising, report.date == next.date, report.state != .published {
                for item in report.entries where MattersArising.isAwaitingUpdate(item.update) {
                    awaitedUpdates.append(AwaitedUpdate(body: entry.body, meeting: next, entry: item))
                }
            }
        }
        upcoming.sort { ($0.meeting.date, $0.body.name) < ($1.meeting.date, $1.body.name) }
        unfinished.sort { ($0.meeting.date, $0.body.name) < ($1.meeting.date, $1.body.name) }
    }

    /// Nothing due, awaited or unfinished.
    public var isClear: Bool { awaitedReports.isEmpty && awaitedUpdates.isEmpty && unfinished.isEmpty }
}
