import Foundation
import Logging
import MinutebookCore

/// Issuing a meeting's pack, the one path for the web and `minutebook pack --record-issue`: builds the
/// public pack and the members' pack (Part 2 included), stores both with the issue record (a new
/// version each time), then emails the members (holders of the body's seats on the meeting date) a
/// link when mail is configured. A mail failure is recorded with the issue and never undoes it.
public struct PackIssuer: Sendable {
    public let agendas: any AgendaRepository
    public let packs: any PackRepository
    /// For the papers printed in the pack (`PackExtras`: Matters Arising, the performance reports).
    public let repositories: Repositories
    /// Where the issue emails go from; nil: the pack is issued but nobody is emailed.
    public let mail: MailSettings?

    public init(repositories: Repositories, mail: MailSettings?) {
        self.agendas = repositories.agendas
        self.packs = repositories.packs
        self.repositories = repositories
        self.mail = mail
    }

    /// One edition as built: its bytes, the builder's report (pages, missing reports) and the source.
    public struct Built: Sendable {
        public var files: PackFiles
        public var result: PackBuilder.Result
        public var source: PackSource
    }

    /// What an issue produced: the record (with its mailing) and both editions as stored.
    public struct Issued: Sendable {
        public var issue: PackIssue
        public var publicPack: Built
        public var membersPack: Built
    }

    /// Builds `edition` of the meeting's pack, dated `issueDate`, in a scratch folder, its reports read
    /// as `audience` may read them.
    public func build(
        meetingID: Int64, edition: PackEdition, issueDate: LocalDate, name: String,
        audience: Audience
    ) async throws -> Built {
        let tools = try PackTools.locate()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mb-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent(name)
        let builder = PackBuilder(tools: tools, packs: packs, agendas: agendas)
        let source = try await packs.packSource(meetingID: meetingID, edition: edition, issueDate: issueDate)
        let extra = try await PackExtras.fragments(for: source.agenda, edition: edition, repositories: repositories)
        let result = try await builder.build(
            meetingID: meetingID, edition: edition, issueDate: issueDate, output: output,
            extraReports: extra, audience: audience)
        let files = PackFiles(pdf: [UInt8](try Data(contentsOf: output)), html: [UInt8](try Data(contentsOf: result.htmlURL)))
        return Built(files: files, result: result, source: source)
    }

    /// Issues the pack on `date`: both editions built and stored, then the members emailed links into
    /// `meetingPath` (the meeting page's path, e.g. /p/riverside/bodies/board/meetings/2026-03-12).
    public func issue(
        meetingID: Int64, meetingPath: String, on date: LocalDate, stem: String, reason: String? = nil, by editor: Editor,
        audience: Audience, logger: Logger
    ) async throws -> Issued {
        let publicPack = try await build(
            meetingID: meetingID, edition: .public, issueDate: date, name: "\(stem)-agenda-pack.pdf",
            audience: audience)
        let membersPack = try await build(
            meetingID: meetingID, edition: .members, issueDate: date, name: "\(stem)-members-pack.pdf",
            audience: audience)
        var issue = try await agendas.recordIssue(
            of: meetingID, on: date, publicPack: publicPack.files,
            membersPack: membersPack.files, reason: reason, by: editor)
        logger.info(
            "pack issued",
            metadata: [
                "meeting.id": "\(meetingID)", "pack.version": "\(issue.version)",
                "pack.pages": "\(publicPack.result.pageCount)",
                "pack.members.pages": "\(membersPack.result.pageCount)"
            ])
        let (emailed, note) = await tellMembers(meetingID: meetingID, source: publicPack.source, path: meetingPath, logger: logger)
        try await agendas.recordMailing(of: issue.id, emailed: emailed, note: note, by: editor)
        issue.emailed = emailed
        issue.mailNote = note
        return Issued(issue: issue, publicPack: publicPack, membersPack: membersPack)
    }

    /// Sends the issue emails; returns how many the server accepted and what kept the rest back.
    public func tellMembers(meetingID: Int64, source: PackSource, path: String, logger: Logger) async -> (Int, String?) {
        guard let mail else { return (0, "No email was sent: no mail server is configured.") }
        do {
            let letters = PackMailer.letters(
                for: source, recipients: try await packs.recipients(meetingID: meetingID),
                meetingPath: path, baseURL: mail.baseURL)
            let sent = try await SMTPClient(configuration: mail.smtp).send(letters.messages)
            logger.info("pack emailed", metadata: ["meeting.id": "\(meetingID)", "mail.sent": "\(sent)"])
            if letters.messages.isEmpty && letters.withoutAddress.isEmpty { return (0, "The body has no members to email on the meeting date.") }
            return (sent, letters.withoutAddress.isEmpty ? nil : "No email address for: \(letters.withoutAddress.joined(separator: ", ")).")
        } catch {
            logger.warning("pack email failed", metadata: ["meeting.id": "\(meetingID)", "error": "\(String(describing: error))"])
            let reason = (error as? DomainError)?.message ?? String(describing: error)
            return (0, "The emails could not be sent: \(reason)")
        }
    }
}
