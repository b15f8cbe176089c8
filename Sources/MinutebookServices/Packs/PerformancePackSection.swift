import MinutebookCore

/// Performance papers as the agenda pack prints them, for items with no uploaded paper of their own:
/// a sub-group report placed on the agenda, the indicator report with its SVG charts, a strategy's
/// exception report, and the risk log review (what changed since the last meeting). What each
/// edition carries is decided by `PerformanceVisibility`, for the public or for the board's members.
public enum PerformancePackSection {
    /// The audience an edition is printed for: the public, or a member of the meeting's body.
    public static func audience(_ edition: PackEdition, agenda: Agenda) -> Audience {
        switch edition {
        case .public: .public
        case .members:
            .account(
                .init(
                    userID: 0, role: .member, partnershipID: agenda.body.partnershipID, personID: nil,
                    memberOfBodyIDs: [agenda.body.id]))
        }
    }

    public static func fragments(for agenda: Agenda, edition: PackEdition, repositories: Repositories) async throws -> [Int64: String] {
        let open = agenda.entries.filter { $0.latestReport == nil }
        guard !open.isEmpty else { return [:] }
        let audience = audience(edition, agenda: agenda)
        // The pack is the agenda's publication: a public edition carries what a published agenda shows.
        let status = max(agenda.meeting.status, .agendaPublished)
        let directory = repositories.directory
        let bodies = Dictionary(uniqueKeysWithValues: try await directory.bodies(of: agenda.body.partnershipID).map { ($0.id, $0) })
        var out: [Int64: String] = [:]

        let reports = try await repositories.subGroupReports.reports(forMeeting: agenda.meeting.id)
        for report in reports where report.status == .onAgenda {
            guard let itemID = report.agendaItemID, open.contains(where: { $0.id == itemID }), let subGroup = bodies[report.bodyID],
                PerformanceVisibility.canSee(report, subGroup: subGroup, board: agenda.body, meetingStatus: status, audience: audience)
            else { continue }
            out[itemID] = subGroupReport(report, subGroup: subGroup)
        }

        let linked = try await repositories.performanceAgendas.reports(onMeeting: agenda.meeting.id)
        if !linked.isEmpty {
            let summaries = try await indicatorSummaries(agenda, audience: audience, indicators: repositories.indicators)
            let strategies = repositories.strategies
            for (itemID, link) in linked where open.contains(where: { $0.id == itemID }) {
                switch link.kind {
                case .indicators:
                    out[itemID] = indicatorReport(summaries, asOf: agenda.meeting.date)
                case .exceptions:
                    guard let id = link.strategyID, let strategy = try await strategies.strategy(id: id, audience: audience) else {
                        out[itemID] = "<p>The exception report is not part of this edition of the pack.</p>\n"
                        continue
                    }
                    out[itemID] = exceptionReport(strategy, summaries: summaries, asOf: agenda.meeting.date)
                }
            }
        }

        // An indicator a sub-group escalated: the escalation note, the figures and the chart.
        let plans = repositories.forwardPlans
        var summaries: [IndicatorSummary]?
        for entry in open where out[entry.id] == nil {
            guard let planID = entry.forwardPlanItemID, let plan = try await plans.item(planID), let indicatorID = plan.indicatorID else { continue }
            if summaries == nil { summaries = try await indicatorSummaries(agenda, audience: audience, indicators: repositories.indicators) }
            guard let summary = summaries?.first(where: { $0.indicator.id == indicatorID }) else {
                out[entry.id] = "<p>The escalated indicator is not part of this edition of the pack.</p>\n"
                continue
            }
            out[entry.id] = escalatedIndicator(summary, plan: plan, asOf: agenda.meeting.date)
        }

        if let riskItem = open.first(where: { $0.kind == .riskLog }) {
            out[riskItem.id] = try await riskLogReview(agenda, audience: audience, repositories: repositories)
        }
        return out
    }

    public static func indicatorSummaries(
        _ agenda: Agenda, audience: Audience, indicators repository: any IndicatorRepository
    ) async throws -> [IndicatorSummary] {
        var out: [IndicatorSummary] = []
        for indicator in try await repository.indicators(of: agenda.body.partnershipID, audience: audience) {
            out.append(
                IndicatorSummary(
                    indicator: indicator, targets: try await repository.targets(of: indicator.id),
                    actuals: try await repository.actuals(of: indicator.id)))
        }
        return out
    }

