import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

/// `minutebook minutes document|sign|verify` (../shared/cli.md): the minutes of one meeting as a
/// document, and the chair's sign-off of approved minutes.
struct MinutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "A meeting's minutes as a document, and the chair's signature of approved minutes.",
        subcommands: [MinutesDocumentCommand.self, MinutesSignCommand.self, MinutesVerifyCommand.self])
}

/// The body and date that name a meeting.
struct MeetingOptions: ParsableArguments {
    @Option(help: "The body, by name or slug.")
    var body: String

    @Option(help: "The meeting date, YYYY-MM-DD.")
    var date: String

    func meetingID(_ database: AppDatabase) async throws -> Int64 {
        let day = try CLIDates.parse(date, option: "--date")
        return try await GRDBPackRepository(database: database).meetingID(body: body, date: day)
    }
}

struct MinutesDocumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Write the minutes of a meeting (draft or approved) as a Word document or a PDF, in the partnership's layout.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var meeting: MeetingOptions

    @Option(help: "Write the minutes as a Word document to this file.")
    var docx: String?

    @Option(help: "Write the minutes as a PDF to this file.")
    var pdf: String?

    func validate() throws {
        if (docx == nil) == (pdf == nil) { throw ValidationError("choose one of --docx FILE and --pdf FILE") }
    }

    func run() async throws {
        let path = docx ?? pdf ?? ""
        let target = try CLIChecks.outputFile(path, option: docx != nil ? "--docx" : "--pdf")
        let database = try global.openDatabase(mustExist: true)
        let meetingID = try await meeting.meetingID(database)
        let documents = MinutesDocuments(
            meetings: GRDBMeetingRepository(database: database), minutes: GRDBMinutesRepository(database: database),
            signatures: GRDBMinutesSignatureRepository(database: database))
        let document = try await documents.document(meetingID: meetingID, audience: .system)
        let data = docx != nil ? try document.docx() : try await document.pdf(tools: try PackTools.locate())
        do {
            try data.write(to: target, options: .atomic)
        } catch {
            throw DomainError.invalid("cannot write \(path): \(error.localizedDescription)")
        }
        print(
            "wrote \(path): \(document.isDraft ? "draft " : "")minutes of \(document.bodyName), \(document.date.long), \(document.entries.count) minutes"
        )
    }
}

extension MinutesSignature {
    /// The lines `minutes sign` and `minutes verify` print.
    var printed: String {
        "\(sentence) (\(signerName)), \(signedAt)\nsha256 \(sha256) (canonical form \(canonicalVersion))"
    }
}

struct MinutesSignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign approved minutes as the chair of the meeting that approved them; prints the signature.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var meeting: MeetingOptions

    @Option(name: .customLong("as"), help: "The email of the chair's account.")
    var email: String

    func run() async throws {
        let database = try global.openDatabase(mustExist: true)
        let meetingID = try await meeting.meetingID(database)
        guard let user = try await GRDBUserRepository(database: database).user(email: email), !user.isDisabled else {
            throw DomainError.notFound("no active account with the email \(email)")
        }
        guard let personID = user.personID else {
            throw DomainError.forbidden("the account \(email) belongs to no person: only the chair can sign minutes")
        }
        let signature = try await GRDBMinutesSignatureRepository(database: database)
            .sign(meetingID: meetingID, signerPersonID: personID, by: .user(id: user.id, email: user.email))
        print(signature.printed)
    }
}

struct MinutesVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the SHA-256 of signed minutes: exit 0 when the stored text still matches the signature, 1 otherwise.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var meeting: MeetingOptions

    func run() async throws {
        let database = try global.openDatabase(mustExist: true)
        let meetingID = try await meeting.meetingID(database)
        guard let result = try await GRDBMinutesSignatureRepository(database: database).verify(meetingID: meetingID) else {
            throw DomainError.notFound("the minutes of this meeting are not signed")
        }
        print(result.signature.printed)
        if result.matches {
            print("verified: the stored minutes match the signed text")
        } else {
            print("NOT VERIFIED: the stored minutes no longer match the signed text (now sha256 \(result.recomputed))")
            throw ExitCode(1)
        }
    }
}
