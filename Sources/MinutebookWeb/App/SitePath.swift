import Foundation
import MinutebookCore

/// Every path of the site, built in one place so links and routes agree.
public enum SitePath: Sendable, Equatable {
    case home
    case login(next: String? = nil)
    case logout
    case account
    case accountPassword
    case adminUsers
    case partnership(String)
    case body(partnership: String, body: String)
    case meeting(partnership: String, body: String, date: LocalDate)
    case attendance(partnership: String, body: String, date: LocalDate)
    /// One minute of a meeting, for the secretariat to edit.
    case minute(partnership: String, body: String, date: LocalDate, id: Int64)
    case startMinutes(partnership: String, body: String, date: LocalDate)
    case approveMinutes(partnership: String, body: String, date: LocalDate)
    case correction(partnership: String, body: String, date: LocalDate)
    /// The meeting day: the meeting in progress, its register and one item as taken.
    case liveMeeting(partnership: String, body: String, date: LocalDate)
    case liveRegister(partnership: String, body: String, date: LocalDate)
    case liveItem(partnership: String, body: String, date: LocalDate, item: Int64)
    case person(partnership: String, id: Int64)
    case organisation(partnership: String, id: Int64)
    case audit(partnership: String, table: String, id: Int64)
    /// Hooks served by other features (actions tracker, matters arising, packs).
    case actions(partnership: String)
    case mattersArising(partnership: String, body: String, date: LocalDate)
    case actionsByOrganisation(partnership: String)
    case minuteThread(partnership: String, minuteID: Int64)
    /// Set-up and upkeep (administrators and the secretariat).
    case adminPartnerships
    case settings(partnership: String)
    case setupBodies(partnership: String)
    case setupBody(partnership: String, id: Int64)
    case setupPeople(partnership: String)
    case setupPerson(partnership: String, id: Int64)
    case setupOrganisations(partnership: String)
    case setupOrganisation(partnership: String, id: Int64)
    case seats(partnership: String, body: String)
    case seat(partnership: String, body: String, id: Int64)
    case meetingChange(partnership: String, body: String, date: LocalDate)
    case action(partnership: String, id: Int64)
    /// The secretariat changes an action's owners or due date, or hands it over until a date.
    case actionChange(partnership: String, id: Int64)
    /// Takes back one inference drawn from a pack about an action.
    case undoInference(partnership: String, action: Int64, inference: Int64)
    /// Closes every still-open action of a body's meetings before a date (count first, then apply).
    case closeActionsBefore(partnership: String, body: String)
    /// The minutes as a document ("docx" or "pdf"), the chair's signature form and its verification.
    case minutesDocument(partnership: String, body: String, date: LocalDate, format: String)
    case signMinutes(partnership: String, body: String, date: LocalDate)
    case verifyMinutes(partnership: String, body: String, date: LocalDate)
    /// A partnership's home page for its own accounts: "Your work".
    case workspace(partnership: String)
    /// The secretariat's agenda editor of a meeting.
    case agendaEdit(partnership: String, body: String, date: LocalDate)
    /// One stored document of a meeting (an uploaded report or an issued agenda pack), by its id.
    case document(partnership: String, body: String, date: LocalDate, id: Int64)
    /// A sub-group's report to the board, filed through the form or a personal link.
    case subGroupReport(partnership: String, id: Int64)
    /// The sub-group's report form, and the secretariat's request that emails its chair a link to it.
    case subGroupReportForm(partnership: String, body: String)
    case requestSubGroupReport(partnership: String, body: String)
    /// The public calendars (iCalendar) and the decisions feed (Atom or RSS).
    case partnershipCalendar(partnership: String)
    case bodyCalendar(partnership: String, body: String)
    case decisionsFeed(partnership: String, format: FeedFormat)
    /// Performance: the indicators, one indicator, the figures' import; risks, strategy, directory.
    case performance(partnership: String)
    case indicator(partnership: String, code: String)
    case performanceImport(partnership: String)
    case risks(partnership: String)
    case strategy(partnership: String)
    case directory(partnership: String)
    /// The secretariat's import of past minutes.
    case minutesImport(partnership: String)
    /// One action on an agenda item (its report's upload among them).
    case agendaItemAction(partnership: String, body: String, date: LocalDate, item: Int64, action: String)

    public enum FeedFormat: String, Sendable {
        case atom, rss
    }

