package fr.cellulepdp.app.seance;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.shell.ModeleListe;
import fr.cellulepdp.app.shell.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.seance.ResumeSeance;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The "Séances" page: the meetings, the most recent first. "Planifier une séance…" plans one; a double click or
 * Enter opens its window (agenda, attendance, meeting view).
 */
public final class PageSeances extends PageTableau<ResumeSeance> {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final Consumer<Exception> erreur;
    private FenetreSeance ouverte;

    public PageSeances(Services services, ExecuteurTaches executeur, Dialogues dialogues, Consumer<Exception> erreur) {
        super("seances", "Séances", MaterialDesignC.CALENDAR_MONTH_OUTLINE,
                ModeleListe.complet(executeur, () -> services.listerSeances().lister(services.utilisateur()),
                        n -> ModeleListe.pluriel(n, "séance", "séances", "aucune séance"), erreur),
                "Aucune séance planifiée.",
                List.of(colonne("N°", 60, ResumeSeance::numero),
                        colonne("Date", 110, ResumeSeance::date),
                        colonne("Heure", 80, ResumeSeance::heure),
                        colonne("Lieu", 320, ResumeSeance::lieu),
                        colonne("Statut", 110, ResumeSeance::statut),
                        colonne("Points à l'ordre du jour", 170, ResumeSeance::points),
                        colonne("Durée prévue", 110, s -> s.dureePrevueMinutes() + " min"),
                        colonne("Décisions", 100, ResumeSeance::decisions),
                        colonne("Courriers", 170, ResumeSeance::courriers)));
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.erreur = erreur;
        Button planifier = new Button("_Planifier une séance…");
        planifier.setId("planifier-une-seance");
        planifier.getStyleClass().add("bouton-principal");
        planifier.setOnAction(e -> planifier());
        fr.cellulepdp.app.shell.Champs.montrerSi(
                services.utilisateur().role() == fr.cellulepdp.model.cellule.Role.COORDINATRICE, planifier);
        ajouterBarre(new HBox(10, planifier));
        surOuverture(s -> ouvrir(s.id()));
    }

    /** Plans a meeting, then opens its window on the agenda. */
    public void planifier() {
        executeur.executer(() -> services.stockage().membres().findAll().stream().filter(Membre::actif).toList(),
                membres -> new DialoguePlanification(new ModelePlanification(services.preparerSeance(),
                        services::utilisateur, executeur, membres)).showAndWait().ifPresent(seance -> {
                    actualiser();
                    ouvrir(seance.id());
                }), erreur);
    }

    /** Opens the meeting's window; one at a time, so that two windows never edit the same meeting. */
    public void ouvrir(java.util.UUID seanceId) {
        if (!services.utilisateur().role().estInterne()) {
            // a partner reads the pseudonymised agenda and the minutes' extract sent to him, not the meeting's window
            dialogues.information("Séance", "Les partenaires reçoivent par courriel l’ordre du jour pseudonymisé et "
                    + "l’extrait du procès-verbal ; la fenêtre de séance est réservée aux membres internes.");
            return;
        }
        if (ouverte != null) {
            ouverte.close();
        }
        ouverte = new FenetreSeance(services, executeur, dialogues, seanceId, this::actualiser);
        ouverte.show();
    }

    /** The window opened last, if still open. */
    public java.util.Optional<FenetreSeance> fenetreOuverte() {
        return java.util.Optional.ofNullable(ouverte).filter(FenetreSeance::isShowing);
    }
}
