import ArgumentParser
import Foundation
import Logging
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

@main
struct Minutebook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutebook",
        abstract: "Governance for multi-agency partnership boards: meetings, minutes, actions, packs, the public record.",
        subcommands: [
            Migrate.self, Serve.self, Import.self, Export.self, Demo.self, PerformanceCommand.self, UserCommand.self,
            MattersArisingCommand.self, PackCommand.self, AgendaCommand.self, ActionsCommand.self,
            TokenCommand.self, ForwardPlanCommand.self, SeatCommand.self, MigrateFromCommand.self, PartnershipCommand.self,
            BodyCommand.self, PersonCommand.self, OrganisationCommand.self, MeetingCommand.self,
            MinutesCommand.self, DevCommand.self
        ]
    )
}
