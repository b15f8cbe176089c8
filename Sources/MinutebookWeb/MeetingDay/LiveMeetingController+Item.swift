import Foundation
import HTTPTypes
import Hummingbird
import MinutebookCore
import MinutebookServices

/// One item as the meeting takes it: notes, resolutions and actions (saved with a version check,
/// by the Save button or by the page's script as the clerk types), votes and declarations.
extension LiveMeetingController {
    func itemPage(_ page: LivePage, _ live: LiveMeeting, _ item: LiveItem, context: AppRequestContext) async throws -> LiveItemPage {
        let detail = page.detail
        let seats = try await bodies.seats(of: detail.body.id, on: detail.meeting.date, audience: context.audience)
        var owners = [Choice("", "No owner picked")]
        var declarers = [Choice("", "Choose who declared")]
        var seen = Set<Int64>()
        for entry in detail.attendance where entry.status.attended {
            if let id = entry.personID {
                if seen.insert(id).inserted { owners.append(Choice("p:\(id)", entry.name)) }
                declarers.append(Choice("p:\(id)", entry.name))
            } else {
                declarers.append(Choice("n:" + entry.name, entry.name))
            }
        }
        for seat in seats {
            owners.append(Choice("s:\(seat.seat.id)", "Seat: \(seat.seat.title)" + (seat.holder.map { " (\($0.fullName))" } ?? "")))
        }
        let roll = try await meetingDay.voters(agendaItemID: item.agendaItem.id)
        return LiveItemPage(page: page, item: item, owners: owners, declarers: declarers, roll: roll)
    }

