import MinutebookCore
import MinutebookServices

/// A stored document of the meeting with the earlier versions it replaced (a report uploaded again,
/// the pack issued again): the meeting page lists the current one once, as a link, and the earlier
/// ones under "Previous versions".
struct DocumentGroup: Sendable, Equatable {
    var current: DocumentInfo
    /// Newest first.
    var previous: [DocumentInfo]

    /// The issued public pack (one group for its PDF, one for its web page).
    var isPack: Bool { current.agendaItemID == nil && current.title == PackDocument.title }

    /// The meeting's documents (already cut to the audience) grouped by what they are: the same item,
    /// title and kind of file; the pack first, then in agenda order.
    static func groups(_ detail: MeetingDetail) -> [DocumentGroup] {
        struct Key: Hashable { var item: Int64?; var title: String; var mediaType: String }
        var byKey: [Key: [DocumentInfo]] = [:]
        var order: [Key] = []
        for document in detail.documents {
            let key = Key(item: document.agendaItemID, title: document.title, mediaType: document.mediaType)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(document)
        }
        let position = Dictionary(detail.agenda.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return order.compactMap { key -> DocumentGroup? in
            let versions = (byKey[key] ?? []).sorted { ($0.version, $0.id) > ($1.version, $1.id) }
            guard let current = versions.first else { return nil }
            return DocumentGroup(current: current, previous: Array(versions.dropFirst()))
        }.sorted { a, b in
            let pa = a.current.agendaItemID.map { position[$0] ?? Int.max } ?? -1
            let pb = b.current.agendaItemID.map { position[$0] ?? Int.max } ?? -1
            return pa != pb ? pa < pb : a.current.id < b.current.id
        }
    }
}

/// The title under which an issued pack is stored.
enum PackDocument {
    static let title = "Agenda pack"
}

/// A sub-group's filed report to the board meeting, as the meeting page links it.
struct FiledReportLink: Sendable, Equatable {
    var id: Int64
    var agendaItemID: Int64?
    var subGroupName: String
    var status: SubGroupReportStatus
    var filedOn: LocalDate?

    var label: String { "\(subGroupName) report" }
}

/// The meeting page's "Documents": each current document once, as a link to it, with its earlier
/// versions under it, and the sub-groups' filed reports.
enum MeetingDocumentsView {
    static func write(_ page: MeetingPage, groups: [DocumentGroup], into w: inout HTMLWriter) {
        let d = page.detail
        guard !groups.isEmpty || !page.reports.isEmpty else { return }
        w.raw("<section class=\"documents\" aria-labelledby=\"documents\">\n<h2 id=\"documents\">Documents</h2>\n<ul class=\"documents\">\n")
        for group in groups {
            w.raw("<li id=\"")
            w.text(MeetingAnchor.document(group.current.id))
            w.raw("\">")
            link(group.current, d, label: group.current.title, into: &w)
            tags(group.current, into: &w)
            previousVersions(group.previous, d, into: &w)
            w.raw("</li>\n")
        }
        for report in page.reports {
            w.raw("<li id=\"")
            w.text(MeetingAnchor.report(report.id))
            w.raw("\"><a href=\"")
            w.text(SitePath.subGroupReport(partnership: d.partnership.slug, id: report.id).path)
            w.raw("\">")
            w.text(report.label)
            w.raw("</a>")
            if let filed = report.filedOn { w.raw(" <span class=\"hint\">("); w.text("filed \(filed.long)"); w.raw(")</span>") }
            if report.status != .onAgenda { w.raw(" <span class=\"tag draft\">Not yet on the agenda</span>") }
            w.raw("</li>\n")
        }
        w.raw("</ul>\n</section>\n")
    }

    /// A link to the stored document, with its file name and size.
    static func link(_ document: DocumentInfo, _ d: MeetingDetail, label: String, into w: inout HTMLWriter) {
        w.raw("<a href=\"")
        w.text(SitePath.document(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date, id: document.id).path)
        w.raw("\">")
        w.text(label)
        w.raw("</a> <span class=\"hint\">(")
        w.text(document.filename + ", " + MeetingView.byteText(document.byteCount))
        w.raw(")</span>")
    }

    static func tags(_ document: DocumentInfo, into w: inout HTMLWriter) {
        if document.part == .two { w.raw(" <span class=\"tag part2\">Part 2 – exempt</span>") }
        if !document.isPublished { w.raw(" <span class=\"tag draft\">Not published</span>") }
    }

    /// "Previous versions": the earlier versions, newest first, each a link with its own anchor.
    static func previousVersions(_ previous: [DocumentInfo], _ d: MeetingDetail, into w: inout HTMLWriter) {
        guard !previous.isEmpty else { return }
        w.raw("\n<div class=\"previous-versions\"><span class=\"hint\">Previous versions</span>\n<ul>\n")
        for document in previous {
            w.raw("<li id=\"")
            w.text(MeetingAnchor.document(document.id))
            w.raw("\">")
            link(document, d, label: "Version \(document.version)", into: &w)
            tags(document, into: &w)
            w.raw("</li>\n")
        }
        w.raw("</ul></div>\n")
    }
}
