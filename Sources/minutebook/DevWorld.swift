import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport

/// `minutebook dev …`: tools for Minutebook's own tests, hidden from `--help`.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev", abstract: "Tools for Minutebook's own tests.", shouldDisplay: false,
        subcommands: [DevWorld.self])
}

/// `minutebook dev world FILE.json`: plants a test world into the database in one audited write, in the words
/// of the Swift tests' `TestWorld`, so the end-to-end tests build their partnerships as the Swift tests do.
/// The file is a JSON array of steps; each names one record by the one key that is its kind, whose value is
/// the call's first value, beside the call's labels:
///
///     [{"partnership": "Millbrook Partnership", "slug": "millbrook", "id": 1},
///      {"body": "Millbrook Board", "slug": "board", "in": 1, "id": 1},
///      {"meeting": 1, "on": "2018-03-26", "status": "agenda_published", "id": 1},
///      {"item": "Apologies for absence", "on": 1}]
///
/// New ids follow the last of each table already in the database. A step that names no kind, a label the kind
/// does not take or a value of the wrong sort refuses the whole file, naming the step.
struct DevWorld: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "world", abstract: "Plant a test world (a JSON array of TestWorld steps) into the database.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The world file: a JSON array of steps such as {\"body\": \"Board\", \"slug\": \"board\", \"in\": 1}.")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw DomainError.notFound("cannot read \(file)") }
        let steps: [[String: WorldValue]]
        do { steps = try JSONDecoder().decode([[String: WorldValue]].self, from: data) } catch {
            throw DomainError.invalid("\(file) is not a JSON array of objects")
        }
        let database = try global.openDatabase(mustExist: true)
        var world = try database.world()
        for (index, fields) in steps.enumerated() {
            try WorldStep(fields, number: index + 1).plant(into: &world)
        }
        try database.plant(world, as: Actor("cli:dev-world"))
        print("planted the \(steps.count) step\(steps.count == 1 ? "" : "s") of \(file)")
    }
}

/// A JSON value of a world file.
enum WorldValue: Decodable {
    case bool(Bool), number(Double), text(String), list([WorldValue]), object([String: WorldValue]), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([WorldValue].self) {
            self = .list(value)
        } else {
            self = .object(try container.decode([String: WorldValue].self))
        }
    }
}

/// One step of a world file: its kind, its first value and its labels, read with clear refusals.
struct WorldStep {
    /// Each kind and the labels it takes (its first value is under the kind's own key).
    static let labels: [String: Set<String>] = [
        "partnership": ["slug", "reportReferencePattern", "id"],
        "organisation": ["abbreviation", "sector", "in", "id"],
        "person": ["honorific", "initials", "organisation", "email", "phone", "in", "id"],
        "jobTitle": ["of", "at", "from", "to"],
        "body": ["slug", "kind", "reportsTo", "isPublic", "defaultVenue", "in", "id"],
        "seat": ["on", "role", "organisation", "position", "abolishedOn", "id"],
        "holding": ["by", "from", "to"],
        "handOver": ["to", "on"],
        "meeting": ["on", "status", "start", "end", "venue", "id"],
        "item": ["on", "number", "level", "part", "exemptReason", "standing", "expectsReport", "position", "id"],
        "attendance": ["at", "person", "role", "status", "position", "substituteFor"],
        "minute": ["number", "letter", "text", "part", "of", "body", "date", "item", "id"],
        "resolution": ["of", "place", "id"],
        "action": ["body", "minute", "resolution", "due", "status", "isPrivate", "id"],
        "owner": ["person", "seat", "code", "freeText"],
        "update": ["at", "by", "person", "text", "from", "to"],
        "document": ["filename", "of", "item", "in", "mediaType", "bytes", "part", "isPublished", "text", "id"],
        "vote": ["motion", "kind", "for", "against", "abstentions", "castingVote", "presentVoting", "quorum", "ballots", "id"],
        "declaration": ["at", "person", "kind", "text", "id"],
        "approve": ["on", "at"],
        "planItem": ["body", "proposer", "lead", "target", "status", "part", "exemptReason", "notes", "id"],
        "correction": ["text", "recordedAt", "id"],
        "indicator": ["code", "body", "in", "isPublished", "id"],
        "target": ["yearStart", "value"],
        "actual": ["month", "value"],
        "signature": ["by", "name", "capacity", "sha256", "canonicalVersion"]
    ]

    let kind: String
    let fields: [String: WorldValue]
    /// Where the step stands in the file, from 1.
    let step: Int

    init(_ fields: [String: WorldValue], number: Int) throws {
        // A kind may also be another kind's label (a person's organisation): the step's kind is the one whose
        // labels hold every other kind named.
        let named = fields.keys.filter { Self.labels[$0] != nil }
        let kinds = named.filter { kind in named.allSatisfy { $0 == kind || Self.labels[kind, default: []].contains($0) } }
        guard kinds.count == 1, let kind = kinds.first else {
            throw DomainError.invalid(
                "step \(number) names \(kinds.isEmpty ? "no kind" : "\(kinds.count) kinds"): one of "
                    + Self.labels.keys.sorted().joined(separator: ", "))
        }
        let unknown = Set(fields.keys).subtracting(Self.labels[kind, default: []]).subtracting([kind])
        guard unknown.isEmpty else {
            throw DomainError.invalid("step \(number) (\(kind)) does not take \(unknown.sorted().joined(separator: ", "))")
        }
        self.kind = kind
        self.fields = fields
        self.step = number
    }

