package fr.cellulepdp.app.cli;

import picocli.CommandLine.Option;

/** The French {@code -h, --help} option, mixed into every command. */
final class OptionAide {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Affiche cette aide.")
    private boolean aide;
}
