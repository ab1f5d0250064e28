package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.Assure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: the follow-ups the cell's decisions created ("assurer le suivi des décisions"): listed by due date,
 * overdue ones flagged, filtered by the member responsible; a member marks one done with a note. Those due are
 * proposed on the next agenda by {@link fr.cellulepdp.model.seance.PreparerSeance}.
 */
public final class SuivreSuivis {

    private final StockageSuivis stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public SuivreSuivis(StockageSuivis stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** One line of the Suivis page, with what the user may see of the person. */
    public record LigneSuivi(UUID id, long version, UUID situationId, String numeroDossier, String personne,
                             String mesure, String action, UUID responsableId, String responsable,
                             LocalDate echeance, boolean enRetard, LocalDate realiseLe, String note,
                             java.time.Instant rappeleLe) {
        public boolean realise() {
            return realiseLe != null;
        }
    }

    /** How many follow-ups a page of the list reads, about (whole due dates). */
    public static final int SUIVIS_PAR_PAGE = 200;

    /**
     * A page of the list: its lines, and whether more follow-ups match after its last due date (read by
     * {@link #suite}).
     */
    public record PageSuivis(List<LigneSuivi> lignes, boolean davantage) {
    }

    /**
     * The first page of the follow-ups by due date (then file number); {@code responsableId} null for every member;
     * done ones only when {@code avecRealises}.
     */
    public PageSuivis lister(UUID responsableId, boolean avecRealises) {
        return suite(responsableId, avecRealises, null, SUIVIS_PAR_PAGE);
    }

    /**
     * The page of about {@code parPage} follow-ups due after {@code apres} (the last due date shown; {@code null}
     * for the first page), read in one query with their files, people and measures: ten years hold tens of
     * thousands of follow-ups, so a page reads what it shows.
     */
    public PageSuivis suite(UUID responsableId, boolean avecRealises, LocalDate apres, int parPage) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        // actions and notes may tell a medical detail, and partners co-follow files, not the cell's follow-ups
        // (nor does a server give their role the table, V27)
        Droits.internes(acteur, "suivis", "lisent les suivis");
        LocalDate aujourdhui = horloge.aujourdhui();
        Map<UUID, Membre> membres = stockage.membres().findAll().stream()
                .collect(Collectors.toMap(Membre::id, Function.identity()));
        SuivisDeLaListe page = stockage.suivis().deLaListe(new CritereSuivis(responsableId, avecRealises, apres,
                parPage));
        List<LigneSuivi> lignes = new ArrayList<>(page.suivis().size());
        for (SuiviDeLaListe l : page.suivis()) {
            Suivi s = l.suivi();
            Membre responsable = s.responsableId() == null ? null : membres.get(s.responsableId());
            lignes.add(new LigneSuivi(s.id(), s.version(), s.situationId(), l.numeroDossier(),
                    Assure.designation(l.nom(), l.prenom(), acteur.role()),
                    l.mesure() == null ? "" : l.mesure().libelle(), s.action(), s.responsableId(),
                    responsable == null ? "" : responsable.nomComplet(), s.echeance(), s.estEnRetard(aujourdhui),
                    s.realiseLe(), s.note(), l.rappeleLe()));
        }
        return new PageSuivis(lignes, page.davantage());
    }

    /**
     * Marks a follow-up done on {@code le} with a note of what was done. Refused, naming the field, without a date,
     * with a date in the future, without a note, when already done, or for a partner; a save over a newer version
     * is refused by the repository (someone else marked it meanwhile).
     */
    public Suivi marquerRealise(UUID suiviId, long version, LocalDate le, String note) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "suivi");
        return stockage.transactions().inTransaction(() -> {
            Suivi suivi = stockage.suivis().get(suiviId);
            if (suivi.version() != version) {
                throw new ConflitDeModificationException("Suivi", suiviId);
            }
            List<Probleme> problemes = new ArrayList<>();
            if (suivi.estRealise()) {
                problemes.add(new Probleme("suivi", "ce suivi est déjà marqué réalisé le "
                        + Horodatages.date(suivi.realiseLe()) + "."));
            }
            if (le == null) {
                problemes.add(new Probleme("realiseLe", "indiquez la date à laquelle le suivi a été réalisé."));
            } else if (le.isAfter(horloge.aujourdhui())) {
                problemes.add(new Probleme("realiseLe", "la date de réalisation (" + Horodatages.date(le)
                        + ") ne peut pas être dans le futur."));
            }
            if (note == null || note.isBlank()) {
                problemes.add(new Probleme("note", "indiquez en quelques mots ce qui a été fait."));
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Suivi fait = stockage.suivis().save(new Suivi(suivi.id(), version, suivi.situationId(),
                    suivi.decisionId(), suivi.action(), suivi.responsableId(), suivi.echeance(), le, note.strip()));
            new Audit(stockage, horloge).noter(acteur, "SUIVI_REALISE", "Suivi", suiviId, "réalisé le "
                    + Horodatages.date(le));
            return fait;
        });
    }
}
