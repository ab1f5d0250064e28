package fr.cellulepdp.app.cellule;

import static fr.cellulepdp.model.cellule.ParametrerCellule.ADRESSE;
import static fr.cellulepdp.model.cellule.ParametrerCellule.CODE_POSTAL;
import static fr.cellulepdp.model.cellule.ParametrerCellule.CPAM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.EMAIL;
import static fr.cellulepdp.model.cellule.ParametrerCellule.NOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_DELEGATION;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_FONCTION;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_NOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_PRENOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.TELEPHONE;
import static fr.cellulepdp.model.cellule.ParametrerCellule.VILLE;
import static fr.cellulepdp.model.cellule.ParametrerCellule.VILLE_SIGNATURE;

import fr.cellulepdp.app.document.CertificatsPublics;
import fr.cellulepdp.app.ui.ModeleFormulaire;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.cellule.ParametrerDocuments;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.FicheCellule;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import fr.cellulepdp.reports.typographie.TypographieFrancaise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * View model of the cell's form (the set-up's first step and Paramètres › Cellule): identity, address, contact, the
 * town of the letters and the signatory, checked as typed with {@link ParametrerCellule#verifier}; and the files the
 * documents use, the letterhead's logo and the signing certificate, chosen once the cell exists.
 *
 * <p>Saving is refused, with every problem and nothing saved, while the form has problems; the use case refuses it
 * too when someone else changed the cell's identity since it was read (settings changed meanwhile — the quorum, the
 * logo — are no conflict: the identity saved keeps them).
 */
public final class ModeleCellule extends ModeleFormulaire {

    private final Horloge horloge;
    private final ParametrerCellule parametrerCellule;
    private final ParametrerDocuments parametrerDocuments;
    private final Path dossierDonnees;
    private final ExecuteurTaches executeur;
    private final StringProperty nom = texte(NOM);
    private final StringProperty cpam = texte(CPAM);
    private final StringProperty adresse1 = texte(ADRESSE);
    private final StringProperty adresse2 = texte(ADRESSE);
    private final StringProperty codePostal = texte(CODE_POSTAL);
    private final StringProperty ville = texte(VILLE);
    private final StringProperty telephone = texte(TELEPHONE);
    private final StringProperty email = texte(EMAIL);
    private final StringProperty villeSignature = texte(VILLE_SIGNATURE);
    private final StringProperty signatairePrenom = texte(SIGNATAIRE_PRENOM);
    private final StringProperty signataireNom = texte(SIGNATAIRE_NOM);
    private final StringProperty signataireFonction = texte(SIGNATAIRE_FONCTION);
    private final StringProperty signataireDelegation = texte(SIGNATAIRE_DELEGATION);
    private final ReadOnlyBooleanWrapper renseignee = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper logo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certificat = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper etatDocuments = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper apercu = new ReadOnlyStringWrapper("");
    /** The identity the form was filled from, and its version (none, 0: the cell is to be created). */
    private FicheCellule lue;
    private long versionLue;

    public ModeleCellule(Horloge horloge, ParametrerCellule parametrerCellule, ParametrerDocuments parametrerDocuments,
            Path dossierDonnees, ExecuteurTaches executeur) {
        this.horloge = horloge;
        this.parametrerCellule = parametrerCellule;
        this.parametrerDocuments = parametrerDocuments;
        this.dossierDonnees = dossierDonnees;
        this.executeur = executeur;
        for (StringProperty champ : List.of(ville, villeSignature, signatairePrenom, signataireNom,
                signataireFonction, signataireDelegation)) {
            champ.addListener((o, avant, apres) -> apercu.set(apercu()));
        }
        apercu.set(apercu());
    }

    /** The end of a letter as it will print: « Nevers, le … », the delegation line, the signatory. */
    private String apercu() {
        FicheCellule f = fiche();
        String villeLettres = f.villeSignature().isEmpty() ? f.adresse().ville() : f.villeSignature();
        String signataire = (f.signatairePrenom() + " " + f.signataireNom()).strip();
        return String.join("\n", java.util.stream.Stream.of(
                        (villeLettres.isEmpty() ? "…" : villeLettres) + ", le "
                                + TypographieFrancaise.date(horloge.aujourdhui()),
                        f.signataireDelegation(), signataire, f.signataireFonction())
                .filter(ligne -> !ligne.isEmpty()).toList());
    }

    @Override
    protected List<Probleme> verifierSaisie() {
        return ParametrerCellule.verifier(fiche());
    }

    /** The identity as typed. */
    public FicheCellule fiche() {
        return new FicheCellule(nom.get().strip(), cpam.get().strip(), new Adresse(adresse1.get().strip(),
                adresse2.get().strip(), codePostal.get().strip(), ville.get().strip()), telephone.get().strip(),
                email.get().strip(), villeSignature.get().strip(), signatairePrenom.get().strip(),
                signataireNom.get().strip(), signataireFonction.get().strip(), signataireDelegation.get().strip());
    }

    /** Reads the cell (if it is set up) and fills the form with it; what was typed is replaced. */
    public void charger() {
        executeur.executer(() -> parametrerCellule.lire(), this::afficher, this::echec);
    }

