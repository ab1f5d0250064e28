package fr.cellulepdp.app.indicateur;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.indicateur.EditerBilan;
import fr.cellulepdp.model.consolidation.ExporterBilan;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Indicateurs page's view model: the period, the figures computed for it (the national review's beside the
 * previous year), the exports (CSV, review PDF, the anonymous signed export for a consolidation) and the
 * consolidation of several cells' exports. Every use case runs through the background executor in the name of the
 * user logged in.
 */
public final class ModeleIndicateurs {

    private final Horloge horloge;
    private final CalculerIndicateurs calculerIndicateurs;
    private final ListerSituations listerSituations;
    private final EditerBilan editerBilan;
    private final ExporterBilan exporterBilan;
    private final UtilisateurCourant utilisateurCourant;
    private final ExecuteurTaches executeur;
    private final ObjectProperty<LocalDate> du = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> au = new SimpleObjectProperty<>();
    private final StringProperty etat = new SimpleStringProperty("");
    private final ObjectProperty<Indicateurs> indicateurs = new SimpleObjectProperty<>();
    private final ObjectProperty<Consolidation> consolidation = new SimpleObjectProperty<>();
    private final BooleanProperty calcules = new SimpleBooleanProperty(false);
    private final BooleanProperty exportable = new SimpleBooleanProperty(false);
    private final Consumer<Exception> erreur;

    public ModeleIndicateurs(Horloge horloge, CalculerIndicateurs calculerIndicateurs,
            ListerSituations listerSituations, EditerBilan editerBilan, ExporterBilan exporterBilan,
            UtilisateurCourant utilisateurCourant, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.horloge = horloge;
        this.calculerIndicateurs = calculerIndicateurs;
        this.listerSituations = listerSituations;
        this.editerBilan = editerBilan;
        this.exporterBilan = exporterBilan;
        this.utilisateurCourant = utilisateurCourant;
        this.executeur = executeur;
        this.erreur = erreur;
        int annee = horloge.aujourdhui().getYear();
        du.set(LocalDate.of(annee, 1, 1));
        au.set(LocalDate.of(annee, 12, 31));
        indicateurs.addListener((o, a, n) -> {
            calcules.set(n != null);
            exportable.set(n != null && utilisateurCourant.utilisateur().role() == Role.COORDINATRICE);
        });
    }

    /** Computes the figures of the period chosen. */
    public void calculer() {
        Periode periode;
        try {
            periode = new Periode(du.get(), au.get());
        } catch (RuntimeException e) {
            etat.set(MessagesErreur.refus("Calcul impossible", e));
            return;
        }
        etat.set("Calcul en cours…");
        executeur.executer(() -> calculerIndicateurs.calculer(periode), ind -> {
            indicateurs.set(ind);
            etat.set("Période du " + Tableaux.texte(ind.periode().du()) + " au " + Tableaux.texte(ind.periode().au())
                    + ". Cliquez sur un chiffre ou une barre pour voir les situations concernées.");
        }, this::echec);
    }

    /** The situations behind a figure, as the user may see them. */
    public void detailler(Chiffre chiffre, Consumer<List<ResumeSituation>> afficher) {
        executeur.executer(() -> listerSituations.parIdentifiants(chiffre.situations()), afficher, erreur);
    }

    public void exporterCsv(Path fichier) {
        Indicateurs ind = indicateurs.get();
        executeur.executer(() -> {
            ExportCsvIndicateurs.ecrire(ind, fichier);
            return fichier;
        }, this::ecrit, this::echec);
    }

    public void bilanPdf(Path fichier) {
        Indicateurs ind = indicateurs.get();
        executeur.executer(() -> {
            DossierDocuments.ecrireAtomiquement(fichier, editerBilan.editer(ind).contenu());
            return fichier;
        }, this::ecrit, this::echec);
    }

