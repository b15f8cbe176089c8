/// Agenda numbers as printed: top-level items 1, 2, 3...; sub-items under the item before them as
/// 15a, 15b... A sub-item with no item before it is promoted to a numbered item.
public enum AgendaNumbering {
    public static func numbers(levels: [Int]) -> [String] {
        var result: [String] = []
        var number = 0
        var letter = 0
        for level in levels {
            if level > 0 && number > 0 {
                result.append("\(number)\(letterName(letter))")
                letter += 1
            } else {
                number += 1
                letter = 0
                result.append(String(number))
            }
        }
        return result
    }

    /// 0 → "a", 25 → "z", 26 → "aa".
    static func letterName(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var i = index
        var name = ""
        repeat {
            name = String(letters[i % 26]) + name
            i = i / 26 - 1
        } while i >= 0
        return name
    }
}
