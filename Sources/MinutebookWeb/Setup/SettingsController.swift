import Hummingbird
import MinutebookCore
import MinutebookServices

/// A partnership's settings page (its secretariat and administrators): the settings form and the way
/// to the rest of set-up, its bodies and sub-groups with their seats, people and organisations.
struct SettingsController {
    let directory: any DirectoryRepository
    let partnerships: any PartnershipSetupRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.get("settings", use: show)
        routes.secretariat.post("settings", use: save)
    }

    @Sendable func show(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        return try await page(scope, context, FormReader(FormData()), notice: setupNotice(request))
    }

    @Sendable func save(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        var f = try await FormReader.collect(request, context)
        if let settings = PartnershipForm.read(&f),
            let saved = try await f.refusing("slug", { try await partnerships.editPartnership(scope.partnership.id, settings, by: scope.editor) })
        {
            return scope.redirect(.settings(partnership: saved.settings.slug), notice: "The settings were saved.")
        }
        return try await page(scope, context, f, notice: nil)
    }

    func page(_ scope: SetupScope, _ context: AppRequestContext, _ f: FormReader, notice: String?) async throws -> Response {
        let current = try await partnerships.partnerships().first(where: { $0.id == scope.partnership.id })
        let bodies = try await directory.bodies(of: scope.partnership.id)
        let slug = scope.slug
        return scope.page("Settings of \(scope.partnership.name)", context: context, errors: f.errors, notice: notice) { w in
            w.raw("<h2>Set-up</h2>\n<ul>\n")
            for (label, path) in [
                ("Bodies and sub-groups", SitePath.setupBodies(partnership: slug)),
                ("People", SitePath.setupPeople(partnership: slug)),
                ("Organisations", SitePath.setupOrganisations(partnership: slug))
            ] {
                w.raw("<li><a href=\"")
                w.text(path.path)
                w.raw("\">")
                w.text(label)
                w.raw("</a></li>\n")
            }
            w.raw("</ul>\n")
            if !bodies.isEmpty {
                w.raw("<h2>Seats</h2>\n<ul>\n")
                for body in bodies {
                    w.raw("<li><a href=\"")
                    w.text(SitePath.seats(partnership: slug, body: body.slug).path)
                    w.raw("\">Seats of ")
                    w.text(body.name)
                    w.raw("</a></li>\n")
                }
                w.raw("</ul>\n")
            }
            w.raw("<h2 id=\"partnership-settings\">The partnership</h2>\n")
            FormReader.open(&w, action: SitePath.settings(partnership: slug).path, context: context, label: "partnership-settings")
            PartnershipForm.fields(&w, f, current: current?.settings)
            w.raw("<button type=\"submit\">Save the settings</button>\n</form>\n")
        }
    }
}
