/// Attendance counts: a line per status, plus the share of meetings attended.
public struct AttendanceStats: Sendable, Equatable {
    public var counts: [AttendanceStatus: Int]

    public init(counts: [AttendanceStatus: Int] = [:]) { self.counts = counts }

    public subscript(status: AttendanceStatus) -> Int { counts[status] ?? 0 }

    /// Meetings the person (or organisation) was expected at or took part in.
    public var meetings: Int { counts.values.reduce(0, +) }
    public var attended: Int { counts.filter { $0.key.attended }.values.reduce(0, +) }

    /// Attended as a whole percentage of meetings, nil when there were none.
    public var attendedPercent: Int? {
        meetings == 0 ? nil : (attended * 100 + meetings / 2) / meetings
    }
}