    private void afficher(Optional<Cellule> cellule) {
        lue = cellule.map(Cellule::fiche).orElse(null);
        versionLue = cellule.map(Cellule::version).orElse(0L);
        FicheCellule f = cellule.map(Cellule::fiche).orElse(new FicheCellule("", "", null, "", "", "", "", "", "",
                ""));
        remplir(() -> {
            nom.set(f.nom());
            cpam.set(f.cpam());
            adresse1.set(f.adresse().ligne1());
            adresse2.set(f.adresse().ligne2());
            codePostal.set(f.adresse().codePostal());
            ville.set(f.adresse().ville());
            telephone.set(f.telephone());
            email.set(f.email());
            villeSignature.set(f.villeSignature());
            signatairePrenom.set(f.signatairePrenom());
            signataireNom.set(f.signataireNom());
            signataireFonction.set(f.signataireFonction());
            signataireDelegation.set(f.signataireDelegation());
        });
        afficherDocuments(cellule);
    }

    private void afficherDocuments(Optional<Cellule> cellule) {
        renseignee.set(cellule.isPresent());
        logo.set(cellule.map(Cellule::logo).filter(c -> !c.isEmpty()).orElse("aucun"));
        certificat.set(cellule.map(Cellule::certificatSignature).filter(c -> !c.isEmpty()).orElse("aucun"));
    }

    /** Creates the cell or changes its identity; refused with every problem, and nothing saved, while any remains. */
    public void enregistrer() {
        if (refuserSiInvalide("Enregistrement refusé")) {
            return;
        }
        FicheCellule fiche = fiche();
        FicheCellule depuis = lue;
        long version = versionLue;
        boolean creation = lue == null;
        executeur.executer(() -> {
            // the version of now when nobody changed the identity since it was read (a quorum or a logo saved
            // meanwhile is kept as it is): only a change of the identity itself is a conflict
            long versionActuelle = parametrerCellule.lire().filter(c -> c.fiche().equals(depuis))
                    .map(Cellule::version).orElse(version);
            return parametrerCellule.enregistrer(fiche, versionActuelle);
        }, cellule -> {
            afficher(Optional.of(cellule));
            reussi(creation ? "Cellule enregistrée. Vous pouvez maintenant choisir le logo et le certificat."
                    : "Cellule enregistrée.");
        }, e -> refuse("Enregistrement refusé", e));
    }

    /** The letterhead's logo, a PNG or JPEG file on this computer. */
    public void choisirLogo(Path fichier) {
        executeur.executer(() -> parametrerDocuments.choisirLogo(fichier.toAbsolutePath().toString()), c -> {
                    afficherDocuments(Optional.of(c));
                    etatDocuments.set("Logo choisi.");
                }, e -> etatDocuments.set(MessagesErreur.pourUtilisateur(e)));
    }

    /** The signatory's PKCS#12 file (its password is asked at each signing, never stored). */
    public void choisirCertificat(Path fichier) {
        executeur.executer(() -> parametrerDocuments.choisirCertificat(fichier.toAbsolutePath().toString()), c -> {
                    afficherDocuments(Optional.of(c));
                    etatDocuments.set("Certificat choisi.");
                }, e -> etatDocuments.set(MessagesErreur.pourUtilisateur(e)));
    }

    /**
     * A self-signed certificate for the signatory, written in the data folder with this password, to try signing
     * before the cell has a real one; then chosen.
     */
    public void creerCertificatDEssai(char[] motDePasse) {
        if (motDePasse.length < 4) {
            etatDocuments.set("Le mot de passe du certificat doit faire au moins 4 caractères.");
            return;
        }
        executeur.executer(() -> {
            Cellule cellule = parametrerDocuments.celluleACertifier();
            Path fichier = dossierDonnees.resolve("certificat-essai-signataire.p12");
            byte[] pkcs12 = CertificatAutoSigne.creer(cellule.signataire(), cellule.cpam(), motDePasse,
                    horloge.maintenant());
            Files.write(fichier, pkcs12);
            CertificatsPublics.garder(dossierDonnees, pkcs12, motDePasse);
            return parametrerDocuments.choisirCertificat(fichier.toAbsolutePath().toString());
        }, c -> {
            afficherDocuments(Optional.of(c));
            etatDocuments.set("Certificat d'essai créé et choisi (auto-signé : pour essayer la signature).");
        }, e -> etatDocuments.set(MessagesErreur.pourUtilisateur(e)));
    }

    public StringProperty nomProperty() {
        return nom;
    }

    public StringProperty cpamProperty() {
        return cpam;
    }

    public StringProperty adresse1Property() {
        return adresse1;
    }

    public StringProperty adresse2Property() {
        return adresse2;
    }

    public StringProperty codePostalProperty() {
        return codePostal;
    }

    public StringProperty villeProperty() {
        return ville;
    }

    public StringProperty telephoneProperty() {
        return telephone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty villeSignatureProperty() {
        return villeSignature;
    }

    public StringProperty signatairePrenomProperty() {
        return signatairePrenom;
    }

    public StringProperty signataireNomProperty() {
        return signataireNom;
    }

    public StringProperty signataireFonctionProperty() {
        return signataireFonction;
    }

    public StringProperty signataireDelegationProperty() {
        return signataireDelegation;
    }

    /** True once the cell exists: the logo and the certificate can then be chosen. */
    public ReadOnlyBooleanProperty renseigneeProperty() {
        return renseignee.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoProperty() {
        return logo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty certificatProperty() {
        return certificat.getReadOnlyProperty();
    }

    /** The letter's place and date, delegation line and signatory, as typed. */
    public ReadOnlyStringProperty apercuProperty() {
        return apercu.getReadOnlyProperty();
    }

    /** What the last choice of a logo or certificate gave. */
    public ReadOnlyStringProperty etatDocumentsProperty() {
        return etatDocuments.getReadOnlyProperty();
    }
}