    func refused(_ label: String, _ expected: String) -> DomainError {
        .invalid("step \(step) (\(kind)): '\(label)' must be \(expected)")
    }

    /// The value under `label` (the kind's own key for the first value), nil when absent or null.
    func value(_ label: String) -> WorldValue? {
        if case .null = fields[label] ?? .null { return nil }
        return fields[label]
    }

    func text(_ label: String) throws -> String {
        guard let text = try optionalText(label) else { throw refused(label, "given") }
        return text
    }

    func optionalText(_ label: String) throws -> String? {
        guard let value = value(label) else { return nil }
        guard case .text(let text) = value else { throw refused(label, "text") }
        return text
    }

    func number(_ label: String) throws -> Double? {
        guard let value = value(label) else { return nil }
        guard case .number(let number) = value else { throw refused(label, "a number") }
        return number
    }

    func int(_ label: String) throws -> Int64 {
        guard let value = try optionalInt(label) else { throw refused(label, "given") }
        return value
    }

    func optionalInt(_ label: String) throws -> Int64? {
        guard let number = try number(label) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else { throw refused(label, "a whole number") }
        return Int64(number)
    }

    func bool(_ label: String, default fallback: Bool) throws -> Bool {
        guard let value = value(label) else { return fallback }
        guard case .bool(let flag) = value else { throw refused(label, "true or false") }
        return flag
    }

