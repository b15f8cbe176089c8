import Foundation
import MinutebookCore

/// A client of one ModernGov site: its web service (`mgWebService.asmx/GetCommittees`,
/// `GetMeetings`, `GetMeeting`) first, its public pages where the service is switched off or gives
/// an answer that cannot be read. Every request goes through one `PoliteFetcher`.
public actor ModernGovClient {
    public enum Source: String, Sendable { case service = "web service", pages = "public pages" }

    /// The site's address without a trailing slash: the key its meetings and documents are known by.
    public nonisolated let site: String
    let base: URL
    public nonisolated let fetcher: PoliteFetcher
    /// Set once the service has shown it is switched off: the rest of the run reads pages.
    public private(set) var serviceOff = false

    public init(site address: String, fetcher: PoliteFetcher) throws {
        var text = address.trimmingCharacters(in: .whitespaces)
        if !text.contains("://") { text = "https://" + text }
        // A page of the site given instead of its root (…/mgWebService.asmx, …/ieListMeetings.aspx?…).
        if let q = text.firstIndex(of: "?") { text = String(text[..<q]) }
        if let last = text.split(separator: "/").last, last.contains("."), text.split(separator: "/").count > 2 {
            text = String(text.dropLast(last.count))
        }
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text + "/"), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw DomainError.invalid("'\(address)' is not the address of a ModernGov site (expected e.g. https://democracy.example.gov.uk)")
        }
        site = text
        base = url
        self.fetcher = fetcher
    }

    // MARK: operations

    public func committees() async throws -> [ModernGov.Committee] {
        if let data = try await service("GetCommittees", [:]) {
            do { return try ModernGovXML.committees(data) } catch { serviceOff = true }
        }
        return ModernGovPages.committees(try await page("mgListCommittees.aspx"))
    }

    /// The committee named by `idOrName`: its id, or its title (without regard to case).
    public func committee(_ idOrName: String) async throws -> ModernGov.Committee {
        let wanted = idOrName.trimmingCharacters(in: .whitespaces)
        let all = try await committees()
        if let c = all.first(where: { $0.id == wanted }) ?? all.first(where: { $0.title.lowercased() == wanted.lowercased() }) {
            return c
        }
        if Int(wanted) != nil { return ModernGov.Committee(id: wanted, title: "") }
        let near = all.filter { $0.title.lowercased().contains(wanted.lowercased()) }.map(\.title)
        throw DomainError.notFound(
            "the site has no committee called '\(wanted)'"
                + (near.isEmpty ? "" : "; did you mean \(near.prefix(3).map { "'\($0)'" }.joined(separator: " or "))?"))
    }

    /// The committee's current title (when the list gives it) and its meetings from `from` to `to`, by date.
    public func meetings(
        of committee: ModernGov.Committee, from: LocalDate?, to: LocalDate?
    ) async throws
        -> (title: String?, meetings: [ModernGov.MeetingSummary])
    {
        var found: (title: String?, meetings: [ModernGov.MeetingSummary])?
        if let data = try await service(
            "GetMeetings",
            [
                "lCommitteeId": committee.id,
                "sFromDate": from.map(SiteDates.service) ?? "01/01/1990",
                "sToDate": to.map(SiteDates.service) ?? "31/12/2100"
            ])
        {
            do { found = try ModernGovXML.meetings(data) } catch { serviceOff = true }
        }
        if found == nil {
            let html = try await page("ieListMeetings.aspx", ["CId": committee.id, "Year": "0"])
            found = (nil, ModernGovPages.meetings(html))
        }
        let inRange = (found?.meetings ?? []).filter { m in
            (from.map { m.date >= $0 } ?? true) && (to.map { m.date <= $0 } ?? true)
        }
        return (found?.title, inRange.sorted { ($0.date, $0.id) < ($1.date, $1.id) })
    }

    /// One meeting's details, and a note when the service's answer could not be read and the pages were used.
    public func meeting(
        _ summary: ModernGov.MeetingSummary, committee: ModernGov.Committee
    ) async throws
        -> (meeting: ModernGov.Meeting, source: Source, note: String?)
    {
        var note: String?
        if let data = try await service("GetMeeting", ["lMeetingId": summary.id]) {
            do {
                return (try ModernGovXML.meeting(data, id: summary.id), .service, nil)
            } catch let error as ModernGov.UnreadableAnswer {
                note = "the web service's answer for meeting \(summary.id) cannot be read (\(error.reason)); its public pages were read instead"
            }
        }
        let html = try await page("ieListDocuments.aspx", ["CId": committee.id, "MId": summary.id])
        var meeting = ModernGovPages.meeting(html, summary: summary)
        let attendancePath = ModernGovPages.attendanceLink(html) ?? "mgMeetingAttendance.aspx?ID=\(summary.id)"
        let attendance = try await fetcher.get(try url(attendancePath))
        if attendance.status == 200 {
            meeting.attendees = ModernGovPages.attendance(String(decoding: attendance.body, as: UTF8.self))
        }
        return (meeting, .pages, note)
    }

    /// A document's bytes, or nil when the site no longer has it (404, 410). A restricted document
    /// is refused here, before any request: Part 2 material is never fetched.
    public func document(_ document: ModernGov.Document) async throws -> Data? {
        guard !document.isRestricted else {
            throw DomainError.forbidden("\(document.title) is restricted on the site and is not fetched")
        }
        let target = try url(document.path)
        guard target.host == base.host else {
            throw DomainError.invalid("\(document.title) lives outside the site (\(target.host ?? "?")) and is not fetched")
        }
        let answer = try await fetcher.get(target)
        switch answer.status {
        case 200..<300: return answer.body
        case 404, 410: return nil
        default: throw PoliteFetcher.Failure(url: target.absoluteString, reason: "the site answered \(answer.status)")
        }
    }

    // MARK: requests

    /// The service's answer, or nil when the service is (or has just shown itself) switched off.
    func service(_ operation: String, _ parameters: [String: String]) async throws -> Data? {
        guard !serviceOff else { return nil }
        let answer = try await fetcher.get(try url("mgWebService.asmx/\(operation)", parameters))
        let head = String(decoding: answer.body.prefix(256), as: UTF8.self).lowercased()
        guard answer.status == 200, !head.contains("<html"), !head.contains("<!doctype html") else {
            serviceOff = true
            return nil
        }
        return answer.body
    }

    func page(_ path: String, _ parameters: [String: String] = [:]) async throws -> String {
        let target = try url(path, parameters)
        let answer = try await fetcher.get(target)
        guard answer.status == 200 else {
            throw PoliteFetcher.Failure(url: target.absoluteString, reason: "the site answered \(answer.status)")
        }
        return String(decoding: answer.body, as: UTF8.self)
    }

    func url(_ path: String, _ parameters: [String: String] = [:]) throws -> URL {
        var text = path
        if !parameters.isEmpty {
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
            text +=
                "?"
                + parameters.keys.sorted().map { k in
                    "\(k)=\(parameters[k]!.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
                }.joined(separator: "&")
        }
        if let u = URL(string: text, relativeTo: base) { return u.absoluteURL }
        let encoded = text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: " "))) ?? text
        guard let u = URL(string: encoded, relativeTo: base) else {
            throw DomainError.invalid("'\(path)' is not an address on \(site)")
        }
        return u.absoluteURL
    }
}
