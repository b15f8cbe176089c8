import MinutebookCore

extension DemoMeetingWriter {
    /// `count` agenda lines of an annual review of the partnership plan: one main item per body
    /// ("Annual review: <body>") and, lettered under it, each of that body's open work streams quarter
    /// by quarter, each presented by its lead officer. Used for the one long meeting benchmarks measure.
    func annualReview(lines count: Int, on date: LocalDate) -> [AgendaLine] {
        let bodies = plan.cast.bodies.indices.filter { body in plan.cast.bodies[body].topics.contains { $0.exemptReason == nil } }
        guard count > 0, !bodies.isEmpty else { return [] }
        let sections = min(bodies.count, max(1, count / 8))
        // Sub-items per section, the remainder spread over the first sections.
        let items = count - sections
        var lines: [AgendaLine] = []
        for (section, body) in bodies.prefix(sections).enumerated() {
            let plan = self.plan.cast.bodies[body]
            lines.append(AgendaLine(number: "", title: "Annual review: \(plan.name)"))
            let topics = plan.topics.filter { $0.exemptReason == nil }
            let share = items / sections + (section < items % sections ? 1 : 0)
            for n in 0..<share {
                let topic = topics[n % topics.count]
                let quarter = 1 + (n / topics.count) % 4
                lines.append(
                    AgendaLine(
                        number: "", title: "\(topic.title): Quarter \(quarter)", isSubItem: true,
                        lead: self.plan.holder(ofPost: topic.lead, on: date), topic: topic))
            }
        }
        return lines
    }
}