    /// The report in the template's order; each "action for the partnership" is a proposed resolution.
    public static func subGroupReport(_ r: SubGroupReport, subGroup: Body) -> String {
        var w = HTMLWriter()
        w.raw("<table class=\"report-template\">\n<tbody>\n")
        for (label, value) in [
            ("Sub-group", subGroup.name), ("Date report filed", r.filedOn?.long ?? "–"),
            ("Date of last board", r.lastBoardOn?.long ?? "–"), ("Author", r.author.isEmpty ? "–" : r.author)
        ] {
            w.element("<tr><th scope=\"row\">", label, "</th>")
            w.element("<td>", value, "</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
        for (heading, text) in [
            ("Operational update", r.operationalUpdate), ("Strategic update", r.strategicUpdate),
            ("Action plan update", r.actionPlanUpdate)
        ] {
            w.element("<h3>", heading, "</h3>\n")
            if text.isEmpty { w.raw("<p>None.</p>\n") } else { w.paragraphs(text) }
        }
        w.raw("<h3>Action for the partnership</h3>\n")
        if r.proposedResolutions.isEmpty {
            w.raw("<p>None: the report is for noting.</p>\n")
        } else {
            w.raw("<p>The board is asked to resolve:</p>\n<ol>")
            for resolution in r.proposedResolutions { w.element("<li>", resolution, "</li>") }
            w.raw("</ol>\n")
        }
        return w.string
    }

    /// Each indicator's position against target in words, with its trend chart (text alternative and table included).
    public static func indicatorReport(_ summaries: [IndicatorSummary], asOf date: LocalDate) -> String {
        var w = HTMLWriter()
        w.element("<p>", "Indicators as at \(date.long): the latest figures against the target for the year.", "</p>\n")
        guard !summaries.isEmpty else {
            w.raw("<p>No indicators are reported in this edition.</p>\n")
            return w.string
        }
        w.raw(
            "<table class=\"indicators\">\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">To date</th><th scope=\"col\">Expected</th><th scope=\"col\">Full-year target</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>"
        )
        for s in summaries {
            let unit = s.indicator.unit
            w.element("<tr><th scope=\"row\">", s.indicator.name, "</th>")
            w.element("<td>", s.progress.map { unit.format($0.actual) + " by " + $0.through.short } ?? "–", "</td>")
            w.element("<td>", s.progress.map { unit.format($0.expected) } ?? "–", "</td>")
            w.element("<td>", s.target.map { PerformanceMarkup.targetText($0, unit: unit) } ?? "None set", "</td><td>")
            ChartView.status(s.progress?.status, into: &w)
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
        for s in summaries where !s.trend.points.isEmpty {
            w.element("<h3>", s.indicator.name, "</h3>\n")
            ChartView.write(s.trend.render(), into: &w)
        }
        return w.string
    }

    /// An escalated indicator's item: who escalated it and why (the note), then its figures and chart.
    public static func escalatedIndicator(_ summary: IndicatorSummary, plan: ForwardPlanItem, asOf date: LocalDate) -> String {
        var w = HTMLWriter()
        w.element("<p>", "Escalated to the board by \(plan.proposer).", "</p>\n")
        if let note = plan.notes, !note.isEmpty {
            w.raw("<h3>Escalation note</h3>\n")
            w.paragraphs(note)
        }
        w.rawTrusted(indicatorReport([summary], asOf: date))
        return w.string
    }

    public static func exceptionReport(_ strategy: Strategy, summaries: [IndicatorSummary], asOf date: LocalDate) -> String {
        var byID: [Int64: Indicator] = [:], progress: [Int64: TargetProgress] = [:]
        for s in summaries {
            byID[s.indicator.id] = s.indicator
            progress[s.indicator.id] = s.progress
        }
        let report = ExceptionReport.select(strategy: strategy, indicators: byID, progress: progress, asOf: date)
        var w = HTMLWriter()
        w.element("<p>", "\(strategy.fullTitle): only the actions off track or exceptionally ahead, as at \(date.long).", "</p>\n")
        if report.entries.isEmpty { w.raw("<p>Nothing to report: every action is on track or managed by its lead.</p>\n") }
        PerformanceMarkup.exceptionList(report, into: &w)
        return w.string
    }
}
