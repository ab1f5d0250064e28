package fr.cellulepdp.app.situation;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.ui.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.util.List;
import java.util.function.Consumer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The "Situations" page: search and filters run in the database, one page of
 * {@link CritereSituations#LIMITE_PAR_DEFAUT} rows at a time, the next one read when the last row comes on screen.
 */
public final class PageSituations extends PageTableau<ResumeSituation> {

    private final ModeleSituations modele;
    private final FiltresSituations filtres;
    private fr.cellulepdp.app.importation.ModeleMisesADisposition misesADisposition;

    private PageSituations(ModeleSituations modele, Runnable nouvelleSituation) {
        super("situations", "Situations", MaterialDesignF.FOLDER_ACCOUNT_OUTLINE, modele.liste(),
                // the demo is offered on an empty base only (0058): a real cell's empty list must not point to it
                "Aucune situation ne correspond.",
                List.of(colonneNumero(),
                        colonne("Personne", 190, ResumeSituation::personne),
                        // origin and risk wrap between words at 1366 px (« Maladie professionnelle »)
                        fr.cellulepdp.app.ui.Tableaux.colonneAvecRetour("Origine", 150, ResumeSituation::origine),
                        fr.cellulepdp.app.ui.Tableaux.colonneAvecRetour("Risque", 185, ResumeSituation::risque),
                        fr.cellulepdp.app.ui.Tableaux.auMoins(colonne("Statut", 80, ResumeSituation::statut),
                                "Clôturée"),
                        colonne("Urgent", 65, ResumeSituation::urgent),
                        colonne("Complexe", 80, ResumeSituation::complexe),
                        colonne("En attente", 85, r -> r.demandesEnAttente() == 0 ? "" : r.demandesEnAttente()),
                        colonne("Référent social", 160, ResumeSituation::referent)));
        this.modele = modele;
        this.filtres = new FiltresSituations(this::chercher, nouvelleSituation);
        ajouterBarre(filtres.barre());
        // scrolling (or moving the selection) down to the last row reads the next page
        table().setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ResumeSituation ligne, boolean vide) {
                super.updateItem(ligne, vide);
                if (!vide && getIndex() == getTableView().getItems().size() - 1) {
                    modele.finAtteinte();
                }
            }
        });
    }

    /** The page's view models, built in the wiring: the list and its search, the « mise à disposition » letters. */
    public record Modeles(ModeleSituations situations,
                          fr.cellulepdp.app.importation.ModeleMisesADisposition misesADisposition) {
    }

    /** @param ouvrir opens a file on a double click or Enter; null when the user may not open one (a partner) */
    public static PageSituations creer(Modeles modeles, Runnable nouvelleSituation, Consumer<ResumeSituation> ouvrir) {
        PageSituations page = new PageSituations(modeles.situations(), nouvelleSituation);
        if (ouvrir != null) {
            page.surOuverture(ouvrir);
        }
        page.misesADisposition = modeles.misesADisposition();
        page.ajouterBarre(new fr.cellulepdp.app.importation.BarreMisesADisposition(page.misesADisposition));
        return page;
    }

    private void chercher() {
        modele.chercher(filtres.critere());
    }

    @Override
    public void actualiser() {
        modele.lireReferents(filtres::referents);
        modele.critere(filtres.critere());
        super.actualiser();
        misesADisposition.actualiser();
        modele.prechauffer();
    }

    /** Shows the file with this number (after it was created, or found already open). */
    public void afficherDossier(String numeroDossier) {
        filtres.chercher(numeroDossier);
    }

    /** Sorted by a click as numbers: PDP-2026-10000 after PDP-2026-9999. */
    private static javafx.scene.control.TableColumn<ResumeSituation, String> colonneNumero() {
        // the file number is how a file is named aloud: never cut, past 9 999 files a year too
        var colonne = fr.cellulepdp.app.ui.Tableaux.auMoins(colonne("N° dossier", 120, ResumeSituation::numeroDossier),
                "PDP-0000-00000");
        colonne.setComparator(OrdreNumerosDossier.CROISSANT);
        return colonne;
    }

    /**
     * The count of the rows shown: « plus de 100 situations (…) » while more files match than are shown, the exact
     * number once the last one is.
     */
    static String compte(long total, boolean auMoins) {
        return auMoins ? "plus de " + Nombres.entier(total) + " situations (les " + Nombres.entier(total)
                + " plus récentes affichées, la suite en faisant défiler)"
                : ModeleListe.pluriel(total, "situation", "situations", "aucune situation");
    }
}
