import Hummingbird
import MinutebookCore
import MinutebookServices

/// "Your work", a partnership's home page for its own accounts: the secretariat sees the next meetings
/// with their deadlines, reports still awaited, updates not yet received and work left unfinished;
/// a member sees their own actions and their next meetings first.
struct WorkspaceController {
    let directory: any DirectoryRepository
    let agendas: any AgendaRepository
    let mattersArising: any MattersArisingRepository
    let actions: any ActionRepository
    let partnershipSetup: any PartnershipSetupRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.partnership.group().add(middleware: SignInMiddleware()).get("work", use: show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let partnership = try context.pathPartnership()
        let (account, _) = try context.requireAccount(request)
        let edit = Visibility.partnershipGrant(context.audience, partnershipID: partnership.id).edit
        guard edit || account.partnershipID == partnership.id else {
            throw DomainError.forbidden("This page is for the accounts of \(partnership.name).")
        }
        let today = Today.date
        var bodies: [SecretariatWorkspace.BodyMeetings] = []
        for body in try await directory.bodies(of: partnership.id) {
            let grant = Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id)
            guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { continue }
            var entry = SecretariatWorkspace.BodyMeetings(
                body: body, meetings: try await directory.meetings(of: body.id, audience: context.audience, limit: 24))
            if edit, let next = entry.next(after: today) {
                entry.nextAgenda = try await agendas.agenda(of: next.id, audience: context.audience)
                entry.nextMattersArising = try await mattersArising.mattersArising(bodyID: body.id, date: next.date, audience: context.audience)
            }
            bodies.append(entry)
        }
        let questions = try await partnershipSetup.partnerships().first { $0.id == partnership.id }?.settings.questionsWorkingDays
        let policy = questions.map { DeadlinePolicy(questionsWorkingDays: $0) } ?? .standard
        var page = WorkspaceView(
            partnership: partnership, today: today, bodies: bodies,
            workspace: edit ? SecretariatWorkspace(today: today, policy: policy, bodies: bodies) : nil)
        if let personID = account.personID {
            page.ownActions = try await actions.actions(
                ActionFilter(partnershipID: partnership.id, ownerPersonID: personID, statuses: [.open, .inProgress]),
                audience: context.audience)
            page.memberOf = account.memberOfBodyIDs
        }
        let layout = Layout(title: "Your work: \(partnership.name)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        return .html(layout.render { w in page.write(into: &w) })
    }
}
