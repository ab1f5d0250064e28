package fr.cellulepdp.app.situation;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.ModeleListe;
import fr.cellulepdp.app.shell.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.util.List;
import java.util.function.Consumer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The "Situations" page: every PDP file, as the acting user may see it. */
public final class PageSituations {

    private PageSituations() {
    }

    public static ModeleListe<ResumeSituation> modele(Services services, ExecuteurTaches executeur,
                                                       Consumer<Exception> erreur) {
        return new ModeleListe<>(executeur, () -> services.listerSituations().lister(services.utilisateur()),
                n -> ModeleListe.pluriel(n, "situation", "situations", "aucune situation"), erreur);
    }

    public static PageTableau<ResumeSituation> creer(ModeleListe<ResumeSituation> modele) {
        return new PageTableau<>("situations", "Situations", MaterialDesignF.FOLDER_ACCOUNT_OUTLINE, modele,
                "Aucune situation. Chargez les données de démonstration depuis le menu Fichier.",
                List.of(colonne("N° dossier", 120, ResumeSituation::numeroDossier),
                        colonne("Personne", 190, ResumeSituation::personne),
                        colonne("Origine", 150, ResumeSituation::origine),
                        colonne("Risque", 185, ResumeSituation::risque),
                        colonne("Statut", 80, ResumeSituation::statut),
                        colonne("Urgent", 65, ResumeSituation::urgent),
                        colonne("Complexe", 80, ResumeSituation::complexe),
                        colonne("En attente", 85, r -> r.demandesEnAttente() == 0 ? "" : r.demandesEnAttente()),
                        colonne("Référent social", 160, ResumeSituation::referent)));
    }
}
