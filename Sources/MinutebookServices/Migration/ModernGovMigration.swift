import Foundation
import MinutebookCore
import MinutebookImport
import MinutebookStore
import MinutebookTools

/// Brings one committee's archive from a ModernGov site into the store: for each meeting in the
/// date range, its details from the site, its minutes document read by the importer, the two merged
/// (the site's data wins, disagreements warned), and the reports of its Part 1 items, all written
/// in one transaction per meeting. Restricted (Part 2) documents are never fetched. A state file
/// remembers finished meetings, so a stopped run continues where it stopped.
public struct ModernGovMigration: Sendable {
    public struct Options: Sendable {
        public var committee: String
        public var from: LocalDate?
        public var to: LocalDate?
        public var partnership: String?
        public var state: URL
        /// Who the audit names for every write (default: the importer of each meeting's source).
        public var actor: Actor?

        public init(
            committee: String, from: LocalDate? = nil, to: LocalDate? = nil, partnership: String? = nil, state: URL,
            actor: Actor? = nil
        ) {
            self.committee = committee
            self.from = from
            self.to = to
            self.partnership = partnership
            self.state = state
            self.actor = actor
        }
    }

    /// What a run did, for its closing lines.
    public struct Counts: Sendable, Equatable {
        public var listed = 0
        public var imported = 0
        public var updated = 0
        public var unchanged = 0
        public var alreadyDone = 0
        public var noMinutes = 0
        public var incomplete = 0
        public var reports = 0
        public var restrictedNotFetched = 0
        public var attendance = 0
        public var items = 0
        public var resolutions = 0
        public var actions = 0
        public var warnings = 0
        public var requests = 0
        public var retries = 0

        /// The closing figures as (label, value), in the order the CLI prints them and the web shows them.
        public var summary: [(label: String, value: String)] {
            [
                ("meetings listed", "\(listed)"), ("imported", "\(imported)"), ("updated", "\(updated)"), ("unchanged", "\(unchanged)"),
                ("already done", "\(alreadyDone)"), ("without minutes on the site", "\(noMinutes)"),
                ("incomplete (run again to retry)", "\(incomplete)"), ("attendance written", "\(attendance)"),
                ("items written", "\(items)"), ("resolutions written", "\(resolutions)"), ("actions written", "\(actions)"),
                ("reports attached", "\(reports)"), ("restricted documents not fetched", "\(restrictedNotFetched)"),
                ("warnings", "\(warnings)"), ("requests", "\(requests) (retried: \(retries))")
            ]
        }
    }

    public enum Event: Sendable {
        /// The committee (its current title) and how many meetings are in the range.
        case started(committee: String, meetings: Int)
        /// Meeting `index` (1-based) of `total` is done, with one word on what happened.
        case meeting(index: Int, total: Int, date: LocalDate, outcome: String)
        case warning(String)
        case note(String)
    }

    let client: ModernGovClient
    let database: AppDatabase
    let scratch: URL

    public init(client: ModernGovClient, database: AppDatabase, scratch: URL = FileManager.default.temporaryDirectory) {
        self.client = client
        self.database = database
        self.scratch = scratch
    }

