import Foundation
import MinutebookCore

/// The public record as open data: OParl 1.1-style JSON (System, Body, Organization, Person,
/// Membership, Meeting, AgendaItem, Paper, File) and CSV tables. Everything is read as the public
/// audience through the meeting read model, so Part 2, drafts and contact details never enter.
public struct OpenData: Sendable {
    public let directory: any DirectoryRepository
    public let meetings: any MeetingRepository
    public let people: any PeopleRepository
    public let bodies: any BodyRepository
    /// Absolute base of the ids ("https://minutes.example.org").
    public let base: String

    public init(
        directory: any DirectoryRepository, meetings: any MeetingRepository, people: any PeopleRepository,
        bodies: any BodyRepository, base: String
    ) {
        self.directory = directory
        self.meetings = meetings
        self.people = people
        self.bodies = bodies
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    /// The open data of every partnership in `repositories`.
    public init(repositories: Repositories, base: String) {
        self.init(
            directory: repositories.directory, meetings: repositories.meetings, people: repositories.people,
            bodies: repositories.bodies, base: base)
    }

    private static let oparl = "https://schema.oparl.org/1.1/"

    /// File name → JSON object, one file per OParl type.
    public func oparl() async throws -> [String: [UInt8]] {
        var bodiesOut: [[String: Any]] = [], organizations: [[String: Any]] = [], persons: [[String: Any]] = []
        var memberships: [[String: Any]] = [], meetingsOut: [[String: Any]] = [], items: [[String: Any]] = []
        var papers: [[String: Any]] = [], files: [[String: Any]] = []
        let record = PublicRecord(directory: directory, meetings: meetings)
        for partnership in try await directory.partnerships() {
            let pid = "\(base)/oparl/body/\(partnership.slug)"
            bodiesOut.append([
                "id": pid, "type": Self.oparl + "Body", "name": partnership.name, "shortName": partnership.slug,
                "website": "\(base)/p/\(partnership.slug)"
            ])
            for person in try await people.people(of: partnership.id) {
                persons.append([
                    "id": "\(base)/oparl/person/\(person.id)", "type": Self.oparl + "Person", "body": pid,
                    "name": person.fullName
                ])
            }
            for body in try await record.bodies(partnership, .public) {
                let oid = "\(base)/oparl/organization/\(partnership.slug)/\(body.slug)"
                organizations.append([
                    "id": oid, "type": Self.oparl + "Organization", "body": pid, "name": body.name,
                    "organizationType": body.kind == .board ? "Gremium" : "Unterausschuss",
                    "classification": body.kind.rawValue, "website": "\(base)/p/\(partnership.slug)/bodies/\(body.slug)"
                ])
                for occupancy in try await bodies.seats(of: body.id, on: Today.date, audience: .public) {
                    guard let holder = occupancy.holder else { continue }
                    var membership: [String: Any] = [
                        "id": "\(base)/oparl/membership/\(occupancy.seat.id)-\(holder.id)",
                        "type": Self.oparl + "Membership", "organization": oid,
                        "person": "\(base)/oparl/person/\(holder.id)", "role": occupancy.seat.role.label
                    ]
                    if let since = occupancy.since { membership["startDate"] = since.iso }
                    memberships.append(membership)
                }
            }
            for detail in try await record.details(partnership, .public) {
                let mid = "\(base)/oparl/meeting/\(detail.meeting.id)"
                var meeting: [String: Any] = [
                    "id": mid, "type": Self.oparl + "Meeting", "name": "\(detail.body.name), \(detail.meeting.date.long)",
                    "meetingState": detail.meeting.status.rawValue, "cancelled": detail.meeting.status == .cancelled,
                    "organization": ["\(base)/oparl/organization/\(partnership.slug)/\(detail.body.slug)"],
                    "start": detail.meeting.date.iso + (detail.meeting.start.map { "T\($0.hhmm):00" } ?? ""),
                    "web": "\(base)/p/\(partnership.slug)/bodies/\(detail.body.slug)/meetings/\(detail.meeting.date.iso)"
                ]
                if let end = detail.meeting.end { meeting["end"] = detail.meeting.date.iso + "T\(end.hhmm):00" }
                if let venue = detail.meeting.venue { meeting["location"] = ["description": venue] }
                var itemIDs: [String] = []
                for (index, minute) in detail.minutes.enumerated() {
                    let iid = "\(base)/oparl/agendaitem/minute-\(minute.minute.id)"
                    itemIDs.append(iid)
                    var item: [String: Any] = [
                        "id": iid, "type": Self.oparl + "AgendaItem", "meeting": mid, "order": index + 1,
                        "number": minute.minute.number?.text ?? "", "name": minute.minute.title, "public": true,
                        "result": minute.resolutions.map(\.text).joined(separator: "\n"), "resolutionText": minute.minute.text
                    ]
                    // OParl 1.1 has no vote or declaration objects: they travel as prefixed extension properties.
                    if !minute.votes.isEmpty { item["minutebook:votes"] = minute.votes.map(Self.vote) }
                    if !minute.declarations.isEmpty {
                        item["minutebook:declarations"] = minute.declarations.map {
                            ["name": $0.name, "kind": $0.kind.rawValue, "text": $0.text] as [String: Any]
                        }
                    }
                    items.append(item)
                }
                if detail.minutes.isEmpty {
                    for item in detail.agenda {
                        let iid = "\(base)/oparl/agendaitem/item-\(item.id)"
                        itemIDs.append(iid)
                        items.append([
                            "id": iid, "type": Self.oparl + "AgendaItem", "meeting": mid, "order": item.position,
                            "number": item.number ?? "", "name": item.title, "public": true
                        ])
                    }
                }
                meeting["agendaItem"] = itemIDs
                for document in detail.documents {
                    let fid = "\(base)/oparl/file/\(document.id)"
                    files.append([
                        "id": fid, "type": Self.oparl + "File", "name": document.title, "fileName": document.filename,
                        "mimeType": document.mediaType, "size": document.byteCount, "sha256Checksum": document.sha256,
                        "meeting": [mid]
                    ])
                    papers.append([
                        "id": "\(base)/oparl/paper/\(document.id)", "type": Self.oparl + "Paper", "body": pid,
                        "name": document.title, "mainFile": fid
                    ])
                }
                meetingsOut.append(meeting)
            }
        }
        let system: [String: Any] = [
            "id": "\(base)/oparl/system", "type": Self.oparl + "System",
            "oparlVersion": "https://schema.oparl.org/1.1/", "name": "Minutebook public record",
            "body": "\(base)/oparl/body.json"
        ]
        let tables: [String: Any] = [
            "system.json": system, "body.json": list(bodiesOut), "organization.json": list(organizations),
            "person.json": list(persons), "membership.json": list(memberships),
            "meeting.json": list(meetingsOut), "agendaitem.json": list(items),
            "paper.json": list(papers), "file.json": list(files)
        ]
        var out: [String: [UInt8]] = [:]
        for (name, value) in tables {
            out[name] = Array(
                try JSONSerialization.data(
                    withJSONObject: value,
                    options: [
                        .sortedKeys, .prettyPrinted,
                        .withoutEscapingSlashes
                    ]))
        }
        return out
    }

    static func vote(_ vote: RecordedVote) -> [String: Any] {
        var out: [String: Any] = [
            "motion": vote.motion, "kind": vote.kind.rawValue, "for": vote.tally.votesFor,
            "against": vote.tally.against, "abstentions": vote.tally.abstentions,
            "outcome": vote.outcome.rawValue, "presentVoting": vote.presentVoting, "quorum": vote.quorum,
            "rollCall": vote.ballots.map { ["name": $0.name, "vote": $0.choice.rawValue] }
        ]
        if let casting = vote.tally.castingVote { out["castingVote"] = casting.rawValue }
        return out
    }

    private func list(_ data: [[String: Any]]) -> [String: Any] {
        ["data": data, "pagination": ["totalElements": data.count, "elementsPerPage": data.count, "currentPage": 1, "totalPages": 1]]
    }

    /// File name → CSV text (RFC 4180, CRLF).
    public func csv() async throws -> [String: [UInt8]] {
        var partnerships = [["slug", "name"]], bodyRows = [["partnership", "slug", "name", "kind"]]
        var meetingRows = [["partnership", "body", "date", "start", "end", "venue", "status"]]
        var minuteRows = [["partnership", "body", "date", "number", "title", "text"]]
        var decisionRows = [["partnership", "body", "date", "minute", "title", "decision"]]
        var documentRows = [["partnership", "body", "date", "title", "filename", "media_type", "bytes", "sha256"]]
        var peopleRows = [["partnership", "id", "name", "organisation"]]
        let record = PublicRecord(directory: directory, meetings: meetings)
        for partnership in try await directory.partnerships() {
            partnerships.append([partnership.slug, partnership.name])
            let organisations = Dictionary(
                try await people.organisations(of: partnership.id).map { ($0.id, $0.name) },
                uniquingKeysWith: { a, _ in a })
            for person in try await people.people(of: partnership.id) {
                peopleRows.append([
                    partnership.slug, String(person.id), person.fullName,
                    person.organisationID.flatMap { organisations[$0] } ?? ""
                ])
            }
            for body in try await record.bodies(partnership, .public) {
                bodyRows.append([partnership.slug, body.slug, body.name, body.kind.rawValue])
            }
            for detail in try await record.details(partnership, .public) {
                let m = detail.meeting
                let key = [partnership.slug, detail.body.slug, m.date.iso]
                meetingRows.append(key + [m.start?.hhmm ?? "", m.end?.hhmm ?? "", m.venue ?? "", m.status.rawValue])
                for minute in detail.minutes {
                    minuteRows.append(key + [minute.minute.number?.text ?? "", minute.minute.title, minute.minute.text])
                    for resolution in minute.resolutions {
                        decisionRows.append(key + [minute.minute.number?.text ?? "", minute.minute.title, resolution.text])
                    }
                }
                for document in detail.documents {
                    documentRows.append(
                        key + [
                            document.title, document.filename, document.mediaType, String(document.byteCount),
                            document.sha256
                        ])
                }
            }
        }
        let tables = [
            "partnerships.csv": partnerships, "bodies.csv": bodyRows, "meetings.csv": meetingRows,
            "minutes.csv": minuteRows, "decisions.csv": decisionRows, "documents.csv": documentRows,
            "people.csv": peopleRows
        ]
        return tables.mapValues { rows in Array(rows.map { $0.map(OpenData.csvField).joined(separator: ",") + "\r\n" }.joined().utf8) }
    }

    public static func csvField(_ value: String) -> String {
        // A leading = + - @ would be a formula in a spreadsheet: quote it and prefix an apostrophe.
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || text != value else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
