import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat's bodies and sub-groups: add one (which body it reports to, public or private
/// meetings), change its settings, rename it keeping the old name (still found by search and the
/// importer), and merge two bodies an import made of one.
struct BodiesSetupController {
    let bodies: any BodySetupRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.secretariat.group("settings/bodies")
        group.get(use: list)
        group.post(use: add)
        group.get(":id", use: show)
        group.post(":id", use: edit)
        group.post(":id/rename", use: rename)
        group.post(":id/merge", use: merge)
    }

    static let kinds = [Choice(BodyKind.board.rawValue, "Board"), Choice(BodyKind.subGroup.rawValue, "Sub-group")]
    static let visibilities = [
        Choice("public", "Public: its meetings appear on the public pages"),
        Choice("private", "Private: its meetings are for members only")
    ]

    @Sendable func list(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        return try await listPage(scope, context, FormReader(FormData()), notice: setupNotice(request))
    }

    @Sendable func add(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let all = try await bodies.bodies(of: scope.partnership.id)
        var f = try await FormReader.collect(request, context)
        let name = f.required("name", "Enter the body's name")
        if let settings = Self.settings(&f, name: name, slug: f.form.nonEmpty("slug") ?? Slug.make(name), among: all, except: nil),
            let added = try await f.refusing("name", { try await bodies.addBody(to: scope.partnership.id, settings, by: scope.editor) })
        {
            return scope.redirect(.setupBodies(partnership: scope.slug), notice: "\(added.body.name) was added.")
        }
        return try await listPage(scope, context, f, notice: nil)
    }

    @Sendable func show(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let (entry, all) = try await body(scope, context)
        return bodyPage(scope, context, entry, all, FormReader(FormData()), form: nil, notice: setupNotice(request))
    }

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let (entry, all) = try await body(scope, context)
        var f = try await FormReader.collect(request, context)
        if let settings = Self.settings(
            &f, name: entry.body.name, slug: f.required("slug", "Enter the short name used in web addresses"),
            among: all, except: entry.body.id),
            let saved = try await f.refusing("slug", { try await bodies.editBody(entry.body.id, settings, by: scope.editor) })
        {
            return scope.redirect(.setupBody(partnership: scope.slug, id: saved.body.id), notice: "The settings of \(saved.body.name) were saved.")
        }
        return bodyPage(scope, context, entry, all, f, form: .settings, notice: nil)
    }

    @Sendable func rename(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let (entry, all) = try await body(scope, context)
        var f = try await FormReader.collect(request, context)
        let name = f.required("newName", "Enter the body's new name")
        if f.errors.isEmpty, let renamed = try await f.refusing("newName", { try await bodies.renameBody(entry.body.id, to: name, by: scope.editor) })
        {
            return scope.redirect(
                .setupBody(partnership: scope.slug, id: renamed.body.id),
                notice: "\(entry.body.name) is now called \(renamed.body.name); the old name is kept.")
        }
        return bodyPage(scope, context, entry, all, f, form: .rename, notice: nil)
    }

    @Sendable func merge(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let (entry, all) = try await body(scope, context)
        var f = try await FormReader.collect(request, context)
        let others = all.filter { $0.body.id != entry.body.id }
        let dropped = f.form.nonEmpty("dropped").flatMap { Int64($0) }.flatMap { id in others.first(where: { $0.body.id == id }) }
        if dropped == nil { f.errors.add("dropped", "Choose the body to merge into \(entry.body.name)") }
        if f.form["confirm"] != "1" { f.errors.add("confirm", "Tick the box to confirm the merge: it cannot be undone") }
        if let dropped, f.errors.isEmpty,
            let merged = try await f.refusing("dropped", { try await bodies.mergeBody(dropped.body.id, into: entry.body.id, by: scope.editor) })
        {
            return scope.redirect(
                .setupBody(partnership: scope.slug, id: merged.body.id),
                notice: "\(dropped.body.name) was merged into \(merged.body.name).")
        }
        return bodyPage(scope, context, entry, all, f, form: .merge, notice: nil)
    }

    func body(_ scope: SetupScope, _ context: AppRequestContext) async throws -> (BodyEntry, [BodyEntry]) {
        let id = try context.parameters.require("id", as: Int64.self)
        let all = try await bodies.bodies(of: scope.partnership.id)
        guard let entry = all.first(where: { $0.body.id == id }) else {
            throw DomainError.notFound("\(scope.partnership.name) has no such body.")
        }
        return (entry, all)
    }

    /// The kind, reporting line and visibility typed, with `name` and `slug`; nil with problems in `f`.
    static func settings(_ f: inout FormReader, name: String, slug: String, among all: [BodyEntry], except id: Int64?) -> BodySettings? {
        let kind: BodyKind? = f.choice("kind", "Choose whether it is a board or a sub-group")
        var reportsTo: Int64?
        if let text = f.form.nonEmpty("reportsTo") {
            reportsTo = Int64(text).flatMap { rid in all.first(where: { $0.body.id == rid && rid != id })?.body.id }
            if reportsTo == nil { f.errors.add("reportsTo", "Choose a body from the list") }
        } else if kind == .subGroup {
            f.errors.add("reportsTo", "Choose the body the sub-group reports to")
        }
        let isPublic = f.form["visibility"] != "private"
        let quorumText = f.form.nonEmpty("quorum") ?? ""
        if let problem = Quorum.problem(setting: quorumText) { f.errors.add("quorum", problem) }
        let settings = BodySettings(
            name: name, slug: slug, kind: kind ?? .subGroup, reportsToBodyID: reportsTo, isPublic: isPublic,
            quorum: Int(quorumText.filter { !$0.isWhitespace }))
        for problem in settings.problems where f.errors.message(for: problem.field) == nil && !(problem.field == "slug" && name.isEmpty) {
            f.errors.add(problem.field, problem.message)
        }
        return f.errors.isEmpty ? settings : nil
    }
}
