package fr.cellulepdp.model.document;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.cellule.Partenaire;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The partners' documents of a meeting (agenda, minutes' extract), one per organisation type among the convoked
 * partners: each lists only the files whose person's valid consent covers that type, and each partner receives his
 * type's. The common version beside them ({@value #ORDRE_DU_JOUR}, {@value #PROCES_VERBAL}) shows what every convoked
 * type may see at once (the room's copy); nothing at all when a convoked partner's type is not known.
 */
public final class ExtraitsPartenaires {

    public static final String ORDRE_DU_JOUR = "02-ordre-du-jour-partenaires.pdf";
    public static final String PROCES_VERBAL = "04-proces-verbal-extrait-partenaires.pdf";

    private ExtraitsPartenaires() {
    }

    /** The agenda's file for the partners of {@code type}; the common one for null. */
    public static String ordreDuJour(Partenaire type) {
        return type == null ? ORDRE_DU_JOUR : "02-ordre-du-jour-partenaires-" + suffixe(type) + ".pdf";
    }

    /** The minutes' extract's file for the partners of {@code type}; the common one for null. */
    public static String procesVerbal(Partenaire type) {
        return type == null ? PROCES_VERBAL : "04-proces-verbal-extrait-" + suffixe(type) + ".pdf";
    }

    /** The active partners convoked to the meeting, in its order. */
    public static List<Membre> convoques(StockageDocuments stockage, Seance seance) {
        return seance.presences().stream().map(Presence::membreId).map(stockage.membres()::find)
                .flatMap(Optional::stream).filter(m -> m.actif() && m.role() == Role.PARTENAIRE).toList();
    }

    /** The known organisation types of these partners, in the enumeration's order, each once. */
    public static List<Partenaire> types(List<Membre> partenaires) {
        EnumSet<Partenaire> types = EnumSet.noneOf(Partenaire.class);
        partenaires.stream().map(Membre::partenaire).filter(java.util.Objects::nonNull).forEach(types::add);
        return List.copyOf(types);
    }

    /**
     * The common version: what every convoked type may see (every type when no partner is convoked), nothing when
     * a convoked partner's type is not known, since he may see nothing.
     */
    public static ContenuSeance commun(ContenuSeance contenu, List<Membre> partenaires) {
        if (partenaires.stream().anyMatch(m -> m.partenaire() == null)) {
            return contenu.pourPartenaire(null);
        }
        List<Partenaire> types = types(partenaires);
        return types.isEmpty() ? contenu.pourPartenaires() : contenu.pourPartenaires(EnumSet.copyOf(types));
    }

    private static String suffixe(Partenaire type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