    @Sendable func showItem(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, _) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        let itemPage = try await itemPage(page, live, item, context: context)
        let notice = request.uri.queryParameters.get("saved").flatMap(LivePage.notice(for:))
        return .html(
            itemLayout(itemPage, context).render { w in
                LiveItemView.write(itemPage, notice: notice, values: nil, errors: FormErrors(), into: &w)
            })
    }

    private func itemLayout(_ itemPage: LiveItemPage, _ context: AppRequestContext, error: Bool = false) -> Layout {
        var layout = layout((error ? "Error: " : "") + LivePage.label(itemPage.item), itemPage.page, context)
        layout.scripts = [LiveMinutesScript.path]
        return layout
    }

    @Sendable func saveItem(_ request: Request, context: AppRequestContext) async throws -> Response {
        let autosave = Self.autosaveHeader.flatMap { request.headers[$0] } == "1"
        do {
            return try await saveItemOrThrow(request, context: context, autosave: autosave)
        } catch let error as DomainError where autosave {
            let status: HTTPResponse.Status = error.kind == .conflict ? .conflict : error.kind == .notFound ? .notFound : .badRequest
            return Self.json("{\"error\":{\"message\":\(jsonString(error.message))}}", status: status)
        }
    }

    private func saveItemOrThrow(_ request: Request, context: AppRequestContext, autosave: Bool) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        let version = form["version"].flatMap { Int($0) }
        if version == nil { errors.add("notes", "Reload the item: the form was missing its version") }
        let notes = form.untrimmed("notes") ?? ""
        if notes.count > 50_000 { errors.add("notes", "The notes must be 50,000 characters or fewer") }
        let resolutions = LiveItemView.indices(form, "resolution-", "").compactMap { form.nonEmpty("resolution-\($0)") }
        var actions: [LiveAction] = []
        for n in LiveItemView.indices(form, "action-", "-text") {
            let text = (form["action-\(n)-text"] ?? "")
            let owner = form["action-\(n)-owner"] ?? ""
            let dueText = form["action-\(n)-due"] ?? ""
            var due: LocalDate?
            if !dueText.isEmpty {
                due = LocalDate(iso: dueText)
                if due == nil { errors.add("action-\(n)-due", "Enter the due date of action \(n) as a real date, for example 2018-04-30") }
            }
            var action = LiveAction(text: text, due: due)
            if owner.hasPrefix("p:") { action.ownerPersonID = Int64(owner.dropFirst(2)) }
            if owner.hasPrefix("s:") { action.ownerSeatID = Int64(owner.dropFirst(2)) }
            if !owner.isEmpty && action.ownerPersonID == nil && action.ownerSeatID == nil {
                errors.add("action-\(n)-owner", "Choose the owner of action \(n) from the list")
            }
            if text.isEmpty {
                // A row with only an owner or date is half-typed: autosave skips it, the Save button asks for its text.
                if !autosave && (!owner.isEmpty || due != nil) {
                    errors.add("action-\(n)-text", "Enter what action \(n) is, or clear its owner and date")
                }
                continue
            }
            actions.append(action)
        }
        guard errors.isEmpty, let version else {
            if autosave {
                return Self.json("{\"error\":{\"message\":\(jsonString(errors.items.first?.message ?? "Not saved"))}}", status: .badRequest)
            }
            let itemPage = try await itemPage(page, live, item, context: context)
            return .html(
                itemLayout(itemPage, context, error: true).render { w in
                    LiveItemView.write(itemPage, notice: nil, values: form, errors: errors, into: &w)
                }, status: .badRequest)
        }
        do {
            let saved = try await meetingDay.saveItem(
                LiveItemEdit(
                    agendaItemID: item.agendaItem.id, version: version, notes: notes,
                    resolutions: resolutions, actions: actions), by: editor)
            if autosave {
                return Self.json("{\"version\":\(saved),\"savedAt\":\(jsonString(Self.clock()))}", status: .ok)
            }
            return .redirect(to: page.itemPath(item.agendaItem.id) + "?saved=item")
        } catch let error as DomainError where error.kind == .conflict && !autosave {
            // Someone saved first: their version is shown beside the clerk's own text, which is kept in the form.
            let current =
                try await meetingDay.liveMeeting(meetingID: page.detail.meeting.id)?.items
                .first(where: { $0.agendaItem.id == item.agendaItem.id }) ?? item
            var itemPage = try await itemPage(page, live, current, context: context)
            itemPage.conflict = error.message
            var errors = FormErrors()
            errors.add("notes", error.message)
            return .html(
                itemLayout(itemPage, context, error: true).render { w in
                    LiveItemView.write(itemPage, notice: nil, values: form, errors: errors, into: &w)
                }, status: .conflict)
        }
    }

    /// Sent by the page's script: the answer is JSON (the new version, or the error) instead of a page.
    static let autosaveHeader = HTTPField.Name("X-Autosave")

    static func clock() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/London") ?? .current, from: Date())
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }

    static func json(_ body: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    // MARK: Votes and declarations

    @Sendable func recordVote(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let itemPage = try await itemPage(page, live, item, context: context)
        var errors = FormErrors()
        let motion = form["motion"] ?? ""
        if motion.isEmpty { errors.add("motion", "Enter the motion that was voted on") }
        let kind = VoteKind(rawValue: form["kind"] ?? "") ?? .showOfHands
        let casting = form.nonEmpty("casting").flatMap(VoteChoice.init(rawValue:))
        var tally = VoteTally(votesFor: 0, against: 0, abstentions: 0, castingVote: casting)
        var ballots: [Ballot] = []
        if kind == .showOfHands {
            func count(_ field: String, _ label: String) -> Int {
                guard let value = Int(form["vote-\(field)"] ?? ""), value >= 0 else {
                    errors.add("vote-\(field)", "Enter the number of votes \(label) as a whole number, 0 or more")
                    return 0
                }
                return value
            }
            tally.votesFor = count("for", "for")
            tally.against = count("against", "against")
            tally.abstentions = count("abstain", "abstaining")
        } else {
            for (i, voter) in itemPage.roll.voters.enumerated() {
                guard let choice = form.nonEmpty("ballot-\(i + 1)").flatMap(VoteChoice.init(rawValue:)) else { continue }
                ballots.append(Ballot(personID: voter.personID, name: voter.name, choice: choice))
            }
            if ballots.isEmpty { errors.add("ballot-1", "Record how each member voted") }
        }
        if errors.isEmpty {
            do {
                try await meetingDay.recordVote(
                    VoteInput(
                        agendaItemID: item.agendaItem.id, motion: motion, kind: kind, tally: tally,
                        ballots: ballots), by: editor)
                return .redirect(to: page.itemPath(item.agendaItem.id) + "?saved=vote#votes")
            } catch let error as DomainError where error.kind == .invalid {
                errors.add(kind == .showOfHands ? "vote-for" : "ballot-1", error.message)
            }
        }
        return .html(
            itemLayout(itemPage, context, error: true).render { w in
                LiveItemView.write(itemPage, notice: nil, values: form, errors: errors, into: &w)
            }, status: .badRequest)
    }

    @Sendable func removeVote(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        let id = try context.parameters.require("vote", as: Int64.self)
        try await meetingDay.removeVote(id: id, meetingID: page.detail.meeting.id, by: editor)
        return .redirect(to: page.itemPath(item.agendaItem.id) + "?saved=vote-removed#votes")
    }

    @Sendable func recordDeclaration(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let itemPage = try await itemPage(page, live, item, context: context)
        var errors = FormErrors()
        let who = form["declarer"] ?? ""
        var personID: Int64?
        var name = ""
        if who.hasPrefix("p:"), let id = Int64(who.dropFirst(2)), let choice = itemPage.declarers.first(where: { $0.value == who }) {
            personID = id
            name = choice.label
        } else if who.hasPrefix("n:"), itemPage.declarers.contains(where: { $0.value == who }) {
            name = String(who.dropFirst(2))
        } else {
            errors.add("declarer", "Choose who declared the interest")
        }
        guard let kind = InterestKind(rawValue: form["interest-kind"] ?? "") else {
            errors.add("interest-kind-pecuniary", "Choose whether the interest is pecuniary or other")
            return try await declarationError(itemPage, form, errors, context)
        }
        let text = form["interest-text"] ?? ""
        if text.isEmpty { errors.add("interest-text", "Enter the interest declared") }
        if text.count > 2_000 { errors.add("interest-text", "The interest must be 2,000 characters or fewer") }
        guard errors.isEmpty else { return try await declarationError(itemPage, form, errors, context) }
        try await meetingDay.recordDeclaration(
            DeclarationInput(
                agendaItemID: item.agendaItem.id, personID: personID, name: name,
                kind: kind, text: text), by: editor)
        return .redirect(to: page.itemPath(item.agendaItem.id) + "?saved=declaration#declarations")
    }

    private func declarationError(
        _ itemPage: LiveItemPage, _ form: FormData, _ errors: FormErrors,
        _ context: AppRequestContext
    ) async throws -> Response {
        .html(
            itemLayout(itemPage, context, error: true).render { w in
                LiveItemView.write(itemPage, notice: nil, values: form, errors: errors, into: &w)
            }, status: .badRequest)
    }

    @Sendable func removeDeclaration(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        let id = try context.parameters.require("declaration", as: Int64.self)
        try await meetingDay.removeDeclaration(id: id, meetingID: page.detail.meeting.id, by: editor)
        return .redirect(to: page.itemPath(item.agendaItem.id) + "?saved=declaration-removed#declarations")
    }
}

/// The item page's content.
struct LiveItemPage: Sendable {
    var page: LivePage
    var item: LiveItem
    /// Owners offered for actions: people present ("p:ID") and the body's seats ("s:ID").
    var owners: [Choice]
    /// Who may declare an interest: everyone present ("p:ID", or "n:Name" for those not on file).
    var declarers: [Choice]
    var roll: VoterRoll
    /// Set when a save met someone else's later save: the message; `item` then holds their version.
    var conflict: String?
}
