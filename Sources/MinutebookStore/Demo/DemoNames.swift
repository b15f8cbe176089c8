/// Invented names for the demo: every person, borough and organisation is made up. First names and
/// surnames are combined at random, so no list here describes anyone.
enum DemoNames {
    static let firstNames = [
        "Alma", "Tobias", "Wren", "Imogen", "Dev", "Priya", "Callum", "Marguerite", "Oluwaseun", "Hattie",
        "Ravi", "Bronwen", "Fergus", "Leonie", "Kwame", "Isolde", "Declan", "Saoirse", "Yusuf", "Petra",
        "Nnamdi", "Rosalind", "Ewan", "Tamsin", "Hamza", "Cordelia", "Jago", "Anoushka", "Lachlan", "Maren",
        "Osian", "Philippa", "Zainab", "Crispin", "Ottilie", "Bartholomew", "Niamh", "Ifeoma", "Rupert", "Delphine",
        "Kasimir", "Lowenna", "Tariq", "Henrietta", "Solomon", "Elspeth", "Mateusz", "Clemency", "Arjun", "Morwenna",
        "Idris", "Verity", "Eamon", "Sunniva", "Quentin", "Aurelie", "Bram", "Hyacinth", "Ciaran", "Juniper"
    ]

    static let surnames = [
        "Brightwater", "Quarry", "Halloway", "Ashdown", "Penhallow", "Marchbank", "Oyelaran", "Fairclough", "Threlkeld",
        "Vasquez-Hale", "Nightingale", "Okonjo", "Pemberton-Ross", "Castellan", "Ravensworth", "Dunmore", "Kilbride",
        "Stavely", "Achterberg", "Mulvaney", "Rushworth", "Adeyemi", "Tregarthen", "Holroyd", "Faversham", "Lindqvist",
        "Coldwell", "Amberley", "Sutcliffe-Dean", "Wolstenholme", "Prideaux", "Hallam", "Cartwright-Moss", "Blackmore",
        "Ogundipe", "Redfern", "Hesketh", "Chaudhry", "Vellacott", "Trelawny", "Baptiste", "Ellingham", "Greatorex",
        "Moncrieff", "Sandoval", "Whitlock", "Ibekwe", "Larkhill", "Postlethwaite", "Quenby", "Tennant-Ford", "Rowntree",
        "Salisbury-Jones", "Umfreville", "Yardley", "Zelenko", "Oakshott", "Birtwistle", "Carnaby", "Despard"
    ]

    /// Invented boroughs; the first is the demo partnership everyone sees.
    static let boroughs = [
        "Riverside", "Ashcombe", "Brackenford", "Coldharbour Vale", "Dunstow", "Elmbridge Marsh", "Fallowfield",
        "Gorsey Bank", "Hollinwell", "Ironmere", "Kestrel Heath", "Larkspur", "Millhaven", "Netherby Cross",
        "Oakenshaw", "Pennywell", "Quarrington", "Rookwood", "Saltmarsh", "Thornleigh", "Upperfold", "Wexcombe",
        "Yarrowby", "Alderwick", "Barrowden", "Chalkpit", "Dovecote", "Eastwater", "Foxley Green", "Greystone"
    ]

    /// Invented police and fire areas, by borough index.
    static let counties = ["Westshire", "Northmarch", "Eastvale", "Southdown Weald", "Middlemoor", "Harrowfold"]

    static let wards = [
        "Millbrook", "St Aldric's", "Quayside", "Hartfield", "Copper Lane", "Northgate", "Tanners Row",
        "Orchard Park", "Beacon Hill", "Weavers", "Station", "Lockside"
    ]

    /// "Ashcombe", "Ashcombe 2" … so any number of partnerships have distinct names.
    static func borough(_ index: Int) -> String {
        let base = boroughs[index % boroughs.count]
        let round = index / boroughs.count
        return round == 0 ? base : "\(base) \(round + 1)"
    }

    static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) {
                out.append(c)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
