/// One change the secretariat makes to a body's standing items. Positions are 1-based, as the
/// template is listed.
public enum AgendaTemplateChange: Sendable, Equatable {
    /// Adds a standing item at the end.
    case add(AgendaTemplateItem)
    case update(position: Int, AgendaTemplateItem)
    case move(position: Int, to: Int)
    case remove(position: Int)

    /// The template after the change; a bad item or a position outside the template is refused.
    public func applied(to template: [AgendaTemplateItem]) throws -> [AgendaTemplateItem] {
        var items = template
        func check(_ position: Int, in count: Int) throws {
            guard (1...max(count, 1)).contains(position), count > 0 else {
                throw DomainError.invalid("there is no standing item \(position) (the template has \(count))")
            }
        }
        func valid(_ item: AgendaTemplateItem) throws -> AgendaTemplateItem {
            if let problem = item.problems.first { throw DomainError.invalid(problem.message) }
            return AgendaTemplateItem(
                title: item.title.trimmed, kind: item.kind,
                description: item.description.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 },
                part: item.part, exemptReason: item.exemptReason.map(\.trimmed))
        }
        switch self {
        case .add(let item):
            items.append(try valid(item))
        case .update(let position, let item):
            try check(position, in: items.count)
            items[position - 1] = try valid(item)
        case .move(let position, let target):
            try check(position, in: items.count)
            try check(target, in: items.count)
            let item = items.remove(at: position - 1)
            items.insert(item, at: target - 1)
        case .remove(let position):
            try check(position, in: items.count)
            items.remove(at: position - 1)
        }
        return items
    }
}
