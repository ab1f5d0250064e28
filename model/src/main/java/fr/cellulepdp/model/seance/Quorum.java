package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the members present can decide, under the cell's rule (by default the coordinatrice or her deputy, one
 * medical and one social référent). The deputy is a second member with the coordinatrice role, or a member marked as
 * her deputy ({@link Membre#suppleant()}); a deputy standing for her is not counted again under their own role.
 */
public final class Quorum {

    private Quorum() {
    }

    /** What is missing, in French ("1 référent(e) médical(e)"); empty when the quorum is reached. */
    public static List<String> manquants(RegleQuorum regle, Seance seance, Map<UUID, Membre> membres) {
        List<String> manquants = new ArrayList<>();
        List<Membre> presents = seance.presences().stream().filter(p -> p.etat() == EtatPresence.PRESENT)
                .map(p -> membres.get(p.membreId())).filter(java.util.Objects::nonNull).toList();
        boolean coordinatrice = presents.stream().anyMatch(m -> m.role() == Role.COORDINATRICE);
        Membre suppleant = coordinatrice ? null
                : presents.stream().filter(Membre::suppleant).findFirst().orElse(null);
        List<Membre> comptes = presents.stream().filter(m -> m != suppleant).toList();
        if (regle.coordinatriceRequise() && !coordinatrice && suppleant == null) {
            manquants.add("la coordinatrice ou sa suppléante");
        }
        manquer(manquants, regle.referentsMedicauxMin() - nombre(comptes, Role.REFERENT_MEDICAL),
                "référent(e) médical(e)", "référent(e)s médicaux(ales)");
        manquer(manquants, regle.referentsSociauxMin() - nombre(comptes, Role.REFERENT_SOCIAL),
                "référent(e) social(e)", "référent(e)s sociaux(ales)");
        manquer(manquants, regle.referentsAdministratifsMin() - nombre(comptes, Role.REFERENT_ADMINISTRATIF),
                "référent(e) administratif(ve)", "référent(e)s administratif(ve)s");
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

    /** The cell's quorum rule, the default one while the cell is not set up. */
    static RegleQuorum regle(StockageSeances stockage) {
        return stockage.cellules().existante().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT);
    }

    /** Every member, by id: the attendance names them. */
    static Map<UUID, Membre> membres(StockageSeances stockage) {
        return stockage.membres().findAll().stream().collect(Collectors.toMap(Membre::id, Function.identity()));
    }

    private static long nombre(List<Membre> presents, Role role) {
        return presents.stream().filter(m -> m.role() == role).count();
    }

    private static void manquer(List<String> manquants, long nombre, String singulier, String pluriel) {
        if (nombre > 0) {
            manquants.add(nombre + " " + (nombre == 1 ? singulier : pluriel));
        }
    }
}
