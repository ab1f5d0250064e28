package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Formulaires;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demande.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.Siret;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The form of one request. The measure rules (catalogue limits, the essais encadrés already counted on this
 * sick leave, the medical agreements) are checked as the user types and explained under the form; they do not
 * prevent recording the request, as they block an accord, not a request. The prescriber is chosen among the
 * directory's prescribers, Cap Emploi, France Travail and occupational-health services, or typed freely.
 */
public final class FormulaireDemande extends Dialog<Demande> {

    /** The organisations of the directory a request's prescriber is chosen from. */
    static final TypeOrganisation[] PRESCRIPTEURS = {TypeOrganisation.PRESCRIPTEUR, TypeOrganisation.CAP_EMPLOI,
        TypeOrganisation.FRANCE_TRAVAIL, TypeOrganisation.SANTE_TRAVAIL};

    private final UUID id;
    private final long version;
    private final UUID situationId;
    private final ComboBox<TypeMesure> mesure = new ComboBox<>();
    private final TextField libelleAutre = champ("champ-libelle-autre");
    private final DatePicker dateDemande = date("champ-date-demande");
    private final DatePicker debut = date("champ-debut");
    private final DatePicker fin = date("champ-fin");
    private final TextField duree = champ("champ-duree");
    private final CheckBox renouvellement = new CheckBox("Renouvellement");
    private final TextField accueil = champ("champ-accueil");
    private final TextField siretAccueil = champ("champ-siret-accueil");
    private final TextField tuteur = champ("champ-tuteur");
    /** Chosen from the directory's prescribers, or typed freely. */
    private final ComboBox<String> prescripteur = new ComboBox<>();
    private final TextField cout = champ("champ-cout");
    private final TextField financement = champ("champ-financement");
    private final TextArea avis = new TextArea();
    private final Map<AccordMedical, CheckBox> accords = new EnumMap<>(AccordMedical.class);
    private final Label regles = new Label();
    private final Label problemes = new Label();

