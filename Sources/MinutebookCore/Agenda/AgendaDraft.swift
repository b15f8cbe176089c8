/// Drafts a new meeting's agenda: the body's standing items in template order, the forward-plan
/// items for this meeting and those deferred from earlier meetings before any other business, the
/// sub-groups' reports as lettered sub-items, and Part 2 items (standing ones first) last.
public enum AgendaDraft {
    public static func items(
        template: [AgendaTemplateItem], forwardPlan: [ForwardPlanItem], subGroups: [String],
        meetingDate: LocalDate, previousMeetingDate: LocalDate?, deadlines: MeetingDeadlines
    ) -> [NewAgendaItem] {
        var standingBefore: [NewAgendaItem] = []
        var standingAfter: [NewAgendaItem] = []
        var standingPartTwo: [NewAgendaItem] = []
        var seenClosing = false
        let closing: Set<StandingItemKind> = [.anyOtherBusiness, .nextMeeting]
        var template = template
        if !template.contains(where: { $0.kind == .mattersArising }) {
            // Matters Arising is on every agenda: after the previous minutes, or first.
            let index = (template.firstIndex { $0.kind == .previousMinutes }).map { $0 + 1 } ?? 0
            template.insert(AgendaTemplateItem(title: StandingItemKind.mattersArising.defaultTitle, kind: .mattersArising), at: index)
        }
        for standing in template {
            var item = NewAgendaItem(
                title: standing.title, kind: standing.kind, description: standing.description,
                part: standing.part, exemptReason: standing.exemptReason,
                expectsReport: standing.kind?.carriesReport ?? false)
            switch standing.kind {
            case .previousMinutes:
                if let previous = previousMeetingDate { item.title = "\(standing.title) held on \(previous.long)" }
            case .questions where item.description == nil:
                item.description = "Questions must be received in writing by 5pm on \(deadlines.questions.longWithWeekday)."
            default: break
            }
            if let kind = standing.kind, closing.contains(kind) { seenClosing = true }
            var block = [item]
            if standing.kind == .subGroupReports {
                block += subGroups.map { NewAgendaItem(title: "\($0) update", level: 1, expectsReport: true) }
            }
            if standing.part == .two { standingPartTwo += block } else if seenClosing { standingAfter += block } else { standingBefore += block }
        }
        let planned = forwardPlan.filter { $0.status.isOpen }.sorted {
            ($0.status == .deferred ? 0 : 1, $0.id) < ($1.status == .deferred ? 0 : 1, $1.id)
        }
        let fromPlan = planned.map { plan in
            NewAgendaItem(
                title: plan.title, description: plan.status == .deferred ? "Deferred from an earlier meeting." : nil,
                part: plan.part, exemptReason: plan.exemptReason, leadOfficer: plan.leadOfficer,
                expectsReport: true, forwardPlanItemID: plan.id)
        }
        return standingBefore + fromPlan.filter { $0.part == .one } + standingAfter + standingPartTwo
            + fromPlan.filter { $0.part == .two }
    }
}
