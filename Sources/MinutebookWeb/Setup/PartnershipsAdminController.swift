import Hummingbird
import MinutebookCore
import MinutebookServices

/// An administrator of the whole site lists the partnerships and creates one, with its board, in one
/// form; the board starts with the standard agenda template. The partnership's secretariat then keeps
/// its settings on `/p/{slug}/settings`.
struct PartnershipsAdminController {
    let partnerships: any PartnershipSetupRepository
    static let refusal = "Only a site administrator can create partnerships."

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/admin/partnerships", use: list)
        router.post("/admin/partnerships", use: create)
    }

    func requireSiteAdministrator(_ request: Request, _ context: AppRequestContext) throws -> ActionEditor {
        let (account, _) = try context.requireAdministrator(request, refusal: Self.refusal)
        guard account.partnershipID == nil else { throw DomainError.forbidden(Self.refusal) }
        return try context.requireActionEditor(request)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try requireSiteAdministrator(request, context)
        return try await page(context, FormReader(FormData()))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try requireSiteAdministrator(request, context)
        var f = try await FormReader.collect(request, context)
        let settings = PartnershipForm.read(&f)
        let boardName = f.required("boardName", "Enter the name of the partnership's board")
        if boardName.count > 200 { f.errors.add("boardName", "Enter a board name of up to 200 characters") }
        if let settings, f.errors.isEmpty {
            if let created = try await f.refusing("slug", { try await partnerships.addPartnership(settings, boardName: boardName, by: editor) }) {
                let notice = "\(created.settings.name) was created with its board, \(boardName)."
                return Response(
                    status: .seeOther,
                    headers: [
                        .location: SitePath.settings(partnership: created.settings.slug).path + "?done=" + notice.addingPercentEncodingForQuery()
                    ])
            }
        }
        return try await page(context, f)
    }

    func page(_ context: AppRequestContext, _ f: FormReader) async throws -> Response {
        let all = try await partnerships.partnerships()
        let title = "Partnerships"
        var layout = Layout(title: f.errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [("Accounts", SitePath.adminUsers.path)]
        let bytes = layout.render { w in
            w.errorSummary(f.errors)
            w.element("<h1>", title, "</h1>\n")
            if all.isEmpty {
                w.element("<p>", "There are no partnerships yet: create the first below.", "</p>\n")
            } else {
                w.raw("<ul>\n")
                for entry in all {
                    w.raw("<li><a href=\"")
                    w.text(SitePath.settings(partnership: entry.settings.slug).path)
                    w.raw("\">")
                    w.text(entry.settings.name)
                    w.raw("</a></li>\n")
                }
                w.raw("</ul>\n")
            }
            w.raw("<h2 id=\"new-partnership\">Create a partnership</h2>\n")
            FormReader.open(&w, action: SitePath.adminPartnerships.path, context: context, label: "new-partnership")
            PartnershipForm.fields(&w, f, current: nil)
            w.inputField(
                "boardName", label: "Name of its board", value: f.value("boardName"),
                hint: "The board starts with the standard agenda: apologies, minutes, matters arising, public questions, the "
                    + "chair's update, sub-group reports, any other business and the next meeting; add its sub-groups on the next page",
                errors: f.errors)
            w.raw("<button type=\"submit\">Create the partnership</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }
}
