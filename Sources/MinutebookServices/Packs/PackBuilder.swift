import Foundation
import MinutebookCore
import MinutebookTools

/// Builds a meeting's agenda pack: one WeasyPrint document with reserved pages for uploaded and
/// converted PDFs, whose real pages `qpdf --underlay` then lays under them (the recommended route of
/// notes/agenda-pack-pipeline.md). Bad or unconvertible reports are left out and named in the pack.
public struct PackBuilder: Sendable {
    public struct Result: Sendable {
        public var pageCount: Int
        /// Pages of every item that has papers in the pack, by agenda item id.
        public var ranges: [Int64: ClosedRange<Int>]
        /// Items whose expected report is not in the pack, with the reason.
        public var missing: [(item: String, reason: String)]
        public var warnings: [String]
        public var htmlURL: URL
        /// Seconds per stage, for `minutebook-bench pack`.
        public var timings: [(stage: String, seconds: Double)]
    }

    public let tools: PackTools
    public let packs: any PackRepository
    public let agendas: any AgendaRepository

    public init(tools: PackTools, packs: any PackRepository, agendas: any AgendaRepository) {
        self.tools = tools
        self.packs = packs
        self.agendas = agendas
    }

    /// Writes the pack to `output` (PDF) and its accessible HTML version beside it (same name, `.html`).
    /// The reports are read as `audience` (who issues or previews the pack) may read them.
    public func build(
        meetingID: Int64, edition: PackEdition, issueDate: LocalDate, output: URL,
        extraReports: [Int64: String] = [:], audience: Audience
    ) async throws -> Result {
        var timings: [(String, Double)] = []
        var clock = Date()
        func lap(_ stage: String) { timings.append((stage, Date().timeIntervalSince(clock))); clock = Date() }

        let source = try await packs.packSource(meetingID: meetingID, edition: edition, issueDate: issueDate)
        var contents: [Int64: [UInt8]] = [:]
        for entry in source.agenda.entries {
            if let report = entry.latestReport { contents[entry.id] = try await agendas.reportContent(documentID: report.id, audience: audience) }
        }
        lap("read")
        let stages = timings
        let reports = contents
        // The rest runs outside programs for seconds: on the blocking pool, never the concurrency pool.
        return try await Blocking.run("building the pack", timeout: tools.buildTimeout) {
            try self.assemble(source: source, contents: reports, output: output, extraReports: extraReports, timings: stages)
        }
    }