    /** The anonymous signed export of the period shown, for a regional consolidation (coordinatrice only). */
    public void exporterPourConsolidation(Path fichier) {
        Periode periode = indicateurs.get().periode();
        executeur.executer(() -> {
            DossierDocuments.ecrireAtomiquement(fichier,
                    exporterBilan.exporter(periode));
            return fichier;
        }, f -> etat.set("Export anonyme et signé écrit : " + f.toAbsolutePath() + ". Il ne contient que des "
                + "effectifs (les effectifs de 1 à 4 sont masqués)."), this::echec);
    }

    /**
     * Checks and adds up several cells' exports, and writes the consolidated review as PDF to {@code pdf} and as CSV
     * beside it (same name, « .csv »). Needs no right: the exports hold no personal data.
     */
    public void consolider(List<Path> exports, Path pdf) {
        if (exports.isEmpty()) {
            etat.set("Choisissez au moins un export de cellule.");
            return;
        }
        Path csv = pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + ".csv");
        executeur.executer(() -> {
            Consolidation c = ConsolidationExports.lire(exports);
            ConsolidationExports.ecrirePdf(c, pdf, horloge.aujourdhui());
            ConsolidationExports.ecrireCsv(c, csv);
            return c;
        }, c -> {
            consolidation.set(c);
            etat.set("Revue consolidée de " + c.cellules().size() + " export(s) vérifié(s) écrite : "
                    + pdf.toAbsolutePath() + " et " + csv.getFileName() + ".");
        }, this::echec);
    }

    private void ecrit(Path fichier) {
        etat.set("Fichier écrit : " + fichier.toAbsolutePath());
    }

    private void echec(Exception e) {
        etat.set(MessagesErreur.pourUtilisateur(e));
    }

    public ObjectProperty<LocalDate> duProperty() {
        return du;
    }

    public ObjectProperty<LocalDate> auProperty() {
        return au;
    }

    public StringProperty etatProperty() {
        return etat;
    }

    public ReadOnlyObjectProperty<Indicateurs> indicateursProperty() {
        return indicateurs;
    }

    public ReadOnlyObjectProperty<Consolidation> consolidationProperty() {
        return consolidation;
    }

    /** Whether figures are shown (the exports need them). */
    public ReadOnlyBooleanProperty calculesProperty() {
        return calcules;
    }

    /** Whether the user may write the signed export: the coordinatrice, once figures are shown. */
    public ReadOnlyBooleanProperty exportableProperty() {
        return exportable;
    }

    /** A figure at the top of the page, in French numbers, and the count a click details (null: none). */
    public record Tuile(String id, String libelle, String valeur, Chiffre detail) {
    }

    /** « 1 234 », « 88,1 % », « 12,5 j »: the figures at the top of the page. */
    public static List<Tuile> tuiles(Indicateurs ind) {
        boolean delai = ind.delai().decisions() > 0;
        return List.of(
                new Tuile("tuile-situations", "Situations étudiées", Nombres.entier(ind.situationsEtudiees().valeur()),
                        ind.situationsEtudiees()),
                new Tuile("tuile-seances", "Séances tenues", Nombres.entier(ind.seances().tenues()), null),
                new Tuile("tuile-presence", "Présence des membres", Nombres.pourcentage(ind.seances().tauxPresence()),
                        null),
                new Tuile("tuile-delai", "Délai médian demande → décision", !delai ? "—"
                        : Nombres.entierOuDecimal(ind.delai().medianeJours()) + "\u00a0j",
                        new Chiffre("Décisions datées", ind.delai().decisions(), ind.delai().situations())),
                new Tuile("tuile-centile", "90e centile du délai", !delai ? "—"
                        : Nombres.entier(ind.delai().centile90Jours()) + "\u00a0j", null));
    }

    /** A national indicator's value in the table: « 1 234 », or why it cannot be computed. */
    public static String valeurNationale(Indicateurs.IndicateurNational indicateur) {
        return indicateur.calculable() ? Nombres.entier(indicateur.chiffre().valeur()) : "non calculable";
    }
}
