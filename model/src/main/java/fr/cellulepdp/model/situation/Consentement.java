package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.Partenaire;
import java.time.LocalDate;
import java.util.Set;

/**
 * The person's consent to share the file with partners: when it was given, which partners it covers,
 * and when it was withdrawn, if it was.
 */
public record Consentement(LocalDate dateRecueil, Set<Partenaire> partenaires, LocalDate dateRetrait) {

    public static final Consentement AUCUN = new Consentement(null, Set.of(), null);

    public Consentement {
        partenaires = partenaires == null ? Set.of() : Set.copyOf(partenaires);
    }

    /** True when consent was given and not withdrawn on {@code date}. */
    public boolean valableLe(LocalDate date) {
        return dateRecueil != null && !dateRecueil.isAfter(date) && (dateRetrait == null || dateRetrait.isAfter(date));
    }

    public boolean couvre(Partenaire partenaire, LocalDate date) {
        return valableLe(date) && partenaires.contains(partenaire);
    }
}
