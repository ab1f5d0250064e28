package fr.cellulepdp.app.seance;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.ModeleListe;
import fr.cellulepdp.app.shell.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.seance.ResumeSeance;
import java.util.List;
import java.util.function.Consumer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The "Séances" page: the meetings, the most recent first. */
public final class PageSeances {

    private PageSeances() {
    }

    public static ModeleListe<ResumeSeance> modele(Services services, ExecuteurTaches executeur,
                                                    Consumer<Exception> erreur) {
        return ModeleListe.complet(executeur, () -> services.listerSeances().lister(services.utilisateur()),
                n -> ModeleListe.pluriel(n, "séance", "séances", "aucune séance"), erreur);
    }

    public static PageTableau<ResumeSeance> creer(ModeleListe<ResumeSeance> modele) {
        return new PageTableau<>("seances", "Séances", MaterialDesignC.CALENDAR_MONTH_OUTLINE, modele,
                "Aucune séance planifiée.",
                List.of(colonne("N°", 60, ResumeSeance::numero),
                        colonne("Date", 110, ResumeSeance::date),
                        colonne("Heure", 80, ResumeSeance::heure),
                        colonne("Lieu", 320, ResumeSeance::lieu),
                        colonne("Statut", 110, ResumeSeance::statut),
                        colonne("Points à l'ordre du jour", 170, ResumeSeance::points),
                        colonne("Durée prévue", 110, s -> s.dureePrevueMinutes() + " min"),
                        colonne("Décisions", 100, ResumeSeance::decisions)));
    }
}