    public var path: String {
        switch self {
        case .home: return "/"
        case .login(let next):
            guard let next else { return "/login" }
            return "/login?next=" + (next.addingPercentEncodingForQuery())
        case .logout: return "/logout"
        case .account: return "/account"
        case .accountPassword: return "/account/password"
        case .adminUsers: return "/admin/users"
        case .partnership(let p): return "/p/\(p)"
        case .body(let p, let b): return "/p/\(p)/bodies/\(b)"
        case .meeting(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)"
        case .attendance(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/attendance"
        case .minute(let p, let b, let d, let id): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/minutes/\(id)"
        case .startMinutes(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/minutes/start"
        case .approveMinutes(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/minutes/approve"
        case .correction(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/minutes/corrections"
        case .liveMeeting(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/live"
        case .liveRegister(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/live/register"
        case .liveItem(let p, let b, let d, let item): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/live/items/\(item)"
        case .person(let p, let id): return "/p/\(p)/people/\(id)"
        case .organisation(let p, let id): return "/p/\(p)/organisations/\(id)"
        case .audit(let p, let table, let id): return "/p/\(p)/audit/\(table)/\(id)"
        case .actions(let p): return "/p/\(p)/actions"
        case .mattersArising(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/matters-arising"
        case .workspace(let p): return "/p/\(p)/work"
        case .agendaEdit(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/agenda/edit"
        case .actionsByOrganisation(let p): return "/p/\(p)/actions/organisations"
        case .minuteThread(let p, let id): return "/p/\(p)/minutes/\(id)/thread"
        case .adminPartnerships: return "/admin/partnerships"
        case .settings(let p): return "/p/\(p)/settings"
        case .setupBodies(let p): return "/p/\(p)/settings/bodies"
        case .setupBody(let p, let id): return "/p/\(p)/settings/bodies/\(id)"
        case .setupPeople(let p): return "/p/\(p)/settings/people"
        case .setupPerson(let p, let id): return "/p/\(p)/settings/people/\(id)"
        case .setupOrganisations(let p): return "/p/\(p)/settings/organisations"
        case .setupOrganisation(let p, let id): return "/p/\(p)/settings/organisations/\(id)"
        case .seats(let p, let b): return "/p/\(p)/bodies/\(b)/seats"
        case .seat(let p, let b, let id): return "/p/\(p)/bodies/\(b)/seats/\(id)"
        case .meetingChange(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/change"
        case .action(let p, let id): return "/p/\(p)/actions/\(id)"
        case .actionChange(let p, let id): return "/p/\(p)/actions/\(id)/change"
        case .undoInference(let p, let a, let i): return "/p/\(p)/actions/\(a)/inferences/\(i)/undo"
        case .closeActionsBefore(let p, let b): return "/p/\(p)/bodies/\(b)/actions/close-before"
        case .minutesDocument(let p, let b, let d, let format): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/minutes.\(format)"
        case .signMinutes(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/signature"
        case .verifyMinutes(let p, let b, let d): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/signature/verify"
        case .document(let p, let b, let d, let id): return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/documents/\(id)"
        case .subGroupReport(let p, let id): return "/p/\(p)/reports/\(id)"
        case .subGroupReportForm(let p, let b): return "/p/\(p)/bodies/\(b)/report"
        case .requestSubGroupReport(let p, let b): return "/p/\(p)/bodies/\(b)/report/request"
        case .partnershipCalendar(let p): return "/p/\(p)/calendar.ics"
        case .bodyCalendar(let p, let b): return "/p/\(p)/bodies/\(b)/calendar.ics"
        case .decisionsFeed(let p, let format): return "/p/\(p)/feed.\(format.rawValue)"
        case .performance(let p): return "/p/\(p)/performance"
        case .indicator(let p, let code): return "/p/\(p)/performance/indicators/\(code)"
        case .performanceImport(let p): return "/p/\(p)/performance/import"
        case .risks(let p): return "/p/\(p)/risks"
        case .strategy(let p): return "/p/\(p)/strategy"
        case .directory(let p): return "/p/\(p)/directory"
        case .minutesImport(let p): return "/p/\(p)/minutes-import"
        case .agendaItemAction(let p, let b, let d, let item, let action):
            return "/p/\(p)/bodies/\(b)/meetings/\(d.iso)/agenda/items/\(item)/\(action)"
        }
    }

    /// Whether `next` is a path on this site (never another host), safe to redirect to after sign-in.
    ///
    /// Browsers normalise a Location before resolving it: they drop tabs and newlines anywhere, trim
    /// control characters and spaces, and read `\\` as `/`, so `/\t/evil.example` or `/\\evil.example`
    /// become `//evil.example`, another host. A path passes only if it has none of those characters
    /// (no control character, no whitespace, no backslash), starts with exactly one `/`, and parses
    /// as a URL with neither scheme nor host.
    public static func isLocal(_ next: String) -> Bool {
        let scalars = next.unicodeScalars
        guard scalars.first == "/", !next.hasPrefix("//") else { return false }
        for scalar in scalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\\" || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .format
            {
                return false
            }
        }
        guard let parsed = URLComponents(string: next) else { return false }
        return parsed.scheme == nil && parsed.host == nil
    }
}

extension SitePath {
    /// Stand-ins for a route's typed parameters, so that a case can name its route's pattern.
    static let dateParameter = LocalDate(year: 1111, month: 11, day: 11)!
    static let idParameter: Int64 = 1_111_111_111

    /// The path as Hummingbird names its matched route ("/p/{partnership}/…"), for a case built with
    /// "{name}" strings, `dateParameter` and `idParameter` (whose parameter is called `id`).
    func pattern(id: String = "id") -> String {
        path.replacingOccurrences(of: Self.dateParameter.iso, with: "{date}")
            .replacingOccurrences(of: String(Self.idParameter), with: "{\(id)}")
    }
}

extension String {
    func addingPercentEncodingForQuery() -> String {
        var out = ""
        for byte in utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0f)])
            }
        }
        return out
    }
}
