import Foundation
import MinutebookCore

/// Today's date in the UK, for "as of" reports and overdue reviews: the app's one clock.
public enum Today {
    public static var date: LocalDate {
        let seconds = Int(Date().timeIntervalSince1970)
        return LocalDate(dayNumber: seconds / 86_400)
    }
}
