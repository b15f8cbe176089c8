import Foundation
import Hummingbird
import MinutebookCore
import MinutebookImport

/// The secretariat's import of past minutes through the browser, like `minutebook import`:
/// upload a document (text, Markdown, HTML, Word, PDF, an agenda pack), read what the importer
/// found (meetings, attendance, minutes, resolutions, actions, warnings) with nothing written,
/// then confirm to store it. A document that cannot be read comes back as a 400 with the form and
/// the reason, line number included.
struct MinutesImportController {
    let directory: any DirectoryRepository
    let writer: any MinutesImportRepository
    let staging: MinutesImportStaging
    let reading: ReadingTools

    static func path(_ partnership: String) -> String { SitePath.minutesImport(partnership: partnership).path }

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.get("minutes-import", use: show)
        routes.secretariat.post("minutes-import", use: preview)
        routes.secretariat.post("minutes-import/confirm", use: confirm)
    }

    /// What the form asked for, kept between the pages.
    struct Choices: Sendable {
        var body: String = ""
        var status: ImportedMinutesStatus = .auto

        init(body: String = "", status: ImportedMinutesStatus = .auto) {
            self.body = body
            self.status = status
        }

        init(_ form: FormData) {
            body = form["body"] ?? ""
            status = form["status"].flatMap(ImportedMinutesStatus.init(rawValue:)) ?? .auto
        }
    }

    struct Scope: Sendable {
        var partnership: Partnership
        var bodies: [Body]
        var account: Audience.Account
        var editor: Editor
    }

    func scope(_ context: SecretariatContext) async throws -> Scope {
        Scope(
            partnership: context.partnership, bodies: try await directory.bodies(of: context.partnership.id), account: context.account,
            editor: context.editor)
    }

    @Sendable func show(_ request: Request, context: SecretariatContext) async throws -> Response {
        let scope = try await scope(context)
        let body = request.uri.queryParameters["body"].map(String.init) ?? ""
        let page = MinutesImportViews.form(scope, choices: Choices(body: body), errors: FormErrors(), context: context.request)
        return .html(page)
    }

    /// Reads the uploaded document and shows what it holds; nothing is written.
    @Sendable func preview(_ request: Request, context: SecretariatContext) async throws -> Response {
        let scope = try await scope(context)
        var request = request
        let uploaded = try await SpooledForm.read(&request, context: context.request)
        let choices = Choices(uploaded.fields)
        var errors = FormErrors()
        if !choices.body.isEmpty, !scope.bodies.contains(where: { $0.slug == choices.body }) {
            errors.add("body", "Choose a body of \(scope.partnership.name), or the body named in the document")
        }
        let upload = uploaded.files.first { $0.fieldName == "file" }
        guard let upload, !upload.filename.isEmpty, !upload.content.isEmpty else {
            errors.add(
                "file",
                upload?.filename.isEmpty == false
                    ? "The file \(upload?.filename ?? "") is empty"
                    : "Choose the minutes document to import")
            return .html(MinutesImportViews.form(scope, choices: choices, errors: errors, context: context.request), status: .badRequest)
        }
        let ext = (upload.filename as NSString).pathExtension.lowercased()
        guard DocumentFormat(fileExtension: ext) != nil else {
            errors.add("file", "\(upload.filename) is not a minutes document: upload a \(DocumentFormat.extensionList) file")
            return .html(MinutesImportViews.form(scope, choices: choices, errors: errors, context: context.request), status: .badRequest)
        }
        guard errors.isEmpty else {
            return .html(MinutesImportViews.form(scope, choices: choices, errors: errors, context: context.request), status: .badRequest)
        }
        let staged = try staging.stage(upload.content, format: ext, userID: scope.account.userID)
        do {
            let records = try await read(staged, filename: upload.filename, choices: choices, scope: scope)
            let page = MinutesImportViews.preview(
                scope, records: records, filename: upload.filename, digest: staged.digest,
                choices: choices, context: context.request)
            return .html(page)
        } catch let error as ImportError {
            staging.remove(staged)
            errors.add("file", "Nothing was imported: \(Self.message(error, filename: upload.filename))")
            return .html(MinutesImportViews.form(scope, choices: choices, errors: errors, context: context.request), status: .badRequest)
        }
    }

    /// Imports the previewed document: each meeting in its own transaction, audited as the user.
    @Sendable func confirm(_ request: Request, context: SecretariatContext) async throws -> Response {
        let scope = try await scope(context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let choices = Choices(form)
        let filename = form["filename"].map { String($0.prefix(200)) } ?? "upload"
        guard let staged = staging.staged(form["upload"] ?? "", userID: scope.account.userID) else {
            var errors = FormErrors()
            errors.add("file", "The previewed document is no longer here (imported already, or older than a day): upload it again")
            return .html(MinutesImportViews.form(scope, choices: choices, errors: errors, context: context.request), status: .badRequest)
        }
        let records: [MeetingRecord]
        do {
            records = try await read(staged, filename: filename, choices: choices, scope: scope)
        } catch let error as ImportError {
            var errors = FormErrors()
            errors.add("file", "Nothing was imported: \(Self.message(error, filename: filename))")
            return .html(MinutesImportViews.form(scope, choices: choices, errors: errors, context: context.request), status: .badRequest)
        }
        var results: [MinutesImportViews.Result] = []
        for record in records {
            let body = choices.body.isEmpty ? nil : choices.body
            do {
                let outcome = try await writer.importMeeting(
                    record, file: filename, partnership: scope.partnership.slug, body: body,
                    status: choices.status, by: scope.editor)
                results.append(.init(record: record, outcome: outcome, refusal: nil))
            } catch let error as DomainError where error.kind == .conflict || error.kind == .invalid {
                results.append(.init(record: record, outcome: nil, refusal: error.message))
            }
        }
        if results.allSatisfy({ $0.refusal == nil }) { staging.remove(staged) }
        let bodies = try await directory.bodies(of: scope.partnership.id)
        let refused = results.contains { $0.refusal != nil }
        let page = MinutesImportViews.result(scope, results: results, bodies: bodies, filename: filename, context: context.request)
        return .html(page, status: refused ? .conflict : .ok)
    }

    /// The importer's reading of a staged document, off the request's event loop.
    func read(_ staged: MinutesImportStaging.Staged, filename: String, choices: Choices, scope: Scope) async throws -> [MeetingRecord] {
        let bodyName = scope.bodies.first { $0.slug == choices.body }?.name
        let url = staged.url
        let reading = reading
        return try await MinutesImporter(bodyOverride: bodyName, reading: reading).records(offPoolFromFile: url)
    }

    /// The importer's reason, naming the uploaded file rather than the staged copy.
    static func message(_ error: ImportError, filename: String) -> String {
        if let line = error.line { return "\(filename): line \(line): \(error.reason)" }
        return "\(filename): \(error.reason)"
    }
}
