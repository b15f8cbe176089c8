/// Welsh / English headings ("Adroddiad Cyllid / Finance Report"): the English side is kept as
/// the title, since both name the same item.
enum Bilingual {
    static let welshWords: Set<String> = [
        "a", "ac", "y", "yr", "i", "o", "ar", "am", "gan", "cyfarfod", "adroddiad",
        "materion", "yn", "codi", "datgan", "buddiant", "unrhyw", "fater", "arall",
        "ymddiheuriadau", "cofnodion", "dyddiad", "nesaf", "cyllid", "diweddariad",
        "cymunedau", "diogel", "partneriaeth", "croeso", "cyflwyniadau", "cynllun",
        "strategaeth", "heddlu", "cyngor", "busnes", "penderfynwyd", "gweithredu",
        "troseddu", "diogelwch", "cymunedol", "rhan", "eitem", "gyfer", "ein"
    ]

    static func welshScore(_ text: Substring) -> Int {
        var score = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if welshWords.contains(String(word)) { score += 2 }
            if word.contains("dd") || word.contains("ll") || word.hasPrefix("ch") && word.count > 4 || word.contains("ŵ") || word.contains("ŷ") {
                score += 1
            }
        }
        return score
    }

    static func english(_ title: String) -> String {
        guard FastText.containsIgnoringCase(title, " / ") else { return title }
        let sides = title.split(separator: "/", omittingEmptySubsequences: true)
        guard sides.count == 2 else { return title }
        let a = sides[0].trimmed, b = sides[1].trimmed
        guard !a.isEmpty, !b.isEmpty else { return title }
        let wa = welshScore(Substring(a)), wb = welshScore(Substring(b))
        if wa == wb { return title }
        return wa < wb ? a : b
    }
}
