/// The drafting rules.
public enum MattersArising {
    /// Drafts the entries for a meeting of a body on `date`: outstanding actions (open or in progress)
    /// of minutes of meetings before `date`, grouped by minute, then entries carried forward from older
    /// reports; ordered by meeting date, then minute number.
    public static func draft(for date: LocalDate, actions: [TrackedAction], carriedForward: [CarriedForwardEntry] = []) -> [MattersArisingEntry] {
        // One entry per minute, and one more for its private actions (they need Part 2 rights).
        struct Group: Hashable { var minuteID: Int64; var isPrivate: Bool }
        var groups: [Group: [TrackedAction]] = [:]
        var order: [Group] = []
        for tracked in actions where tracked.action.status.isOutstanding {
            guard let minute = tracked.minute, minute.meetingDate < date else { continue }
            let group = Group(minuteID: minute.minuteID, isPrivate: tracked.isPrivate)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(tracked)
        }
        var entries: [MattersArisingEntry] = order.compactMap { group in
            guard let members = groups[group], let minute = members.first?.minute else { return nil }
            var entry = entry(for: minute, actions: members.sorted { $0.action.id < $1.action.id })
            if group.isPrivate {
                entry.key += "-private"
                entry.isPrivate = true
            }
            return entry
        }
        for carried in carriedForward {
            var entry = carried.entry
            entry.key = "c\(carried.entryID)"
            entry.actionIDs = []
            entry.outcome = nil
            entries.append(entry)
        }
        return sorted(entries)
    }

    /// Meeting date, then minute number; entries without either go last, in the order given.
    public static func sorted(_ entries: [MattersArisingEntry]) -> [MattersArisingEntry] {
        entries.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            switch (x.meetingDate, y.meetingDate) {
            case (let dx?, let dy?) where dx != dy: return dx < dy
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            switch (x.minute, y.minute) {
            case (let mx?, let my?) where mx != my: return mx < my
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// One entry for the outstanding actions of one minute.
    static func entry(for minute: MinuteReference, actions: [TrackedAction]) -> MattersArisingEntry {
        var resolved: [String] = []
        var owners: [String] = []
        var updates: [String] = []
        for tracked in actions {
            let texts =
                !tracked.minuteResolutions.isEmpty
                ? tracked.minuteResolutions
                : [tracked.resolved.isEmpty ? tracked.action.text : tracked.resolved]
            for text in texts where !resolved.contains(text) { resolved.append(text) }
            for owner in tracked.owners where !owners.contains(owner.label) { owners.append(owner.label) }
            let update = updateText(for: tracked)
            if !updates.contains(update) { updates.append(update) }
        }
        let status: ActionStatus = actions.contains { $0.action.status == .inProgress } ? .inProgress : .open
        var entry = MattersArisingEntry(
            key: "m\(minute.minuteID)", minute: minute.number, minuteID: minute.minuteID,
            meetingDate: minute.meetingDate, title: minute.title,
            resolved: resolved.joined(separator: "\n\n"), owners: owners,
            update: updates.joined(separator: "\n\n"), status: status, part: minute.part,
            actionIDs: actions.map(\.action.id))
        entry.minutesApproved = Visibility.isPublished(minutesOf: minute.meetingStatus)
        return entry
    }

    /// The update column for one action: its latest written update; otherwise any forwarding notes
    /// since then followed by "Awaiting update from <owners>".
    public static func updateText(for tracked: TrackedAction) -> String {
        let history = tracked.history.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        let lastWritten = history.lastIndex { $0.isWrittenUpdate }
        let lastForwarding = history.lastIndex { $0.via == .succession && !$0.text.isEmpty }
        if let written = lastWritten, lastForwarding.map({ $0 < written }) ?? true {
            return history[written].text
        }
        var parts: [String] = []
        if let forwarding = lastForwarding { parts.append(history[forwarding].text) }
        parts.append(awaiting(tracked.owners.map(\.label)))
        return parts.joined(separator: " ")
    }

    /// "Awaiting update from Lucien Spencer and Jackie Baxter."
    public static func awaiting(_ owners: [String]) -> String {
        guard !owners.isEmpty else { return "Awaiting update." }
        return "Awaiting update from \(list(owners))."
    }

    /// Whether an update column still waits for its owners: empty, or ending in the `awaiting` line
    /// the draft writes where no update has been written since.
    public static func isAwaitingUpdate(_ update: String) -> Bool {
        let text = update.trimmed
        return text.isEmpty || text.hasPrefix("Awaiting update") || text.contains(" Awaiting update")
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }

    /// Applies the secretariat's saved edits to a fresh draft. An edit is kept unless an update arrived
    /// after it was made (replies land in the draft); omitted entries stay out; added entries stay in.
    public static func merge(draft: [MattersArisingEntry], saved: [SavedEntry]) -> [MattersArisingEntry] {
        var byKey: [String: SavedEntry] = [:]
        for s in saved { byKey[s.entry.key] = s }
        var result: [MattersArisingEntry] = []
        for var entry in draft {
            if let s = byKey.removeValue(forKey: entry.key) {
                if s.isOmitted { continue }
                if s.entry.isEdited {
                    entry.resolved = s.entry.resolved
                    if !(s.newerUpdateArrived) { entry.update = s.entry.update }
                    entry.isEdited = true
                }
            }
            result.append(entry)
        }
        // Entries the secretariat added by hand (not drafted from actions) remain.
        for s in saved where s.entry.key.hasPrefix("n") && !s.isOmitted && byKey[s.entry.key] != nil {
            result.append(s.entry)
        }
        return sorted(result)
    }

    /// An entry as saved by the secretariat.
    public struct SavedEntry: Sendable, Equatable {
        public var entry: MattersArisingEntry
        public var isOmitted: Bool
        /// An owner's update was recorded after the edit: the live update replaces the edited one.
        public var newerUpdateArrived: Bool

        public init(entry: MattersArisingEntry, isOmitted: Bool = false, newerUpdateArrived: Bool = false) {
            self.entry = entry
            self.isOmitted = isOmitted
            self.newerUpdateArrived = newerUpdateArrived
        }
    }
}