    func choice<T: RawRepresentable & CaseIterable>(_ label: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let raw = try optionalText(label) else { return nil }
        guard let choice = T(rawValue: raw) else {
            throw refused(label, "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return choice
    }

    func part(_ label: String = "part") throws -> AgendaPart {
        guard let number = try optionalInt(label) else { return .one }
        guard let part = AgendaPart(rawValue: Int(number)) else { throw refused(label, "1 or 2") }
        return part
    }

    /// Adds this step's record to `world`, as the TestWorld call of the same name.
    func plant(into w: inout TestWorld) throws {
        switch kind {
        case "partnership":
            w.partnership(
                try text(kind), slug: try text("slug"), reportReferencePattern: try optionalText("reportReferencePattern"),
                id: try optionalInt("id"))
        case "organisation":
            w.organisation(
                try text(kind), abbreviation: try optionalText("abbreviation"), sector: try optionalText("sector"),
                in: try int("in"), id: try optionalInt("id"))
        case "person":
            w.person(
                try text(kind), honorific: try optionalText("honorific"), initials: try optionalText("initials"),
                organisation: try optionalInt("organisation"), email: try optionalText("email"), phone: try optionalText("phone"),
                in: try int("in"), id: try optionalInt("id"))
        case "jobTitle":
            w.jobTitle(try text(kind), of: try int("of"), at: try optionalInt("at"), from: try text("from"), to: try optionalText("to"))
        case "body":
            w.body(
                try text(kind), slug: try text("slug"), kind: try choice("kind", BodyKind.self) ?? .board,
                reportsTo: try optionalInt("reportsTo"), isPublic: try bool("isPublic", default: true),
                defaultVenue: try optionalText("defaultVenue"), in: try int("in"), id: try optionalInt("id"))
        case "seat":
            w.seat(
                try text(kind), on: try int("on"), role: try choice("role", SeatRole.self) ?? .member,
                organisation: try optionalInt("organisation"), position: Int(try optionalInt("position") ?? 0),
                abolishedOn: try optionalText("abolishedOn"), id: try optionalInt("id"))
        case "holding": w.holding(try int(kind), by: try int("by"), from: try text("from"), to: try optionalText("to"))
        case "handOver": w.handOver(try int(kind), to: try int("to"), on: try text("on"))
        default: try plantMeetingRecord(into: &w)
        }
    }

    /// A record of a meeting, its minutes or its follow-up.
    func plantMeetingRecord(into w: inout TestWorld) throws {
        switch kind {
        case "meeting":
            w.meeting(
                of: try int(kind), on: try text("on"), status: try choice("status", MeetingStatus.self) ?? .scheduled,
                start: try optionalText("start"), end: try optionalText("end"), venue: try optionalText("venue"),
                id: try optionalInt("id"))
        case "item":
            w.item(
                try text(kind), on: try int("on"), number: try optionalText("number"), level: Int(try optionalInt("level") ?? 0),
                part: try part(), exemptReason: try optionalText("exemptReason"),
                standing: try choice("standing", StandingItemKind.self), expectsReport: try bool("expectsReport", default: false),
                position: try optionalInt("position").map { Int($0) }, id: try optionalInt("id"))
        case "attendance":
            w.attendance(
                at: try int("at"), try text(kind), person: try optionalInt("person"), role: try optionalText("role"),
                status: try choice("status", AttendanceStatus.self) ?? .present, position: try choice("position", SeatRole.self),
                substituteFor: try optionalInt("substituteFor"))
        case "minute":
            w.minute(
                try text(kind), number: try optionalInt("number").map { Int($0) }, letter: try optionalText("letter") ?? "",
                text: try optionalText("text") ?? "", part: try part(), of: try int("of"), body: try optionalInt("body"),
                date: try optionalText("date"), item: try optionalInt("item"), id: try optionalInt("id"))
        case "resolution":
            w.resolution(try text(kind), of: try int("of"), place: try optionalInt("place").map { Int($0) }, id: try optionalInt("id"))
        case "declaration":
            w.declaration(
                at: try int("at"), try text(kind), person: try optionalInt("person"),
                kind: try choice("kind", InterestKind.self) ?? .other, try text("text"), id: try optionalInt("id"))
        case "vote": try plantVote(into: &w)
        case "approve": w.approve(try int(kind), on: try text("on"), at: try optionalInt("at"))
        case "signature":
            w.signature(
                of: try int(kind), by: try optionalInt("by"), name: try text("name"), capacity: try text("capacity"),
                sha256: try text("sha256"), canonicalVersion: Int(try optionalInt("canonicalVersion") ?? 1))
        case "correction":
            w.correction(of: try int(kind), try text("text"), recordedAt: try optionalInt("recordedAt"), id: try optionalInt("id"))
        default: try plantFollowUp(into: &w)
        }
    }

    func plantVote(into w: inout TestWorld) throws {
        var ballots: [(name: String, person: Int64?, choice: VoteChoice)] = []
        if let value = value("ballots") {
            guard case .list(let list) = value else { throw refused("ballots", "a list of {name, person, choice}") }
            for entry in list {
                guard case .object(let fields) = entry, case .text(let name) = fields["name"] ?? .null,
                    case .text(let raw) = fields["choice"] ?? .null, let choice = VoteChoice(rawValue: raw)
                else { throw refused("ballots", "a list of {name, person, choice}") }
                let person: Int64? = if case .number(let id) = fields["person"] ?? .null { Int64(id) } else { nil }
                ballots.append((name, person, choice))
            }
        }
        let tally = VoteTally(
            votesFor: Int(try optionalInt("for") ?? 0), against: Int(try optionalInt("against") ?? 0),
            abstentions: Int(try optionalInt("abstentions") ?? 0), castingVote: try choice("castingVote", VoteChoice.self))
        w.vote(
            at: try int(kind), motion: try text("motion"), kind: try choice("kind", VoteKind.self) ?? .showOfHands, tally: tally,
            presentVoting: Int(try int("presentVoting")), quorum: Int(try optionalInt("quorum") ?? 3), ballots: ballots,
            id: try optionalInt("id"))
    }

    /// Actions, the forward plan and performance figures.
    func plantFollowUp(into w: inout TestWorld) throws {
        switch kind {
        case "action":
            w.action(
                try text(kind), body: try int("body"), minute: try optionalInt("minute"), resolution: try optionalInt("resolution"),
                due: try optionalText("due"), status: try choice("status", ActionStatus.self) ?? .open,
                isPrivate: try bool("isPrivate", default: false), id: try optionalInt("id"))
        case "owner":
            w.owner(
                of: try int(kind), person: try optionalInt("person"), seat: try optionalInt("seat"), code: try optionalText("code"),
                freeText: try optionalText("freeText"))
        case "update":
            w.update(
                on: try int(kind), at: try text("at"), by: try text("by"), person: try optionalInt("person"), try text("text"),
                from: try choice("from", ActionStatus.self), to: try choice("to", ActionStatus.self))
        case "document":
            w.document(
                try text(kind), filename: try text("filename"), of: try int("of"), item: try optionalInt("item"), in: try int("in"),
                mediaType: try optionalText("mediaType") ?? "application/pdf", bytes: Int(try optionalInt("bytes") ?? 1000),
                part: try part(), isPublished: try bool("isPublished", default: true), text: try optionalText("text"),
                id: try optionalInt("id"))
        case "planItem":
            w.planItem(
                try text(kind), body: try int("body"), proposer: try text("proposer"), lead: try optionalText("lead"),
                target: try optionalInt("target"), status: try choice("status", ForwardPlanStatus.self) ?? .proposed,
                part: try part(), exemptReason: try optionalText("exemptReason"), notes: try optionalText("notes"),
                id: try optionalInt("id"))
        case "indicator":
            w.indicator(
                try text(kind), code: try text("code"), body: try int("body"), in: try int("in"),
                isPublished: try bool("isPublished", default: true), id: try optionalInt("id"))
        case "target":
            guard let value = try number("value") else { throw refused("value", "given") }
            w.target(of: try int(kind), yearStart: try text("yearStart"), value)
        case "actual":
            guard let value = try number("value") else { throw refused("value", "given") }
            w.actual(of: try int(kind), month: try text("month"), value)
        default: throw DomainError.invalid("step \(step): '\(kind)' is not a kind of record")
        }
    }
}
