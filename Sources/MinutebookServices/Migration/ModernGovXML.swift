import Foundation
import MinutebookCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree read from the web service's XML answers. Field names are matched without
/// regard to case, and a field may be a child element or an attribute: sites differ.
struct XMLNode: Sendable {
    var name: String
    var attributes: [String: String]
    var text: String
    var children: [XMLNode]

    func child(_ names: String...) -> XMLNode? {
        for n in names { if let c = children.first(where: { $0.name == n }) { return c } }
        return nil
    }

    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// Every descendant element called `name`, in document order.
    func descendants(_ name: String) -> [XMLNode] {
        var out: [XMLNode] = []
        for c in children {
            if c.name == name { out.append(c) }
            out += c.descendants(name)
        }
        return out
    }

    /// The first non-empty value among child elements or attributes of these names.
    func value(_ names: String...) -> String? {
        for n in names {
            if let c = children.first(where: { $0.name == n }) {
                let t = c.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty { return t }
            }
            if let a = attributes[n]?.trimmingCharacters(in: .whitespacesAndNewlines), !a.isEmpty { return a }
        }
        return nil
    }

    func flag(_ names: String...) -> Bool {
        for n in names {
            if let v = value(n) { return ["true", "1", "yes", "y"].contains(v.lowercased()) }
        }
        return false
    }

    static func parse(_ data: Data, what: String) throws -> XMLNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let reason = "not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber))"
            throw ModernGov.UnreadableAnswer(what, reason)
        }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            var lowered: [String: String] = [:]
            for (k, v) in attributes { lowered[k.lowercased()] = v }
            stack.append(XMLNode(name: local.lowercased(), attributes: lowered, text: "", children: []))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }
    }
}

/// Reads the web service's answers into `ModernGov` values.
enum ModernGovXML {
    static func committees(_ data: Data) throws -> [ModernGov.Committee] {
        let root = try XMLNode.parse(data, what: "GetCommittees")
        return root.descendants("committee").compactMap { c in
            guard let id = c.value("committeeid", "id"), let title = c.value("committeetitle", "title") else { return nil }
            return ModernGov.Committee(id: id, title: title)
        }
    }

    /// The committee's title and its meetings, from `GetMeetings`.
    static func meetings(_ data: Data) throws -> (title: String?, meetings: [ModernGov.MeetingSummary]) {
        let root = try XMLNode.parse(data, what: "GetMeetings")
        let title = root.descendants("committee").first?.value("committeetitle", "title")
        var out: [ModernGov.MeetingSummary] = []
        for m in root.descendants("meeting") {
            guard let id = m.value("meetingid", "id") else { continue }
            guard let date = m.value("meetingdate", "date").flatMap(SiteDates.date) else {
                throw ModernGov.UnreadableAnswer("GetMeetings", "meeting \(id) has no date that can be read")
            }
            out.append(ModernGov.MeetingSummary(id: id, date: date, time: m.value("meetingtime", "time").flatMap(SiteDates.time)))
        }
        return (title, out)
    }

    static func meeting(_ data: Data, id: String) throws -> ModernGov.Meeting {
        let what = "GetMeeting \(id)"
        let root = try XMLNode.parse(data, what: what)
        guard let m = root.name == "meeting" ? root : root.descendants("meeting").first else {
            throw ModernGov.UnreadableAnswer(what, "the answer holds no meeting")
        }
        guard let date = m.value("meetingdate", "date").flatMap(SiteDates.date) else {
            throw ModernGov.UnreadableAnswer(what, "the meeting has no date that can be read")
        }
        let attendees = m.descendants("attendee").compactMap { a -> ModernGov.Attendee? in
            guard let name = a.value("name", "fullusername", "membername") else { return nil }
            return ModernGov.Attendee(
                name: name, role: a.value("role", "roledescription"),
                attendance: a.value("attendance", "attendancestatus") ?? "Present",
                substituteFor: a.value("substitutefor", "deputyfor"))
        }
        let items = (m.child("agendaitems")?.all("agendaitem") ?? []).map { i in
            ModernGov.AgendaItem(
                number: i.value("agendaitemnumber", "minutenumber", "number")
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) },
                title: i.value("agendaitemtitle", "title") ?? "",
                isRestricted: i.flag("agendaitemisrestricted", "isrestricted", "restricted", "isexempt", "exempt")
                    || i.value("agendaitempart", "part") == "2",
                documents: documents(i.child("linkeddocuments")))
        }
        return ModernGov.Meeting(
            id: m.value("meetingid", "id") ?? id, committeeTitle: m.value("committeetitle"), date: date,
            time: m.value("meetingtime", "time").flatMap(SiteDates.time),
            venue: m.value("meetinglocation", "location", "venue"),
            attendees: attendees, items: items, documents: documents(m.child("linkeddocuments")))
    }

    static func documents(_ list: XMLNode?) -> [ModernGov.Document] {
        (list?.children ?? []).compactMap { d in
            guard let path = d.value("url", "documenturl", "link") else { return nil }
            return ModernGov.Document(
                title: d.value("title", "documenttitle") ?? path, path: path,
                isRestricted: d.flag("isrestricted", "restricted", "isexempt"))
        }
    }
}
