import MinutebookCore

/// Phase one of the demo: who holds which post when, which seats exist, and every meeting's date
/// and status, decided in memory from the seed before anything is written.
struct DemoPlan {
    struct PersonPlan {
        var name: String
        var honorific: String?
        var organisation: Int
        var email: String
        var phone: String
        /// Job titles over time, oldest first.
        var titles: [(title: String, start: LocalDate, end: LocalDate?)]
    }

    /// A period in which one person holds a post (or a seat).
    struct Tenure {
        var person: Int
        var start: LocalDate
        var end: LocalDate?
        func covers(_ date: LocalDate) -> Bool { start <= date && (end.map { date <= $0 } ?? true) }
    }

    struct SeatPlanned {
        var body: Int
        var post: Int
        var title: String
        var organisation: Int
        var role: SeatRole
        var position: Int
        var abolishedOn: LocalDate?
        var holdings: [Tenure]
    }

    struct MeetingPlanned {
        var body: Int
        var date: LocalDate
        var start: LocalTime?
        var end: LocalTime?
        var status: MeetingStatus
        var municipalYear: MunicipalYear
    }

    let cast: DemoCast
    let firstYear: Int
    let years: Int
    let today: LocalDate
    private(set) var people: [PersonPlan] = []
    /// Holders of each post (indexed like `cast.posts`), oldest first.
    private(set) var postHolders: [[Tenure]] = []
    private(set) var seats: [SeatPlanned] = []
    /// Every meeting, in date order (ties by body).
    private(set) var meetings: [MeetingPlanned] = []
    /// The meeting (index in `meetings`) whose agenda is lengthened to `longMeetingMinutes` lines, if any:
    /// the board's latest approved meeting.
    private(set) var longMeeting: Int?
    let longMeetingMinutes: Int
    private var usedNames = Set<String>()

    init(cast: DemoCast, partnershipIndex: Int, years: Int, today: LocalDate, longMeetingMinutes: Int = 0, rng: inout SplitMix64) {
        self.cast = cast
        self.years = years
        self.today = today
        self.longMeetingMinutes = longMeetingMinutes
        self.firstYear = MunicipalYear(containing: today).startYear - (years - 1)
        planPosts(partnershipIndex: partnershipIndex, rng: &rng)
        planSeats()
        planMeetings(rng: &rng)
        if longMeetingMinutes > 0, let board = cast.bodies.firstIndex(where: { $0.kind == .board }) {
            longMeeting = meetings.lastIndex { $0.body == board && $0.status == .minutesApproved }
        }
    }

    func yearStart(_ index: Int) -> LocalDate { MunicipalYear(startYear: firstYear + index).firstDay() }

    /// The person holding post `key` on `date`.
    func holder(ofPost key: String, on date: LocalDate) -> Int? {
        guard let index = cast.posts.firstIndex(where: { $0.key == key }) else { return nil }
        return postHolders[index].first { $0.covers(date) }?.person
    }

    func title(of person: Int, on date: LocalDate) -> String? {
        people[person].titles.last { $0.start <= date && ($0.end.map { date <= $0 } ?? true) }?.title
            ?? people[person].titles.last?.title
    }

    private mutating func newPerson(organisation: Int, honorific: String?, domain: String, rng: inout SplitMix64) -> Int {
        var name = ""
        repeat {
            name = rng.pick(DemoNames.firstNames) + " " + rng.pick(DemoNames.surnames)
        } while usedNames.contains(name) && usedNames.count < 3000
        if usedNames.contains(name) { name += " \(people.count)" }
        usedNames.insert(name)
        let local = name.lowercased().split(separator: " ").joined(separator: ".").filter { $0.isLetter || $0 == "." }
        people.append(
            PersonPlan(
                name: name, honorific: honorific, organisation: organisation,
                email: "\(local)@\(domain).example",
                phone: "01632 96\(String(1000 + rng.below(9000)).suffix(4))", titles: []))
        return people.count - 1
    }

