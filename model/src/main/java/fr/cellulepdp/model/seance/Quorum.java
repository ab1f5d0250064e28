package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether the members present can decide, under the cell's rule (by default the coordinatrice or her deputy, one
 * medical and one social référent). The deputy is recorded as a member with the coordinatrice role.
 */
public final class Quorum {

    private Quorum() {
    }

    /** What is missing, in French ("1 référent(e) médical(e)"); empty when the quorum is reached. */
    public static List<String> manquants(RegleQuorum regle, Seance seance, Map<UUID, Membre> membres) {
        List<String> manquants = new ArrayList<>();
        if (regle.coordinatriceRequise() && presents(seance, membres, Role.COORDINATRICE) == 0) {
            manquants.add("la coordinatrice ou sa suppléante");
        }
        manquer(manquants, regle.referentsMedicauxMin() - presents(seance, membres, Role.REFERENT_MEDICAL),
                "référent(e) médical(e)", "référent(e)s médicaux(ales)");
        manquer(manquants, regle.referentsSociauxMin() - presents(seance, membres, Role.REFERENT_SOCIAL),
                "référent(e) social(e)", "référent(e)s sociaux(ales)");
        manquer(manquants, regle.referentsAdministratifsMin()
                - presents(seance, membres, Role.REFERENT_ADMINISTRATIF), "référent(e) administratif(ve)",
                "référent(e)s administratif(ve)s");
        return manquants;
    }

    /** The quorum statement as the meeting view and the minutes show it. */
    public static String constat(RegleQuorum regle, Seance seance, Map<UUID, Membre> membres) {
        List<String> manquants = manquants(regle, seance, membres);
        if (manquants.isEmpty()) {
            return "Quorum atteint.";
        }
        String texte = "Quorum non atteint : il manque " + String.join(", ", manquants) + ".";
        return seance.derogationQuorum().isEmpty() ? texte
                : texte + " La coordinatrice a décidé de siéger : « " + seance.derogationQuorum() + " »";
    }

    /** True when decisions may be recorded: the quorum is reached, or its absence was overridden with a reason. */
    public static boolean permetDeDecider(RegleQuorum regle, Seance seance, Map<UUID, Membre> membres) {
        return manquants(regle, seance, membres).isEmpty() || !seance.derogationQuorum().isEmpty();
    }

    private static long presents(Seance seance, Map<UUID, Membre> membres, Role role) {
        return seance.presences().stream().filter(p -> p.etat() == EtatPresence.PRESENT)
                .map(p -> membres.get(p.membreId())).filter(m -> m != null && m.role() == role).count();
    }

    private static void manquer(List<String> manquants, long nombre, String singulier, String pluriel) {
        if (nombre > 0) {
            manquants.add(nombre + " " + (nombre == 1 ? singulier : pluriel));
        }
    }
}
