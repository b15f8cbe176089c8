/// The words OCR repairs are checked against: a built-in list of words minutes use (where `m`, `w`
/// and long words OCR splits are common), and the capitalised words of the document itself (names
/// and places printed correctly somewhere else in it).
struct OCRVocabulary {
    let text: Substring
    private var counts: [String: Int]?

    init(_ text: String) { self.text = Substring(text) }

    /// Lowercased words of the document and how often each is printed; capitalised words kept as printed.
    private mutating func documentCounts() -> [String: Int] {
        if let counts { return counts }
        var made: [String: Int] = [:]
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
            made[word.lowercased(), default: 0] += 1
            if word.first?.isUppercase == true, word.dropFirst().contains(where: \.isLowercase) { made["^" + word, default: 0] += 1 }
        }
        counts = made
        return made
    }

    /// Known as a word: in the built-in list, or a capitalised word printed so in the document.
    mutating func isKnown(_ word: String) -> Bool {
        let lower = word.lowercased()
        return Self.words.contains(lower) || isPrinted(word)
    }

    /// Printed capitalised elsewhere in the document (a name or place spelt right there).
    mutating func isPrinted(_ word: String) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        let capitalised = (word.first.map { String($0).uppercased() } ?? "") + word.dropFirst().lowercased()
        return documentCounts()["^" + capitalised] != nil
    }

    /// A word in its own right: listed, or printed at least twice in the document (one printing of a
    /// fragment such as "Comm" is no evidence).
    mutating func isWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        if Self.words.contains(lower) || Self.short.contains(lower) { return true }
        return (documentCounts()[lower] ?? 0) >= 2
    }

    /// Short words, so "in formation" or "the re" are never joined.
    static let short: Set<String> = [
        "a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or", "so",
        "to", "up", "us", "we", "all", "and", "any", "are", "but", "can", "did", "for", "had", "has", "her", "him", "his",
        "its", "not", "now", "one", "our", "out", "she", "the", "two", "was", "who", "yet", "you", "also", "been", "from",
        "into", "more", "must", "only", "over", "such", "than", "that", "them", "then", "they", "this", "were", "will",
        "with", "would", "there", "their", "these", "those", "other", "under", "after", "about", "where", "which", "while"
    ]

    /// Words minutes print, with the `m`s and `w`s OCR misreads and the long words it splits.
    static let words: Set<String> = [
        "committee", "committees", "member", "members", "membership", "minute", "minutes", "meeting", "meetings", "chairman",
        "chairwoman", "mayor", "community", "communities", "communication", "communications", "commissioner", "commissioning",
        "comment", "comments", "commented", "commitment", "commitments", "common", "management", "manager", "managers",
        "government", "environment", "environmental", "development", "improvement", "improvements", "programme",
        "programmes", "recommend", "recommended", "recommendation", "recommendations", "summary", "matter", "matters",
        "amendment", "amendments", "amended", "employment", "equipment", "implementation", "implement", "information",
        "performance", "permanent", "premises", "emergency", "name", "names", "named", "may", "made", "make", "making", "many",
        "more", "most", "much", "must", "time", "times", "same", "some", "team", "teams", "item", "items", "him", "them",
        "from", "form", "forms", "formal", "formally", "term", "terms", "home", "homes", "come", "comes", "became", "become",
        "welcome", "welcomed", "outcome", "outcomes", "income", "scheme", "schemes", "theme", "themes", "system", "systems",
        "medium", "minimum", "maximum", "impact", "important", "immediate", "immediately", "remain", "remained", "remains",
        "remote", "remotely", "email", "emailed", "smith", "claim", "claims", "crime", "crimes", "number", "numbers",
        "month", "months", "monthly", "midnight", "moment", "money", "motion", "motions", "mental", "medical", "memorandum", "message",
        "method", "methods", "model", "monitor", "monitoring", "movement", "municipal", "museum", "among", "small", "summer",
        "timetable", "assessment", "assessments", "statement", "statements", "agreement", "agreements", "payment", "payments",
        "investment", "document", "documents", "arrangement", "arrangements", "treatment", "enforcement", "involvement",
        "engagement", "requirement", "requirements", "settlement", "department", "departments", "appointment",
        "appointments", "confirm", "confirmed", "inform", "informed", "platform", "reform", "perform", "uniform",
        "with", "was", "were", "would", "will", "work", "works", "worked", "working", "workshop", "which", "who", "whom",
        "whose", "what", "when", "where", "while", "why", "well", "wellbeing", "week", "weeks", "weekly", "welsh", "west",
        "western", "ward", "wards", "award", "awarded", "awards", "aware", "awareness", "answer", "answered", "now", "new",
        "how", "however", "review", "reviews", "reviewed", "view", "views", "interview", "overview", "following", "follow",
        "followed", "show", "showed", "shown", "knowledge", "owner", "owners", "low", "lower", "below", "allow", "allowed",
        "between", "towards", "toward", "down", "own", "owned", "town", "towns", "window", "windows", "water", "waste",
        "watch", "way", "ways", "want", "wanted", "warden", "wardens", "warning", "warnings", "website", "wider", "wide",
        "widely", "within", "without", "woman", "women", "word", "words", "world", "write", "written", "wrote", "whole",
        "wish", "wished", "withdrawn", "withdraw", "workforce", "partnership", "partnerships", "framework", "network",
        "networks", "highways", "pathway", "pathways", "borough", "council", "councillor", "councillors", "apologies",
        "resolved", "resolution", "resolutions", "present", "attendance", "agreed", "action", "actions", "update", "updates",
        "report", "reports", "discussion", "discussed", "business", "declarations", "interest", "interests", "previous",
        "police", "safety", "safeguarding", "strategy", "strategic", "finance", "financial", "budget", "officer", "officers",
        "health", "housing", "services", "service", "children", "education", "transport", "planning", "licensing",
        "presentation", "consultation", "questions", "question", "secretary", "treasurer", "vice", "deputy", "inspector",
        "superintendent", "sergeant", "constable", "executive", "director", "cabinet", "portfolio", "holder", "scrutiny",
        "board", "panel", "forum", "group", "groups", "subgroup", "authority", "authorities", "representative",
        "representatives", "noted", "received", "considered", "approved", "confirmed", "accepted", "attended"
    ]
}