    private mutating func planPosts(partnershipIndex: Int, rng: inout SplitMix64) {
        let boroughSlug = DemoNames.slug(cast.borough)
        let beginning = yearStart(0)
        for post in cast.posts {
            let organisation = cast.organisationIndex(post.organisation)
            let domain = "\(boroughSlug)-\(post.organisation)"
            // When a later title arrives for this post (a restructure), if at all.
            var retitled: LocalDate?
            if post.laterTitle != nil, years >= 2, rng.chance(70) {
                retitled = yearStart(1 + rng.below(years - 1)).adding(days: 20 + rng.below(200))
            }
            var tenures = [
                Tenure(
                    person: newPerson(organisation: organisation, honorific: post.honorific, domain: domain, rng: &rng),
                    start: beginning.adding(days: -(60 + rng.below(1400))), end: nil)
            ]
            for year in 1..<max(years, 1) {
                var change: LocalDate?
                if post.key == "bc" && year == 1 {
                    // The Borough Commander moves on in the second year; the seat passes to the successor.
                    change = yearStart(1).adding(days: 150 + rng.below(40))
                } else if rng.chance(post.turnover) {
                    change = yearStart(year).adding(days: 30 + rng.below(300))
                }
                guard let change, change <= today, let last = tenures.last, change > last.start else { continue }
                tenures[tenures.count - 1].end = change.adding(days: -1)
                tenures.append(
                    Tenure(
                        person: newPerson(organisation: organisation, honorific: post.honorific, domain: domain, rng: &rng),
                        start: change, end: nil))
            }
            for tenure in tenures {
                if let retitled, let later = post.laterTitle, tenure.covers(retitled), retitled > tenure.start {
                    people[tenure.person].titles = [
                        (post.title, tenure.start, retitled.adding(days: -1)),
                        (later, retitled, tenure.end)
                    ]
                } else {
                    let title = retitled.map { tenure.start >= $0 } == true ? (post.laterTitle ?? post.title) : post.title
                    people[tenure.person].titles = [(title, tenure.start, tenure.end)]
                }
            }
            postHolders.append(tenures)
        }
    }

    private mutating func planSeats() {
        for (bodyIndex, body) in cast.bodies.enumerated() {
            for (position, plan) in body.seats.enumerated() {
                guard plan.fromYear < years, let post = cast.posts.firstIndex(where: { $0.key == plan.post }) else { continue }
                let from = plan.fromYear > 0 ? yearStart(plan.fromYear) : nil
                let until = plan.untilYear.flatMap { $0 < years ? yearStart($0) : nil }
                var holdings: [Tenure] = []
                for tenure in postHolders[post] {
                    var held = tenure
                    if let from {
                        if let end = held.end, end < from { continue }
                        if held.start < from { held.start = from }
                    }
                    if let until {
                        if held.start >= until { continue }
                        if held.end.map({ $0 >= until }) ?? true { held.end = until.adding(days: -1) }
                    }
                    holdings.append(held)
                }
                seats.append(
                    SeatPlanned(
                        body: bodyIndex, post: post, title: plan.title ?? cast.posts[post].title,
                        organisation: cast.organisationIndex(cast.posts[post].organisation), role: plan.role,
                        position: position + 1, abolishedOn: until, holdings: holdings))
            }
        }
    }

    private mutating func planMeetings(rng: inout SplitMix64) {
        var planned: [MeetingPlanned] = []
        for (bodyIndex, body) in cast.bodies.enumerated() {
            let week = 1 + rng.below(3)
            for year in 0..<years {
                let municipalYear = MunicipalYear(startYear: firstYear + year)
                for month in body.months {
                    let calendarYear = month >= 5 ? municipalYear.startYear : municipalYear.startYear + 1
                    guard let date = Self.weekday(body.weekday, week: week, month: month, year: calendarYear) else { continue }
                    let start = LocalTime(hhmm: body.start)
                    let minutes = (start.map { $0.hour * 60 + $0.minute } ?? 600) + body.durationMinutes + rng.below(30) - 15
                    planned.append(
                        MeetingPlanned(
                            body: bodyIndex, date: date, start: start,
                            end: LocalTime(hour: minutes / 60, minute: minutes % 60),
                            status: date < today ? .minutesApproved : .scheduled, municipalYear: municipalYear))
                }
            }
        }
        planned.sort { ($0.date, $0.body) < ($1.date, $1.body) }
        // Per body: an occasional past sub-group meeting is cancelled, the latest held meeting has
        // draft minutes, and the next one has its agenda published when it is near.
        for bodyIndex in cast.bodies.indices {
            let indices = planned.indices.filter { planned[$0].body == bodyIndex }
            let past = indices.filter { planned[$0].date < today }
            if let last = past.last {
                planned[last].status = .minutesDrafted
                for i in past.dropLast(2) where cast.bodies[bodyIndex].kind == .subGroup && rng.chance(4) {
                    planned[i].status = .cancelled
                }
            }
            if let next = indices.first(where: { planned[$0].date >= today }),
                planned[next].date.dayNumber - today.dayNumber <= 14
            {
                planned[next].status = .agendaPublished
            }
        }
        for i in planned.indices where planned[i].status == .scheduled || planned[i].status == .agendaPublished {
            planned[i].end = nil
        }
        meetings = planned
    }

    /// The `week`-th (1-based) given weekday (1 = Monday) of a month.
    static func weekday(_ weekday: Int, week: Int, month: Int, year: Int) -> LocalDate? {
        guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday - first.weekday + 7) % 7
        return LocalDate(year: year, month: month, day: 1 + offset + 7 * (week - 1))
    }
}
