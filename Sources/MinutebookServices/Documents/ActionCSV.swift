import MinutebookCore

/// The tracker's CSV export (RFC 4180 quoting; cells starting with = + - @ are prefixed with ' so
/// spreadsheets do not run them as formulas).
public enum ActionCSV {
    public static let header = "id,body,minute,meeting_date,title,action,owners,status,due,due_state,latest_update"

    public static func row(_ a: TrackedAction, today: LocalDate) -> String {
        let latest = a.history.last { $0.isWrittenUpdate }?.text ?? ""
        let due = ActionDue.of(status: a.action.status, due: a.action.due, today: today)
        return [
            String(a.id), a.bodyName, a.minute?.number?.text ?? "", a.minute?.meetingDate.iso ?? "", a.minute?.title ?? "",
            a.action.text, a.owners.map(\.label).joined(separator: "; "), a.action.status.rawValue, a.action.due?.iso ?? "",
            due.label, latest
        ].map(cell).joined(separator: ",")
    }

    public static func cell(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first) { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
