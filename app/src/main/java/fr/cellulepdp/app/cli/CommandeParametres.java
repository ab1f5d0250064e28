package fr.cellulepdp.app.cli;

import picocli.CommandLine.Command;

/** {@code settings}: the settings that the command line can change. */
@Command(name = "settings", description = "Modifie les paramètres de la cellule.",
        subcommands = {CommandeSmtp.class, CommandeHorodatage.class, CommandeRecoursAjournement.class})
final class CommandeParametres {
}
