package fr.cellulepdp.app.situation;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.EtatDossier;
import fr.cellulepdp.model.situation.FicheSituation;
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Partenaire;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.situation.ValidationFiche;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The form of a person and their situation, to record a new one ({@link #nouvelle}) or edit one
 * ({@link #modification}, which adds the file's status, closing outcome and consent withdrawal). Each field shows
 * its problem as the user types (ControlsFX decorations, with the messages of {@link ValidationFiche} and
 * {@link EtatDossier}); saving is refused with the list of every problem, and nothing is saved then. A new NIR
 * that already has an open situation leads to it.
 *
 * @param <R> what saving gives back: the creation's result, or the situation saved
 */
public final class FormulaireSituation<R> extends Dialog<R> {

    private final LocalDate aujourdhui;
    private final TextField nir = champ("champ-nir");
    private final TextField nom = champ("champ-nom");
    private final TextField prenom = champ("champ-prenom");
    private final DatePicker naissance = date("champ-naissance");
    private final ComboBox<Sexe> sexe = choix("champ-sexe", Sexe.values());
    private final ComboBox<StatutAssure> statut = choix("champ-statut", StatutAssure.values());
    private final TextField email = champ("champ-email");
    private final TextField telephone = champ("champ-telephone");
    private final TextField rue = champ("champ-rue");
    private final TextField codePostal = champ("champ-code-postal");
    private final TextField ville = champ("champ-ville");
    private final TextField employeur = champ("champ-employeur");
    private final TextField siret = champ("champ-siret");
    private final TextField emploi = champ("champ-emploi");
    private final ComboBox<Origine> origine = choix("champ-origine", Origine.values());
    private final DatePicker signalement = date("champ-signalement");
    private final ComboBox<Risque> risque = choix("champ-risque", Risque.values());
    private final DatePicker debutArret = date("champ-debut-arret");
    private final DatePicker finArret = date("champ-fin-arret");
    private final ComboBox<Membre> referent = new ComboBox<>();
    /** The person's occupational-health service: chosen from the directory, or typed for a one-off. */
    private final ComboBox<String> serviceSanteTravail = new ComboBox<>();
    private final CheckBox urgent = new CheckBox("Urgente");
    private final TextField motifUrgent = champ("champ-motif-urgent");
    private final CheckBox complexe = new CheckBox("Complexe");
    private final TextField motifComplexe = champ("champ-motif-complexe");
    private final DatePicker consentement = date("champ-consentement");
    private final Map<Partenaire, CheckBox> partenaires = new EnumMap<>(Partenaire.class);
    private final TextArea notes = new TextArea();
    private final ComboBox<StatutSituation> statutDossier = choix("champ-statut-dossier", StatutSituation.values());
    private final ComboBox<IssueSituation> issue = choix("champ-issue", IssueSituation.values());
    private final DatePicker cloture = date("champ-cloture");
    private final DatePicker retrait = date("champ-retrait-consentement");
    /** The facts some measures are reserved to (decision 0030): RQTH, other BOETH title, unfitness. */
    private final DatePicker rqthDebut = date("champ-rqth-debut");
    private final DatePicker rqthFin = date("champ-rqth-fin");
    private final DatePicker boethDebut = date("champ-boeth-debut");
    private final DatePicker boethFin = date("champ-boeth-fin");
    private final ComboBox<Inaptitude> inaptitude = choix("champ-inaptitude", Inaptitude.values());
    private final DatePicker dateInaptitude = date("champ-date-inaptitude");
    private final boolean avecEtat;
    /** The address line the form does not show (imported addresses may have one): kept as it was. */
    private String complementAdresse = "";
    private final Label problemes = new Label();
    private final ValidationSupport validation = new ValidationSupport();

    private FormulaireSituation(Services services, ExecuteurTaches executeur, List<Membre> referents, String titre,
                                boolean avecEtat, Enregistrement<R> enregistrement) {
        this.aujourdhui = services.horloge().aujourdhui();
        this.avecEtat = avecEtat;
        setTitle(titre);
        setHeaderText("Personne suivie et situation PDP");
        referent.setId("champ-referent");
        referent.getItems().setAll(referents);
        referent.setConverter(new ConvertisseurTexte<>(m -> m.nomComplet()));
        serviceSanteTravail.setId("champ-service-sante-travail");
        serviceSanteTravail.setEditable(true);
        serviceSanteTravail.setPrefWidth(300);
        serviceSanteTravail.setPromptText("de l'annuaire, ou saisi");
        executeur.executer(() -> services.gererAnnuaire().actives(
                fr.cellulepdp.model.annuaire.TypeOrganisation.SANTE_TRAVAIL).stream()
                .map(fr.cellulepdp.model.annuaire.Organisation::nom).distinct().toList(),
                noms -> serviceSanteTravail.getItems().setAll(noms), e -> { });
        statut.setValue(StatutAssure.SALARIE);
        inaptitude.setValue(Inaptitude.AUCUNE);
        signalement.setValue(aujourdhui);
        urgent.setId("champ-urgent");
        complexe.setId("champ-complexe");
        notes.setId("champ-notes");
        notes.setPrefRowCount(3);
        problemes.setId("problemes-formulaire");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the problems stay in view under the scrolling form
        ScrollPane defilement = new ScrollPane(contenu());
        defilement.setFitToWidth(true);
        VBox.setVgrow(defilement, javafx.scene.layout.Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, defilement, problemes));
        getDialogPane().setPrefSize(900, 760);
        getDialogPane().getStylesheets().add(
                FormulaireSituation.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Enregistrer", "enregistrer-situation", "Annuler", () -> {
            // the dialog stays open until the use case has saved; its answer closes it
            enregistrer(executeur, enregistrement);
        });
        setResultConverter(b -> null);
        validerEnDirect();
    }

    /** What the Save button does with the form's content, in the background. */
    @FunctionalInterface
    private interface Enregistrement<R> {
        R enregistrer(FicheSituation fiche, EtatDossier etat);
    }

    /** The form for a new person and situation, or the open one already recorded for the NIR. */
    public static FormulaireSituation<CreerSituation.Resultat> nouvelle(Services services, ExecuteurTaches executeur,
                                                                       List<Membre> referents) {
        return new FormulaireSituation<>(services, executeur, referents, "Nouvelle situation", false,
                (fiche, etat) -> services.creerSituation().creer(services.utilisateur(), fiche));
    }

    /** The form filled with a file as read now; saving refuses to overwrite a newer version. */
    public static FormulaireSituation<Situation> modification(Services services, ExecuteurTaches executeur,
                                                              List<Membre> referents, Assure assure,
                                                              Situation situation) {
        FormulaireSituation<Situation> formulaire = new FormulaireSituation<>(services, executeur, referents,
                "Modifier le dossier " + situation.numeroDossier(), true, (fiche, etat) -> services
                        .modifierSituation().modifier(services.utilisateur(), assure, situation, fiche, etat));
        formulaire.remplir(assure, situation);
        return formulaire;
    }

    private void remplir(Assure a, Situation s) {
        nir.setText(a.nir().valeur());
        nom.setText(a.nom());
        prenom.setText(a.prenom());
        naissance.setValue(a.dateNaissance());
        sexe.setValue(a.sexe());
        statut.setValue(a.statut());
        email.setText(a.email());
        telephone.setText(a.telephone());
        rue.setText(a.adresse().ligne1());
        complementAdresse = a.adresse().ligne2();
        codePostal.setText(a.adresse().codePostal());
        ville.setText(a.adresse().ville());
        employeur.setText(a.employeur() == null ? "" : a.employeur().nom());
        siret.setText(a.employeur() == null || a.employeur().siret() == null ? "" : a.employeur().siret().valeur());
        emploi.setText(a.emploi());
        Reconnaissances r = a.reconnaissances();
        rqthDebut.setValue(r.rqthDebut());
        rqthFin.setValue(r.rqthFin());
        boethDebut.setValue(r.boethDebut());
        boethFin.setValue(r.boethFin());
        inaptitude.setValue(r.inaptitude());
        dateInaptitude.setValue(r.dateInaptitude());
        origine.setValue(s.origine());
        signalement.setValue(s.dateSignalement());
        risque.setValue(s.risque());
        debutArret.setValue(s.debutArret());
        finArret.setValue(s.finArretPrevue());
        referent.getItems().stream().filter(m -> m.id().equals(s.referentSocialId())).findFirst()
                .ifPresent(referent::setValue);
        urgent.setSelected(s.urgent().leve());
        motifUrgent.setText(s.urgent().motif());
        complexe.setSelected(s.complexe().leve());
        motifComplexe.setText(s.complexe().motif());
        consentement.setValue(s.consentement().dateRecueil());
        partenaires.forEach((p, coche) -> coche.setSelected(s.consentement().partenaires().contains(p)));
        notes.setText(s.notesSociales());
        serviceSanteTravail.getEditor().setText(s.serviceSanteTravail());
        statutDossier.setValue(s.statut());
        issue.setValue(s.issue());
        cloture.setValue(s.dateCloture());
        retrait.setValue(s.consentement().dateRetrait());
    }

    private VBox contenu() {
        GridPane personne = grille();
        ligne(personne, 0, "NIR *", nir, "Nom *", nom);
        ligne(personne, 1, "Prénom *", prenom, "Date de naissance", naissance);
        ligne(personne, 2, "Sexe", sexe, "Statut", statut);
        ligne(personne, 3, "Courriel", email, "Téléphone", telephone);
        ligne(personne, 4, "Adresse", rue, "Code postal", codePostal);
        ligne(personne, 5, "Ville", ville, "Emploi", emploi);
        ligne(personne, 6, "Employeur", employeur, "SIRET", siret);
        GridPane handicap = grille();
        ligne(handicap, 0, "RQTH depuis le", rqthDebut, "jusqu’au", rqthFin);
        ligne(handicap, 1, "Autre titre BOETH depuis le", boethDebut, "jusqu’au", boethFin);
        ligne(handicap, 2, "Médecin du travail", inaptitude, "Avis du", dateInaptitude);
        dateInaptitude.disableProperty().bind(inaptitude.valueProperty().isEqualTo(Inaptitude.AUCUNE));
        GridPane situation = grille();
        ligne(situation, 0, "Origine *", origine, "Date de signalement", signalement);
        ligne(situation, 1, "Risque *", risque, "Référent social", referent);
        ligne(situation, 2, "Début de l'arrêt", debutArret, "Fin d'arrêt prévue", finArret);
        ligne(situation, 3, "", urgent, "Motif de l'urgence", motifUrgent);
        ligne(situation, 4, "", complexe, "Motif de la complexité", motifComplexe);
        ligne(situation, 5, "Service de santé au travail", serviceSanteTravail, "", new Label(""));
        FlowPane couverts = new FlowPane(12, 6);
        for (Partenaire partenaire : Partenaire.values()) {
            CheckBox coche = new CheckBox(partenaire.libelle());
            coche.setId("champ-partenaire-" + partenaire.name());
            partenaires.put(partenaire, coche);
            couverts.getChildren().add(coche);
        }
        GridPane accord = grille();
        ligne(accord, 0, "Consentement recueilli le", consentement, avecEtat ? "Retiré le" : "",
                avecEtat ? retrait : new Label(""));
        VBox contenu = new VBox(10, Champs.sousTitre("Personne"), personne, Champs.sousTitre("Handicap et aptitude"),
                handicap, Champs.sousTitre("Situation"), situation,
                Champs.sousTitre("Consentement au partage avec les partenaires"), accord, couverts, Champs.sousTitre("Notes sociales"), notes);
        if (avecEtat) {
            GridPane etat = grille();
            ligne(etat, 0, "Statut", statutDossier, "", new Label(""));
            ligne(etat, 1, "Issue", issue, "Clôturé le", cloture);
            // the outcome only means something for a closed file
            issue.disableProperty().bind(statutDossier.valueProperty().isNotEqualTo(StatutSituation.CLOTUREE));
            cloture.disableProperty().bind(issue.disableProperty());
            contenu.getChildren().addAll(2, List.of(Champs.sousTitre("Suivi du dossier"), etat));
        }
        return contenu;
    }

    /** Every field re-checked on any change: some rules join two fields (a flag and its reason, two dates). */
    private void validerEnDirect() {
        enregistrer(nir, ValidationFiche.NIR);
        enregistrer(nom, ValidationFiche.NOM);
        enregistrer(prenom, ValidationFiche.PRENOM);
        enregistrer(naissance, ValidationFiche.NAISSANCE);
        enregistrer(siret, ValidationFiche.SIRET);
        enregistrer(email, ValidationFiche.EMAIL);
        enregistrer(origine, ValidationFiche.ORIGINE);
        enregistrer(signalement, ValidationFiche.SIGNALEMENT);
        enregistrer(risque, ValidationFiche.RISQUE);
        enregistrer(finArret, ValidationFiche.FIN_ARRET);
        enregistrer(motifUrgent, ValidationFiche.MOTIF_URGENT);
        enregistrer(motifComplexe, ValidationFiche.MOTIF_COMPLEXE);
        enregistrer(consentement, ValidationFiche.CONSENTEMENT);
        enregistrer(rqthFin, ValidationFiche.RQTH);
        enregistrer(boethFin, ValidationFiche.BOETH);
        enregistrer(dateInaptitude, ValidationFiche.INAPTITUDE);
        if (avecEtat) {
            enregistrerEtat(statutDossier, EtatDossier.STATUT);
            enregistrerEtat(issue, EtatDossier.ISSUE);
            enregistrerEtat(cloture, EtatDossier.CLOTURE);
            enregistrerEtat(retrait, EtatDossier.RETRAIT);
            List.of(statutDossier, consentement, signalement).forEach(c -> c.valueProperty()
                    .addListener((o, a, b) -> validation.revalidate()));
        }
        List.of(urgent, complexe).forEach(c -> c.selectedProperty().addListener((o, a, b) -> validation.revalidate()));
        List.of(debutArret, rqthDebut, boethDebut).forEach(d -> d.valueProperty()
                .addListener((o, a, b) -> validation.revalidate()));
    }

    private void enregistrer(Control champ, String nomChamp) {
        valider(champ, () -> ValidationFiche.probleme(fiche(), aujourdhui, nomChamp));
    }

    private void enregistrerEtat(Control champ, String nomChamp) {
        valider(champ, () -> etat().probleme(fiche(), aujourdhui, nomChamp));
    }

    /** Decorates the field with the problem {@code probleme} finds in the whole form, if any. */
    private void valider(Control champ, java.util.function.Supplier<String> probleme) {
        validation.registerValidator(champ, false, (Control c, Object valeur) -> {
            String message = probleme.get();
            return ValidationResult.fromErrorIf(c, message == null ? "" : message, message != null);
        });
    }

    EtatDossier etat() {
        return new EtatDossier(statutDossier.getValue(), issue.getValue(), cloture.getValue(), retrait.getValue());
    }

    FicheSituation fiche() {
        return new FicheSituation(nir.getText(), nom.getText(), prenom.getText(), naissance.getValue(),
                sexe.getValue(), statut.getValue(), email.getText(), telephone.getText(),
                new Adresse(rue.getText(), complementAdresse, codePostal.getText(), ville.getText()), employeur.getText(),
                siret.getText(), emploi.getText(), origine.getValue(), signalement.getValue(), risque.getValue(),
                debutArret.getValue(), finArret.getValue(),
                referent.getValue() == null ? null : referent.getValue().id(), urgent.isSelected(),
                motifUrgent.getText(), complexe.isSelected(), motifComplexe.getText(), consentement.getValue(),
                partenaires.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()),
                notes.getText(), serviceSanteTravail.getEditor().getText(),
                new Reconnaissances(rqthDebut.getValue(), rqthFin.getValue(), boethDebut.getValue(), boethFin.getValue(),
                        inaptitude.getValue(), dateInaptitude.getValue()));
    }

    private void enregistrer(ExecuteurTaches executeur, Enregistrement<R> enregistrement) {
        FicheSituation fiche = fiche();
        EtatDossier etat = etat();
        executeur.executer(() -> enregistrement.enregistrer(fiche, etat), resultat -> {
            setResult(resultat);
            close();
        }, exception -> problemes.setText(MessagesErreur.refus("Enregistrement refusé", exception)));
    }


    private static GridPane grille() {
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        return grille;
    }

    private static void ligne(GridPane grille, int rang, String libelle1, Node champ1, String libelle2, Node champ2) {
        grille.addRow(rang, new Label(libelle1), champ1, new Label(libelle2), champ2);
    }

    private static TextField champ(String id) {
        return Champs.texte(id, 18);
    }

    private static DatePicker date(String id) {
        return Champs.date(id);
    }

    private static <E extends Enum<E> & fr.cellulepdp.model.commun.Libelle> ComboBox<E> choix(String id, E[] valeurs) {
        ComboBox<E> choix = new ComboBox<>();
        choix.setId(id);
        choix.getItems().setAll(valeurs);
        choix.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        return choix;
    }
}