    public func assemble(
        source: PackSource, contents: [Int64: [UInt8]], output: URL, extraReports: [Int64: String],
        timings initial: [(String, Double)]
    ) throws -> Result {
        var timings = initial
        var clock = Date()
        func lap(_ stage: String) { timings.append((stage, Date().timeIntervalSince(clock))); clock = Date() }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mb-pack-\(UUID().uuidString)")
        try fm.createDirectory(at: work.appendingPathComponent("in"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }

        var reports: [Int64: PackReport] = [:]
        var warnings: [String] = []
        var pdfs: [Int64: URL] = [:]
        var docx: [Int64: URL] = [:]
        let check = UploadCheck(tools: tools)
        for entry in source.agenda.entries {
            if let fragment = extraReports[entry.id] { reports[entry.id] = .html(fragment); continue }
            if entry.kind == .previousMinutes, entry.latestReport == nil {
                if let minutes = source.previousMinutes, !minutes.entries.isEmpty {
                    reports[entry.id] = .minutes(minutes)
                } else {
                    reports[entry.id] = .missing("no minutes of the previous meeting are recorded")
                }
                continue
            }
            guard let report = entry.latestReport else {
                if let unknown = entry.unknownKind {
                    warnings.append(
                        "Item \(entry.item.number ?? "") \(entry.item.title) is a standing item of kind '\(unknown)', "
                            + "which the pack builder cannot fill: it has no papers in this pack")
                } else if entry.kind == .mattersArising {
                    reports[entry.id] = .missing("the Matters Arising report is not part of this pack; it will be tabled at the meeting")
                } else if entry.expectsReport {
                    reports[entry.id] = .missing("no report has been received")
                }
                continue
            }
            guard let content = contents[entry.id] else {
                reports[entry.id] = .missing("the stored report could not be read")
                continue
            }
            do {
                let accepted = try check.check(filename: report.filename, content: content, scratch: work)
                if let warning = accepted.warning { warnings.append(warning) }
                switch accepted.format {
                case .pdf:
                    let url = work.appendingPathComponent("in/item-\(entry.id).pdf")
                    try Data(content).write(to: url)
                    pdfs[entry.id] = url
                case .docx:
                    let url = work.appendingPathComponent("in/item-\(entry.id).docx")
                    try Data(content).write(to: url)
                    docx[entry.id] = url
                case .html:
                    reports[entry.id] = .html(ReportMarkup.sanitiseHTML(String(decoding: content, as: UTF8.self)))
                case .markdown:
                    reports[entry.id] = .html(ReportMarkup.markdown(String(decoding: content, as: UTF8.self)))
                }
            } catch let refusal as UploadCheck.Refusal {
                reports[entry.id] = .missing(refusal.reason)
            }
        }
        lap("validate")

        if !docx.isEmpty {
            let converted = work.appendingPathComponent("converted")
            let profile = work.appendingPathComponent("lo-profile")
            var timedOut = false
            do {
                _ = try ToolProcess.runBlocking(
                    tools.soffice,
                    [
                        "-env:UserInstallation=\(profile.absoluteString)", "--headless",
                        "--convert-to", "pdf", "--outdir", converted.path
                    ]
                        + docx.values.map(\.path), timeout: tools.conversionTimeout)
            } catch  where error.kind == .timedOut {
                timedOut = true
            } catch {
                throw DomainError.invalid(error.description)
            }
            for (id, url) in docx {
                let pdf = converted.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".pdf")
                let name = source.agenda.entries.first { $0.id == id }?.latestReport?.filename ?? url.lastPathComponent
                if timedOut {
                    reports[id] = .missing("\(name): the Word document took too long to convert")
                } else if let data = try? Data(contentsOf: pdf), !data.isEmpty,
                    (try? check.check(filename: "\(name).pdf", content: [UInt8](data), scratch: work)) != nil
                {
                    pdfs[id] = pdf
                } else {
                    reports[id] = .missing("\(name): the Word document could not be converted (it may be damaged)")
                }
            }
        }
        lap("convert")

        // Reserved pages, one named page style per displayed size.
        var styles: [String: PackPageStyle] = [:]
        var uploadOrder: [(id: Int64, url: URL, pages: Int)] = []
        for entry in source.agenda.entries {
            guard let url = pdfs[entry.id] else { continue }
            let sizes = try pageSizes(url)
            var names: [String] = []
            for size in sizes {
                let key = "\(size.width)x\(size.height)"
                if styles[key] == nil { styles[key] = PackPageStyle(name: "u\(styles.count)", width: size.width, height: size.height) }
                names.append(styles[key]?.name ?? "u0")
            }
            reports[entry.id] = .pages(styles: names)
            uploadOrder.append((entry.id, url, sizes.count))
        }
        let document = PackDocument(source: source, reports: reports, pageStyles: styles.values.sorted { $0.name < $1.name })
        let htmlURL = work.appendingPathComponent("pack.html")
        try Data(document.printHTML().utf8).write(to: htmlURL)
        let scriptURL = work.appendingPathComponent("render.py")
        try Data(PackRenderScript.source.utf8).write(to: scriptURL)
        lap("layout")

        let basePDF = work.appendingPathComponent("base.pdf")
        let render = try tools.run(tools.python, [scriptURL.path, htmlURL.path, basePDF.path], timeout: tools.renderTimeout)
        guard render.status == 0, let json = try? JSONSerialization.jsonObject(with: Data(render.stdout.utf8)) as? [String: Any],
            let pageCount = json["pages"] as? Int, let anchors = json["anchors"] as? [String: Int]
        else {
            let detail = render.stderr.split(separator: "\n").last.map(String.init) ?? "no output"
            throw DomainError.invalid("WeasyPrint could not render the pack: \(detail)")
        }
        lap("render")

        var ranges: [Int64: ClosedRange<Int>] = [:]
        for entry in document.itemsWithPapers {
            if let start = anchors["item-\(entry.id)"], let end = anchors["item-\(entry.id)-end"], start <= end {
                ranges[entry.id] = start...end
            }
        }
        let outputPDF: URL
        if uploadOrder.isEmpty {
            outputPDF = basePDF
        } else {
            let merged = work.appendingPathComponent("uploads.pdf")
            let merge = try tools.run(
                tools.qpdf, ["--empty", "--pages"] + uploadOrder.map(\.url.path) + ["--", merged.path],
                timeout: 120)
            guard merge.status == 0 || merge.status == 3 else {
                throw DomainError.invalid("qpdf could not merge the reports: \(merge.stderr.split(separator: "\n").first ?? "")")
            }
            var targets: [String] = []
            for upload in uploadOrder {
                guard let range = ranges[upload.id], range.count == upload.pages else {
                    throw DomainError.invalid("the pack layout reserved the wrong number of pages for agenda item \(upload.id)")
                }
                targets.append("\(range.lowerBound)-\(range.upperBound)")
            }
            outputPDF = work.appendingPathComponent("pack.pdf")
            let underlay = try tools.run(
                tools.qpdf,
                [
                    basePDF.path, "--underlay", merged.path, "--to=\(targets.joined(separator: ","))",
                    "--from=1-z", "--", outputPDF.path
                ], timeout: 120)
            guard underlay.status == 0 || underlay.status == 3 else {
                throw DomainError.invalid("qpdf could not lay the reports into the pack: \(underlay.stderr.split(separator: "\n").first ?? "")")
            }
        }
        if fm.fileExists(atPath: output.path) { try fm.removeItem(at: output) }
        try fm.copyItem(at: outputPDF, to: output)
        let accessible = output.deletingPathExtension().appendingPathExtension("html")
        try Data(document.accessibleHTML(ranges: ranges, pdfName: output.lastPathComponent, pageCount: pageCount).utf8).write(to: accessible)
        lap("assemble")

        let missing = document.missing.map { ("\($0.entry.item.number ?? "") \($0.entry.item.title)", $0.reason) }
        return Result(pageCount: pageCount, ranges: ranges, missing: missing, warnings: warnings, htmlURL: accessible, timings: timings)
    }

