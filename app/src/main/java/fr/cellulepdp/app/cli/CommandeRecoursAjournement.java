package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code settings adjournment-appeal [--on|--off]}: whether the adjournment letters give the appeal route, as a
 * refusal's do (decision 0033); without an option, says how it is set. Coordinatrice only.
 */
@Command(name = "adjournment-appeal", description = "Affiche ou modifie si les courriers d'ajournement donnent la "
        + "voie de recours (coordinatrice).")
public final class CommandeRecoursAjournement extends SousCommandeDeGroupe {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement parametrerRecoursSurAjournement) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeRecoursAjournement(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Option(names = "--on", description = "Les courriers d'ajournement donnent la voie de recours (commission de "
            + "recours amiable de l'annuaire, délai de deux mois).")
    private boolean avec;

    @Option(names = "--off", description = "Les courriers d'ajournement disent qu'un report ne peut pas faire "
            + "l'objet d'un recours (par défaut).")
    private boolean sans;

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            if (avec && sans) {
                throw new SaisieInvalideException("--on", "choisissez --on ou --off, pas les deux.");
            }
            boolean recours = avec || sans
                    ? besoins.parametrerRecoursSurAjournement().modifier(avec)
                            .recoursSurAjournement()
                    : besoins.parametrerRecoursSurAjournement().lire();
            dire(recours ? "Les courriers d'ajournement donnent la voie de recours (commission de recours amiable, "
                    + "deux mois)." : "Les courriers d'ajournement disent que le report ne peut pas faire l'objet "
                    + "d'un recours.");
            return 0;
        }
    }
}
