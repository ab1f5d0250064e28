package fr.cellulepdp.app.situation;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.ModeleListe;
import fr.cellulepdp.app.shell.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.ResultatRecherche;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.util.List;
import java.util.function.Consumer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The "Situations" page: search and filters run in the database, one page of at most
 * {@link CritereSituations#LIMITE_PAR_DEFAUT} rows, with the total count.
 */
public final class PageSituations extends PageTableau<ResumeSituation> {

    private final Recherche recherche;
    private final Runnable chargerReferents;

    private PageSituations(ModeleListe<ResumeSituation> modele, Recherche recherche, Runnable chargerReferents) {
        super("situations", "Situations", MaterialDesignF.FOLDER_ACCOUNT_OUTLINE, modele,
                "Aucune situation ne correspond. Chargez les données de démonstration ou importez une liste depuis "
                        + "le menu Fichier.",
                List.of(colonneNumero(),
                        colonne("Personne", 190, ResumeSituation::personne),
                        colonne("Origine", 150, ResumeSituation::origine),
                        colonne("Risque", 185, ResumeSituation::risque),
                        colonne("Statut", 80, ResumeSituation::statut),
                        colonne("Urgent", 65, ResumeSituation::urgent),
                        colonne("Complexe", 80, ResumeSituation::complexe),
                        colonne("En attente", 85, r -> r.demandesEnAttente() == 0 ? "" : r.demandesEnAttente()),
                        colonne("Référent social", 160, ResumeSituation::referent)));
        this.recherche = recherche;
        this.chargerReferents = chargerReferents;
        ajouterBarre(recherche.filtres.barre());
    }

    public static PageSituations creer(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur,
                                       Runnable nouvelleSituation, Consumer<ResumeSituation> ouvrir) {
        Recherche recherche = new Recherche();
        ModeleListe<ResumeSituation> modele = new ModeleListe<>(executeur, () -> {
            ResultatRecherche resultat = services.listerSituations().rechercher(services.utilisateur(), recherche.critere);
            return new ModeleListe.Lignes<>(resultat.lignes(), resultat.total());
        }, PageSituations::compte, erreur);
        recherche.filtres = new FiltresSituations(() -> {
            recherche.critere = recherche.filtres.critere();
            modele.actualiser();
        }, nouvelleSituation);
        PageSituations page = new PageSituations(modele, recherche, () -> executeur.executer(
                services::referentsSociauxActifs, recherche.filtres::referents, erreur));
        page.surOuverture(ouvrir);
        return page;
    }

    @Override
    public void actualiser() {
        chargerReferents.run();
        recherche.critere = recherche.filtres.critere();
        super.actualiser();
    }

    /** Shows the file with this number (after it was created, or found already open). */
    public void afficherDossier(String numeroDossier) {
        recherche.filtres.chercher(numeroDossier);
    }

    /** Sorted by a click as numbers: PDP-2026-10000 after PDP-2026-9999. */
    private static javafx.scene.control.TableColumn<ResumeSituation, String> colonneNumero() {
        var colonne = colonne("N° dossier", 120, ResumeSituation::numeroDossier);
        colonne.setComparator(OrdreNumerosDossier.CROISSANT);
        return colonne;
    }

    static String compte(long total) {
        String texte = ModeleListe.pluriel(total, "situation", "situations", "aucune situation");
        return total > CritereSituations.LIMITE_PAR_DEFAUT
                ? texte + " (les " + CritereSituations.LIMITE_PAR_DEFAUT + " plus récentes affichées)" : texte;
    }

    /** The criteria of the last search, taken on the JavaFX thread and read by the background reading. */
    private static final class Recherche {
        private volatile CritereSituations critere = CritereSituations.tout();
        private FiltresSituations filtres;
    }
}