    public func run(_ options: Options, progress: @Sendable (Event) -> Void = { _ in }) async throws -> Counts {
        var counts = Counts()
        let committee = try await client.committee(options.committee)
        let listing = try await client.meetings(of: committee, from: options.from, to: options.to)
        let bodyName = [committee.title, listing.title ?? ""].first { !$0.isEmpty }
        var state = try MigrationState.load(options.state, site: client.site, committee: committee.id)
        counts.listed = listing.meetings.count
        let writer = MigratedMeetingWriter(database: database)
        var storedDocuments = try await writer.migratedDocuments(site: client.site)
        var body = bodyName
        var lastTitle: String?
        progress(.started(committee: bodyName ?? "committee \(committee.id)", meetings: listing.meetings.count))

        for (k, summary) in listing.meetings.enumerated() {
            func done(_ outcome: String) {
                progress(.meeting(index: k + 1, total: listing.meetings.count, date: summary.date, outcome: outcome))
            }
            if state.done[summary.id] != nil {
                counts.alreadyDone += 1
                done("done in an earlier run")
                continue
            }
            let (meeting, _, note) = try await client.meeting(summary, committee: committee)
            if let note { progress(.note(note)) }
            if body == nil { body = meeting.committeeTitle }
            if let title = meeting.committeeTitle, let last = lastTitle, title != last {
                progress(
                    .note(
                        "the committee is called '\(title)' from \(meeting.date.iso) (before: '\(last)'); all its meetings are stored under '\(body ?? title)'"
                    ))
            }
            lastTitle = meeting.committeeTitle ?? lastTitle
            let bodyName = body ?? "Committee \(committee.id)"
            counts.restrictedNotFetched += (meeting.documents + meeting.items.flatMap(\.documents)).filter(\.isRestricted).count

            guard let minutes = meeting.minutes else {
                counts.noMinutes += 1
                done("no minutes on the site yet")
                continue
            }
            var complete = true
            var problems: [String] = []
            var document: MeetingRecord?
            do {
                document = try await read(minutes, meeting: meeting, body: bodyName)
                if document == nil {
                    complete = false
                    problems.append(
                        "the minutes document '\(minutes.title)' is missing on the site (\(minutes.path)); the site's data alone is stored")
                }
            } catch let error as ImportError {
                complete = false
                problems.append("the minutes document '\(minutes.title)' cannot be read (\(error.reason)); the site's data alone is stored")
            }
            var record = SiteRecordMerge.record(site: meeting, body: bodyName, document: document)
            record.warnings += problems

            var reports: [MigratedMeeting.Report] = []
            for (position, item) in meeting.items.enumerated() where !item.isRestricted {
                for doc in item.documents where !doc.isRestricted && !storedDocuments.contains(doc.path) {
                    guard let data = try await client.document(doc) else {
                        complete = false
                        record.warnings.append("item \(item.number ?? item.title): the report '\(doc.title)' is missing on the site (\(doc.path))")
                        continue
                    }
                    reports.append(
                        MigratedMeeting.Report(
                            sourceID: doc.path, itemPosition: position,
                            upload: Self.upload(doc, data: data)))
                }
            }

            let outcome = try await writer.write(
                MigratedMeeting(
                    site: client.site, sourceID: meeting.id, source: "\(client.site)#meeting=\(meeting.id)",
                    record: record, reports: reports),
                partnership: options.partnership, as: options.actor)
            for r in reports { storedDocuments.insert(r.sourceID) }
            counts.reports += outcome.reportsAdded
            if case .unchanged = outcome.meeting {
            } else {
                counts.attendance += record.attendance.count
                counts.items += record.items.count
                counts.resolutions += record.items.reduce(0) { $0 + $1.resolutions.count }
                counts.actions += record.items.reduce(0) { $0 + $1.actions.count }
            }
            let word: String
            switch outcome.meeting {
            case .created: counts.imported += 1; word = "imported"
            case .updated: counts.updated += 1; word = "updated"
            case .unchanged: counts.unchanged += 1; word = "unchanged"
            }
            if case .unchanged = outcome.meeting {
            } else {
                // What was read and merged is warned about; what the store did with it (minutes
                // approved by this meeting, an owner code matched to a seat holder) is a note.
                for w in record.warnings {
                    counts.warnings += 1
                    progress(.warning("\(record.date.iso): \(w)"))
                }
                for n in outcome.meeting.warnings { progress(.note("\(record.date.iso): \(n)")) }
            }
            if complete {
                state.done[meeting.id] = meeting.date.iso
                try state.save(options.state)
            } else {
                counts.incomplete += 1
            }
            done(complete ? word : word + ", incomplete")
        }
        counts.requests = await client.fetcher.requested.count
        counts.retries = await client.fetcher.retries
        return counts
    }

    /// The importer's reading of the minutes document, or nil when the site no longer has it.
    func read(_ minutes: ModernGov.Document, meeting: ModernGov.Meeting, body: String) async throws -> MeetingRecord? {
        guard let data = try await client.document(minutes) else { return nil }
        let ext = Self.filename(minutes).split(separator: ".").last.map { String($0).lowercased() } ?? ""
        let name = "moderngov-\(meeting.id)-\(UUID().uuidString).\(DocumentFormat.fileExtensions.contains(ext) ? ext : "pdf")"
        let file = scratch.appendingPathComponent(name)
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let records = try await MinutesImporter(bodyOverride: body).records(offPoolFromFile: file)
        return records.first { $0.date == meeting.date } ?? records.first
    }

    /// The state file of a migration when none is named: beside the database, named after the site
    /// and committee ("minutebook.sqlite" → "minutebook.sqlite.moderngov-democracy.example.gov.uk-12.json").
    public static func defaultState(database: String, site: String, committee: String) -> URL {
        let host = site.split(separator: "/").dropFirst().joined(separator: "_")
        let safe = (host + "-" + committee).map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        return URL(fileURLWithPath: database + ".moderngov-" + String(safe) + ".json")
    }

    /// The report as stored: its bytes, format (from its name, else its first bytes) and searchable text.
    static func upload(_ doc: ModernGov.Document, data: Data) -> ReportUpload {
        var filename = filename(doc)
        let bytes = [UInt8](data)
        var format = ReportFormat(filename: filename)
        if format == nil {
            format = bytes.starts(with: Array("%PDF".utf8)) ? .pdf : bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? .docx : .html
            filename += "." + (format == .markdown ? "md" : format!.rawValue)
        }
        let documentFormat: DocumentFormat =
            switch format ?? .pdf {
            case .pdf: .pdf
            case .docx: .docx
            case .html: .html
            case .markdown: .markdown
            }
        let text = (try? DocumentText.plainText(data, format: documentFormat, file: filename))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return ReportUpload(
            title: doc.title, filename: filename, format: format ?? .pdf, content: bytes,
            sha256: SHA256Hex.digest(bytes), text: text.flatMap { $0.isEmpty ? nil : String($0.prefix(1_000_000)) })
    }

    /// The document's file name from its address ("documents/s7001/Lighting%20survey.pdf" → "Lighting survey.pdf").
    static func filename(_ doc: ModernGov.Document) -> String {
        let path = doc.path.split(separator: "?").first.map(String.init) ?? doc.path
        let last = path.split(separator: "/").last.map(String.init) ?? "document"
        let decoded = last.removingPercentEncoding ?? last
        guard decoded.isEmpty || decoded.lowercased().hasSuffix(".aspx") else { return decoded }
        return "document-" + (ModernGovPages.query(doc.path, "ID") ?? String(doc.path.filter { $0.isLetter || $0.isNumber }.suffix(40)))
    }
}