    public FormulaireDemande(Services services, ExecuteurTaches executeur, UUID situationId, Demande existante) {
        this.situationId = situationId;
        this.id = existante == null ? UUID.randomUUID() : existante.id();
        this.version = existante == null ? 0 : existante.version();
        setTitle(existante == null ? "Nouvelle demande" : "Demande");
        setHeaderText("Demande d'autorisation d'une mesure pendant l'arrêt de travail");
        mesure.setId("champ-mesure");
        mesure.getItems().setAll(TypeMesure.values());
        mesure.setConverter(new StringConverter<>() {
            @Override
            public String toString(TypeMesure m) {
                return m == null ? "" : Tableaux.texte(m);
            }

            @Override
            public TypeMesure fromString(String s) {
                return null;
            }
        });
        prescripteur.setId("champ-prescripteur");
        prescripteur.setEditable(true);
        prescripteur.setPromptText("choisi dans l'annuaire ou saisi");
        executeur.executer(() -> services.gererAnnuaire().actives(PRESCRIPTEURS).stream().map(Organisation::nom)
                .distinct().toList(), noms -> prescripteur.getItems().setAll(noms), e -> { });
        renouvellement.setId("champ-renouvellement");
        avis.setId("champ-avis");
        avis.setPrefRowCount(3);
        regles.setId("regles-demande");
        regles.setWrapText(true);
        regles.setMinHeight(Region.USE_PREF_SIZE);
        problemes.setId("problemes-demande");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.setMinHeight(Region.USE_PREF_SIZE);
        dateDemande.setValue(services.horloge().aujourdhui());
        remplir(existante);
        // the rules may be long: the form scrolls, the problems and the buttons stay in view
        javafx.scene.control.ScrollPane defilement = new javafx.scene.control.ScrollPane(contenu());
        defilement.setFitToWidth(true);
        VBox.setVgrow(defilement, javafx.scene.layout.Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, defilement, problemes));
        Formulaires.tenirDansLEcran(getDialogPane(), 900, 720);
        getDialogPane().getStylesheets().add(
                FormulaireDemande.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Enregistrer", "enregistrer-demande", "Annuler", () -> {
            enregistrer(services, executeur);
        });
        setResultConverter(b -> null);
        Runnable verifier = () -> verifier(services, executeur);
        List.of(libelleAutre, duree, cout).forEach(c -> c.textProperty().addListener((o, a, b) -> verifier.run()));
        List.of(dateDemande, debut, fin).forEach(d -> d.valueProperty().addListener((o, a, b) -> verifier.run()));
        mesure.valueProperty().addListener((o, a, b) -> verifier.run());
        renouvellement.selectedProperty().addListener((o, a, b) -> verifier.run());
        accords.values().forEach(c -> c.selectedProperty().addListener((o, a, b) -> verifier.run()));
        verifier.run();
    }

    private VBox contenu() {
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        Formulaires.ligne(grille, 0, "Mesure *", mesure, "Autre action (nom)", libelleAutre);
        Formulaires.ligne(grille, 1, "Date de la demande", dateDemande, "", renouvellement);
        Formulaires.ligne(grille, 2, "Début", debut, "Fin", fin);
        Formulaires.ligne(grille, 3, "Durée (unité de la mesure)", duree, "Coût (€)", cout);
        Formulaires.ligne(grille, 4, "Entreprise ou organisme d'accueil", accueil, "SIRET", siretAccueil);
        Formulaires.ligne(grille, 5, "Tuteur", tuteur, "Prescripteur", prescripteur);
        grille.addRow(6, Formulaires.libelle("Financement", financement), financement);
        FlowPane obtenus = new FlowPane(12, 6);
        for (AccordMedical accord : AccordMedical.values()) {
            CheckBox coche = accords.get(accord);
            obtenus.getChildren().add(coche);
        }
        Label titreRegles = new Label("Règles de la mesure");
        titreRegles.getStyleClass().add("sous-titre");
        return new VBox(10, grille, new Label("Accords obtenus"), obtenus,
                Formulaires.libelle("Avis technique", avis), avis, titreRegles, regles);
    }

    private void remplir(Demande d) {
        for (AccordMedical accord : AccordMedical.values()) {
            CheckBox coche = new CheckBox(accord.libelle());
            coche.setId("champ-accord-" + accord.name());
            coche.setSelected(d != null && d.accordsObtenus().contains(accord));
            accords.put(accord, coche);
        }
        if (d == null) {
            return;
        }
        mesure.setValue(d.mesure());
        libelleAutre.setText(d.libelleAutre());
        dateDemande.setValue(d.dateDemande());
        debut.setValue(d.dateDebut());
        fin.setValue(d.dateFin());
        duree.setText(d.duree() == null ? "" : d.duree().toString());
        renouvellement.setSelected(d.renouvellement());
        accueil.setText(d.entrepriseAccueil() == null ? "" : d.entrepriseAccueil().nom());
        siretAccueil.setText(d.entrepriseAccueil() == null || d.entrepriseAccueil().siret() == null ? ""
                : d.entrepriseAccueil().siret().valeur());
        tuteur.setText(d.tuteur());
        prescripteur.getEditor().setText(d.prescripteur());
        cout.setText(fr.cellulepdp.model.commun.Nombres.montantSaisi(d.cout()));
        financement.setText(d.financement());
        avis.setText(d.avisTechnique());
    }

    /** The request as typed; the problems of the typing itself (not of the rules) are thrown, in French. */
    Demande demande() {
        List<Probleme> saisie = new java.util.ArrayList<>();
        if (mesure.getValue() == null) {
            saisie.add(new Probleme("mesure", "choisissez la mesure demandée."));
        }
        Integer jours = null;
        if (!duree.getText().isBlank()) {
            try {
                jours = Integer.valueOf(duree.getText().strip());
            } catch (NumberFormatException e) {
                saisie.add(new Probleme("durée", "« " + duree.getText().strip() + " » n'est pas un nombre entier."));
            }
        }
        BigDecimal montant = null;
        try {
            montant = Champs.montant(cout);
        } catch (NumberFormatException e) {
            saisie.add(new Probleme("coût", "« " + cout.getText().strip() + " » n'est pas un montant."));
        }
        String siret = siretAccueil.getText().strip();
        if (!siret.isEmpty() && Siret.verifier(siret) != null) {
            saisie.add(new Probleme("SIRET", Siret.verifier(siret)));
        }
        if (dateDemande.getValue() == null) {
            saisie.add(new Probleme("date de la demande", "la date de la demande est obligatoire."));
        }
        if (!saisie.isEmpty()) {
            throw new SaisieInvalideException(saisie);
        }
        Entreprise entreprise = accueil.getText().isBlank() && siret.isEmpty() ? null
                : new Entreprise(accueil.getText(), siret.isEmpty() ? null : Siret.de(siret));
        return new Demande(id, version, situationId, mesure.getValue(), libelleAutre.getText(), dateDemande.getValue(),
                entreprise, tuteur.getText(), prescripteur.getEditor().getText().strip(), debut.getValue(),
                fin.getValue(), jours, renouvellement.isSelected(), montant, financement.getText(), avis.getText(),
                accords.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()),
                StatutDemande.A_ETUDIER);
    }

    private void verifier(Services services, ExecuteurTaches executeur) {
        Demande demande;
        try {
            demande = demande();
        } catch (SaisieInvalideException e) {
            regles.setText(MessagesErreur.puces(e.problemes()));
            return;
        }
        executeur.executer(() -> services.gererDemandes().verifier(services.utilisateur(), demande),
                resultat -> regles.setText(resultat.isEmpty() ? "✓ Conforme aux règles du catalogue des mesures."
                        : "À savoir avant de décider (un accord devra être motivé par une dérogation) :\n"
                                + MessagesErreur.puces(resultat)),
                exception -> regles.setText(MessagesErreur.pourUtilisateur(exception)));
    }

    private void enregistrer(Services services, ExecuteurTaches executeur) {
        Demande demande;
        try {
            demande = demande();
        } catch (SaisieInvalideException e) {
            problemes.setText(MessagesErreur.refus("Enregistrement refusé", e));
            return;
        }
        executeur.executer(() -> services.gererDemandes().enregistrer(services.utilisateur(), demande), enregistree -> {
            setResult(enregistree);
            close();
        }, exception -> problemes.setText(MessagesErreur.refus("Enregistrement refusé", exception)));
    }


    private static TextField champ(String id) {
        return Champs.texte(id, 16);
    }

    private static DatePicker date(String id) {
        return Champs.date(id);
    }
}