    /// The displayed size of every page: TrimBox (else CropBox, else MediaBox), turned for /Rotate 90/270.
    public func pageSizes(_ url: URL) throws -> [(width: Double, height: Double)] {
        let info = try tools.run(tools.pdfinfo, ["-f", "1", "-l", "100000", "-box", url.path], timeout: 60)
        guard info.status == 0 else { throw DomainError.invalid("pdfinfo could not read \(url.lastPathComponent)") }
        var boxes: [Int: [String: (Double, Double)]] = [:]
        var rotation: [Int: Int] = [:]
        for line in info.stdout.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == ":" })
            guard parts.count >= 3, parts[0] == "Page", let page = Int(parts[1]) else { continue }
            let key = String(parts[2])
            if key == "rot", parts.count >= 4, let value = Int(parts[3]) { rotation[page] = value }
            if key.hasSuffix("Box"), parts.count >= 7, let x0 = Double(parts[3]), let y0 = Double(parts[4]),
                let x1 = Double(parts[5]), let y1 = Double(parts[6])
            {
                boxes[page, default: [:]][key] = (abs(x1 - x0), abs(y1 - y0))
            }
        }
        guard !boxes.isEmpty else { throw DomainError.invalid("pdfinfo found no pages in \(url.lastPathComponent)") }
        return boxes.keys.sorted().map { page in
            let box = boxes[page] ?? [:]
            var (w, h) = box["TrimBox"] ?? box["CropBox"] ?? box["MediaBox"] ?? (595.28, 841.89)
            if let rot = rotation[page], rot % 180 == 90 { swap(&w, &h) }
            return ((w * 100).rounded() / 100, (h * 100).rounded() / 100)
        }
    }
}
