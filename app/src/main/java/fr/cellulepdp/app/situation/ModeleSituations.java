package fr.cellulepdp.app.situation;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ResultatRecherche;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * View model of the Situations page: the search criteria last chosen, the rows they find in the database, in the
 * user's name, and the social référents the filter offers. A search reads one page (newest files first); when the
 * user scrolls to its last row, the next page is read from that row's file number on and added below, until no
 * more files match. The count says « plus de N » while more remain, the exact number once all are shown.
 * When the page is first shown, a search by words and a reading of the newest files run once in the background
 * after its first page, their results dropped ({@link #prechauffer}).
 */
public final class ModeleSituations {

    private final ListerSituations listerSituations;
    private final Supplier<List<Membre>> referentsSociaux;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ModeleListe<ResumeSituation> liste;
    /** Taken on the JavaFX thread, read by the background reading. */
    private volatile CritereSituations critere = CritereSituations.tout();
    /** Whether the last reading found more files than it shows (then its total is « more than »). */
    private volatile boolean auMoins;
    /** The warm-up's search, taken from the first page read (background thread); null until then. */
    private volatile CritereSituations essai;
    /** Searches and pages the user asked for (JavaFX thread): a warm-up not yet started gives way to them. */
    private volatile long demandes;
    private boolean prechauffe;

    public ModeleSituations(ListerSituations listerSituations, Supplier<List<Membre>> referentsSociaux,
            ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.listerSituations = listerSituations;
        this.referentsSociaux = referentsSociaux;
        this.executeur = executeur;
        this.erreur = erreur;
        this.liste = new ModeleListe<>(executeur, () -> lire(critere, 0),
                total -> PageSituations.compte(total, auMoins), erreur);
    }

    /** One page, counted after the {@code dejaLues} rows shown above it. */
    private ModeleListe.Lignes<ResumeSituation> lire(CritereSituations page, int dejaLues) {
        ResultatRecherche resultat = listerSituations.rechercher(page);
        auMoins = resultat.auMoins();
        if (essai == null && !resultat.lignes().isEmpty()) {
            // the words of the newest file's person as the user sees them: a name, then usually a frequent first name
            essai = new CritereSituations(resultat.lignes().get(0).personne(), true, null, null, null, null, null,
                    null, false, 0, CritereSituations.LIMITE_PAR_DEFAUT);
        }
        return new ModeleListe.Lignes<>(resultat.lignes(), dejaLues + resultat.total());
    }

    ModeleListe<ResumeSituation> liste() {
        return liste;
    }

    /** The criteria for the next reading (the view reads them from its filters). */
    void critere(CritereSituations choisi) {
        critere = choisi;
    }

    /** Searches with these criteria: the first page, in place of the rows shown. */
    void chercher(CritereSituations choisi) {
        demandes++;
        critere(choisi);
        liste.actualiser();
    }

    /**
     * The last row is on screen: reads the next page after it, if more files match and no reading is under way
     * (the view calls this for every showing of the last row).
     */
    void finAtteinte() {
        List<ResumeSituation> lignes = liste.lignes();
        if (!auMoins || lignes.isEmpty() || liste.chargementProperty().get()) {
            return;
        }
        demandes++;
        CritereSituations suite = critere.pageApres(lignes.get(lignes.size() - 1).numeroDossier());
        int dejaLues = lignes.size();
        liste.ajouter(() -> lire(suite, dejaLues));
    }

    /** How many of the newest files the warm-up reads the lines of (see {@link #prechauffer}). */
    static final int DOSSIERS_PRECHAUFFES = 1_000;

    /**
     * Once, when the page is first shown (after its first page is asked for), on the background thread, in the
     * user's name, results dropped: a search by the words of the newest file's person — so that the first search
     * typed finds the code of the words' walk compiled and H2's statements read (a new window's first search by
     * words cost 74–192 ms of a 150 ms budget, decision 0062) — then the lines of the newest
     * {@value #DOSSIERS_PRECHAUFFES} files in one page: the rows a frequent word's first page looks up (« hele »'s
     * 100 newest files are among the newest 800), read together instead of one by one from a cold file when the
     * first word is typed. Each step is skipped if the user asked for a search before it starts, so the warm-up
     * delays at most a search asked while one step runs.
     */
    void prechauffer() {
        if (prechauffe) {
            return;
        }
        prechauffe = true;
        long avant = demandes;
        executeur.executer(() -> {
            CritereSituations recherche = essai;
            if (recherche != null && demandes == avant) {
                listerSituations.rechercher(recherche);
            }
            if (demandes == avant) {
                listerSituations.rechercher(new CritereSituations("", true, null, null, null, null, null, null, false,
                        0, DOSSIERS_PRECHAUFFES));
            }
            return null;
        }, sansResultat -> { }, echec -> {
            // nothing the user asked for failed: a real search will show the cause if it lasts
        });
    }

    /** The active social référents, for the filter. */
    void lireReferents(Consumer<List<Membre>> recevoir) {
        executeur.executer(referentsSociaux::get, recevoir, erreur);
    }
}
