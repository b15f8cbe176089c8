import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// Administrators bring a committee's archive from a ModernGov site, as `minutebook migrate-from
/// moderngov` does: a form (site, committee, dates, partnership, pause between requests), then a
/// page that follows the run. Works without JavaScript: the page says how far it got when asked again.
struct MigrationController {
    let directory: any DirectoryRepository
    let jobs: MigrationJobs
    static let refusal = "Only administrators can bring archives from other systems."

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/admin/migrations", use: form)
        router.post("/admin/migrations", use: start)
        router.get("/admin/migrations/:id", use: status)
    }

    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, _) = try context.requireAdministrator(request, refusal: Self.refusal)
        let values = FormData(fields: [("delay", "1")])
        return MigrationViews.form(
            context: context, partnerships: try await directory.partnerships(managedBy: account), values: values,
            errors: FormErrors(), status: .ok)
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, editor) = try context.requireAdministrator(request, refusal: Self.refusal)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let allowed = try await directory.partnerships(managedBy: account)
        var errors = FormErrors()
        let site = form.nonEmpty("site") ?? ""
        if site.isEmpty {
            errors.add("site", "Enter the address of the ModernGov site")
        } else if (try? ModernGovClient(site: site, fetcher: PoliteFetcher(settings: .init()))) == nil {
            errors.add("site", "Enter the site's address as a web address, like https://democracy.example.gov.uk")
        }
        let committee = form.nonEmpty("committee") ?? ""
        if committee.isEmpty { errors.add("committee", "Enter the committee's id on the site or its name") }
        func date(_ field: String, _ label: String) -> LocalDate? {
            guard let text = form.nonEmpty(field) else { return nil }
            guard let d = LocalDate(iso: text) else {
                errors.add(field, "\(label) must be a date like 2021-06-15")
                return nil
            }
            return d
        }
        let from = date("from", "The first date")
        let to = date("to", "The last date")
        if let from, let to, from > to { errors.add("to", "The last date must be on or after the first date") }
        var partnership: Partnership?
        if let slug = form.nonEmpty("partnership") {
            partnership = allowed.first { $0.slug == slug }
            if partnership == nil { errors.add("partnership", "Choose one of your partnerships") }
        } else if account.partnershipID != nil {
            partnership = allowed.first
        }
        let delay = Double(form.nonEmpty("delay") ?? "1")
        if delay == nil || !(0...60).contains(delay ?? -1) {
            errors.add("delay", "The pause between requests must be a number of seconds from 0 to 60")
        }
        guard errors.isEmpty, let delay else {
            return MigrationViews.form(context: context, partnerships: allowed, values: form, errors: errors, status: .badRequest)
        }
        let id = try await jobs.start(
            MigrationJobs.Request(
                site: site, committee: committee, from: from, to: to,
                partnershipSlug: partnership?.slug, partnershipID: partnership?.id,
                delay: delay),
            by: editor, name: context.signedInAs ?? "an administrator")
        context.logger.info("migration started", metadata: ["migration.id": "\(id)", "migration.site": "\(site)"])
        return Response(status: .seeOther, headers: [.location: "/admin/migrations/\(id)"])
    }

    @Sendable func status(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, _) = try context.requireAdministrator(request, refusal: Self.refusal)
        let id = try context.parameters.require("id")
        guard let job = await jobs.job(id), account.partnershipID == nil || job.partnershipID == account.partnershipID else {
            throw DomainError.notFound("There is no migration '\(id)'.")
        }
        return MigrationViews.status(context: context, job: job)
    }
}
