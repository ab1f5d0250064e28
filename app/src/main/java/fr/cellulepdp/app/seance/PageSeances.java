package fr.cellulepdp.app.seance;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.PageTableau;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.seance.ResumeSeance;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The "Séances" page: the meetings, the most recent first. "Planifier une séance…" plans one; a double click or
 * Enter opens its window (agenda, attendance, meeting view). Lays out and binds {@link ModeleSeances}.
 */
public final class PageSeances extends PageTableau<ResumeSeance> {

    private final ModeleSeances modele;
    private final Dialogues dialogues;
    /** Builds a meeting's window, given the meeting and what to do after each change made in it. */
    private final BiFunction<UUID, Runnable, FenetreSeance> fenetres;
    private FenetreSeance ouverte;

    public PageSeances(ModeleSeances modele, Dialogues dialogues, BiFunction<UUID, Runnable, FenetreSeance> fenetres) {
        super("seances", "Séances", MaterialDesignC.CALENDAR_MONTH_OUTLINE, modele.liste(),
                "Aucune séance planifiée.",
                List.of(colonne("N°", 60, ResumeSeance::numero),
                        Tableaux.auMoins(colonne("Date", 110, ResumeSeance::date), "00/00/0000"),
                        Tableaux.auMoins(colonne("Heure", 80, ResumeSeance::heure), "00h00"),
                        Tableaux.colonneAvecRetour("Lieu", 320, ResumeSeance::lieu),
                        colonne("Statut", 110, ResumeSeance::statut),
                        colonne("Points à l'ordre du jour", 170, ResumeSeance::points),
                        colonne("Durée prévue", 110, s -> s.dureePrevueMinutes() + " min"),
                        colonne("Décisions", 100, ResumeSeance::decisions),
                        Tableaux.auMoins(colonne("Courriers", 170, ModeleSeances::courriers), "99 à envoyer ou poster")));
        this.modele = modele;
        this.dialogues = dialogues;
        this.fenetres = fenetres;
        Button planifier = new Button("_Planifier une séance…");
        planifier.setId("planifier-une-seance");
        planifier.getStyleClass().add("bouton-principal");
        planifier.setOnAction(e -> planifier());
        fr.cellulepdp.app.ui.Champs.montrerSi(modele.planifiable(), planifier);
        ajouterBarre(new HBox(10, planifier));
        surOuverture(s -> ouvrir(s.id()));
    }

    @Override
    public void actualiser() {
        modele.actualiser();
    }

    /** Plans a meeting, then opens its window on the agenda. */
    public void planifier() {
        modele.planifier(planification -> new DialoguePlanification(planification).showAndWait(), this::ouvrir);
    }

    /** Opens the meeting's window; one at a time, so that two windows never edit the same meeting. */
    public void ouvrir(UUID seanceId) {
        if (!modele.fenetreOuverte()) {
            // a partner reads the pseudonymised agenda and the minutes' extract sent to him, not the meeting's window
            dialogues.information("Séance", "Les partenaires reçoivent par courriel l’ordre du jour pseudonymisé et "
                    + "l’extrait du procès-verbal ; la fenêtre de séance est réservée aux membres internes.");
            return;
        }
        if (ouverte != null) {
            ouverte.close();
        }
        ouverte = fenetres.apply(seanceId, this::actualiser);
        ouverte.show();
    }

    /** The window opened last, if still open. */
    public java.util.Optional<FenetreSeance> fenetreOuverte() {
        return java.util.Optional.ofNullable(ouverte).filter(FenetreSeance::isShowing);
    }
}
