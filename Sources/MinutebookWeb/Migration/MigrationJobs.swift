import Foundation
import MinutebookCore
import MinutebookServices

/// Migrations started from the admin pages, running beside the server: each is the same
/// `ModernGovMigration` as `minutebook migrate-from moderngov`, with the same state file beside the
/// database, so a migration stopped with the server continues from the CLI or the form.
actor MigrationJobs {
    struct Job: Sendable {
        var id: String
        var site: String
        var committee: String
        var partnershipID: Int64?
        var startedBy: String
        var done = 0
        var total: Int?
        var committeeTitle: String?
        var messages: [String] = []
        var counts: ModernGovMigration.Counts?
        var failure: String?

        var isFinished: Bool { counts != nil || failure != nil }
    }

    struct Request: Sendable {
        var site: String
        var committee: String
        var from: LocalDate?
        var to: LocalDate?
        var partnershipSlug: String?
        var partnershipID: Int64?
        var delay: Double
    }

    /// Messages kept per job (warnings and notes); the rest are counted only.
    static let messageLimit = 200

    /// Runs one migration against the store, sending its events; the composition root binds it to
    /// the database (and the state file beside it).
    typealias Runner =
        @Sendable (
            _ client: ModernGovClient, _ request: Request, _ editor: Editor,
            _ events: @escaping @Sendable (ModernGovMigration.Event) -> Void
        ) async throws -> ModernGovMigration.Counts

    let runner: Runner
    private var jobs: [String: Job] = [:]

    init(runner: @escaping Runner) { self.runner = runner }

    func job(_ id: String) -> Job? { jobs[id] }

    /// Starts a migration in the background and returns its id at once.
    func start(_ request: Request, by editor: Editor, name: String) throws -> String {
        let fetcher = PoliteFetcher(settings: .init(delay: request.delay))
        let client = try ModernGovClient(site: request.site, fetcher: fetcher)
        let id = UUID().uuidString.lowercased().prefix(12).description
        jobs[id] = Job(id: id, site: client.site, committee: request.committee, partnershipID: request.partnershipID, startedBy: name)
        let runner = runner
        let (events, sink) = AsyncStream.makeStream(of: ModernGovMigration.Event.self)
        Task.detached { [weak self] in
            // Events are recorded in the order the migration sends them.
            let recorder = Task { for await event in events { await self?.record(id, event) } }
            var counts: ModernGovMigration.Counts?
            var failure: String?
            do {
                counts = try await runner(client, request, editor) { sink.yield($0) }
            } catch {
                failure = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
            }
            sink.finish()
            await recorder.value
            await self?.finish(id, counts: counts, failure: failure)
        }
        return id
    }

    private func record(_ id: String, _ event: ModernGovMigration.Event) {
        guard var job = jobs[id] else { return }
        switch event {
        case .started(let committee, let meetings):
            job.committeeTitle = committee
            job.total = meetings
        case .meeting(let index, _, _, _):
            job.done = max(job.done, index)
        case .warning(let text):
            if job.messages.count < Self.messageLimit { job.messages.append("Warning: " + text) }
        case .note(let text):
            if job.messages.count < Self.messageLimit { job.messages.append(text) }
        }
        jobs[id] = job
    }

    private func finish(_ id: String, counts: ModernGovMigration.Counts?, failure: String?) {
        guard var job = jobs[id] else { return }
        job.counts = counts
        job.failure = failure
        if let counts { job.done = counts.listed }
        jobs[id] = job
    }
}
