package fr.cellulepdp.model.document;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.cellule.Partenaire;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the documents of one meeting are made of: the cell (letterhead, signatory), the meeting as read with
 * everything its window shows, the previous meeting (approval of its minutes) and the next one, if planned, and
 * the day the documents are issued, and the letters' wording per outcome (the default for any missing).
 * {@code precedente}, {@code prochaine} and {@code logo} (the letterhead's image, PNG or JPEG) may be null.
 * {@code annuaire}, the cell's active organisations, gives the letters the appeal body's and the data-protection
 * officer's addresses; {@code approbationPrecedent}, null until recorded, the meeting's approval of the previous
 * minutes.
 */
public record ContenuSeance(Cellule cellule, DossierSeance dossier, Seance precedente, Seance prochaine,
                            LocalDate dateEdition, Map<IssueDecision, String> modelesCourrier, byte[] logo,
                            java.util.List<Organisation> annuaire,
                            fr.cellulepdp.model.seance.ApprobationProcesVerbal approbationPrecedent) {

    /** Without a directory: the letters then name the appeal body and the officer without their addresses. */
    public ContenuSeance(Cellule cellule, DossierSeance dossier, Seance precedente, Seance prochaine,
                         LocalDate dateEdition, Map<IssueDecision, String> modelesCourrier, byte[] logo) {
        this(cellule, dossier, precedente, prochaine, dateEdition, modelesCourrier, logo, java.util.List.of());
    }

    /** Without the previous minutes' approval recorded: the minutes say they are submitted for approval. */
    public ContenuSeance(Cellule cellule, DossierSeance dossier, Seance precedente, Seance prochaine,
                         LocalDate dateEdition, Map<IssueDecision, String> modelesCourrier, byte[] logo,
                         java.util.List<Organisation> annuaire) {
        this(cellule, dossier, precedente, prochaine, dateEdition, modelesCourrier, logo, annuaire, null);
    }

    /** The first active organisation of this type in the directory, if any. */
    public java.util.Optional<Organisation> organisme(TypeOrganisation type) {
        return annuaire.stream().filter(o -> o.actif() && o.type() == type).findFirst();
    }

    public ContenuSeance {
        EnumMap<IssueDecision, String> complets = new EnumMap<>(IssueDecision.class);
        for (IssueDecision issue : IssueDecision.decisions()) {
            complets.put(issue, modelesCourrier != null && modelesCourrier.containsKey(issue)
                    ? modelesCourrier.get(issue) : Gabarits.parDefaut(issue));
        }
        modelesCourrier = java.util.Collections.unmodifiableMap(complets);
        annuaire = annuaire == null ? java.util.List.of() : java.util.List.copyOf(annuaire);
    }

    /**
     * What every kind of partner may see at once: only the items whose person's consent to sharing still holds on the
     * meeting's date and covers every partner type (DESIGN.md §8). A file without consent is never shared.
     */
    public ContenuSeance pourPartenaires() {
        return pourPartenaires(java.util.EnumSet.allOf(Partenaire.class));
    }

    /**
     * What the partners of {@code types} may all see: the items whose consent, valid on the meeting's date, covers
     * each of these types. One type: that partner's extract; several: the extract shared by a room of them.
     */
    public ContenuSeance pourPartenaires(java.util.Set<Partenaire> types) {
        java.time.LocalDate jour = dossier.seance().date();
        return partage(p -> p.situation().consentement().valableLe(jour)
                && types.stream().allMatch(t -> p.situation().consentement().couvre(t, jour)));
    }

    /** What a partner of organisation type {@code type} may see; nothing when the type is not known (null). */
    public ContenuSeance pourPartenaire(Partenaire type) {
        return type == null ? partage(p -> false) : pourPartenaires(java.util.Set.of(type));
    }

    private ContenuSeance partage(java.util.function.Predicate<fr.cellulepdp.model.seance.DossierSeance.Point> montre) {
        java.util.List<fr.cellulepdp.model.seance.DossierSeance.Point> partages = dossier.points().stream()
                .filter(montre).toList();
        fr.cellulepdp.model.seance.DossierSeance filtre = new fr.cellulepdp.model.seance.DossierSeance(
                dossier.seance(), partages, dossier.decisions(), dossier.membres(), dossier.constatQuorum(),
                dossier.peutDecider(), dossier.motifsTypes());
        return new ContenuSeance(cellule, filtre, precedente, prochaine, dateEdition, modelesCourrier, logo, annuaire,
                approbationPrecedent);
    }
}
