package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/**
 * The cell itself: its identity on letters and minutes, its signatory and its settings, among which whether its
 * coordinatrice reads the medical opinion written on the files (DESIGN.md §2: only if the cell allows it).
 *
 * <p>{@code signataireNom} holds the signatory's surname (or, in a cell set up before the first name had a field of
 * its own, the whole name); {@link #signataire()} is the name to print. {@code villeSignature} is the town of
 * « Nevers, le … » on letters, the cell's own town when empty. {@code recoursSurAjournement}: the cell has decided
 * that its adjournment letters give the appeal route, as a refusal's do (decision 0033); off, they say an
 * adjournment cannot be appealed.
 */
public record Cellule(UUID id, long version, String nom, String cpam, Adresse adresse, String telephone,
                      String email, String signataireNom, String signataireFonction, RegleQuorum quorum,
                      int conservationAnnees, int verrouillageMinutes, String certificatSignature, String logo,
                      boolean coordinatriceLitAvisMedical, String signatairePrenom, String signataireDelegation,
                      String villeSignature, boolean recoursSurAjournement)
        implements Versionne {

    /** Retention of inactive files and lock after inactivity of a new cell (Paramètres changes them). */
    public static final int CONSERVATION_PAR_DEFAUT = 2;
    public static final int VERROUILLAGE_PAR_DEFAUT = 10;

    public Cellule {
        Objects.requireNonNull(id, "id");
        nom = Textes.nonNul(nom);
        cpam = Textes.nonNul(cpam);
        adresse = adresse == null ? Adresse.VIDE : adresse;
        telephone = Textes.nonNul(telephone);
        email = Textes.nonNul(email);
        signataireNom = Textes.nonNul(signataireNom);
        signataireFonction = Textes.nonNul(signataireFonction);
        quorum = quorum == null ? RegleQuorum.PAR_DEFAUT : quorum;
        certificatSignature = Textes.nonNul(certificatSignature);
        logo = Textes.nonNul(logo);
        signatairePrenom = Textes.nonNul(signatairePrenom);
        signataireDelegation = Textes.nonNul(signataireDelegation);
        villeSignature = Textes.nonNul(villeSignature);
    }

    /** A cell whose adjournment letters say they cannot be appealed (the default). */
    public Cellule(UUID id, long version, String nom, String cpam, Adresse adresse, String telephone, String email,
                   String signataireNom, String signataireFonction, RegleQuorum quorum, int conservationAnnees,
                   int verrouillageMinutes, String certificatSignature, String logo,
                   boolean coordinatriceLitAvisMedical, String signatairePrenom, String signataireDelegation,
                   String villeSignature) {
        this(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction, quorum,
                conservationAnnees, verrouillageMinutes, certificatSignature, logo, coordinatriceLitAvisMedical,
                signatairePrenom, signataireDelegation, villeSignature, false);
    }

    /** A new cell with its identity and the default settings. */
    public static Cellule nouvelle(FicheCellule fiche) {
        return new Cellule(UUID.randomUUID(), 0, "", "", null, "", "", "", "", RegleQuorum.PAR_DEFAUT,
                CONSERVATION_PAR_DEFAUT, VERROUILLAGE_PAR_DEFAUT, "", "", false, "", "", "", false).avecIdentite(fiche);
    }

    /** The identity typed in the cell's form, its settings kept. */
    public Cellule avecIdentite(FicheCellule f) {
        return new Cellule(id, version, f.nom(), f.cpam(), f.adresse(), f.telephone(), f.email(), f.signataireNom(),
                f.signataireFonction(), quorum, conservationAnnees, verrouillageMinutes, certificatSignature, logo,
                coordinatriceLitAvisMedical, f.signatairePrenom(), f.signataireDelegation(), f.villeSignature(),
                recoursSurAjournement);
    }

    /** The identity as the form shows it. */
    public FicheCellule fiche() {
        return new FicheCellule(nom, cpam, adresse, telephone, email, villeSignature, signatairePrenom, signataireNom,
                signataireFonction, signataireDelegation);
    }

    public Cellule avecQuorum(RegleQuorum regle) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction, regle,
                conservationAnnees, verrouillageMinutes, certificatSignature, logo, coordinatriceLitAvisMedical,
                signatairePrenom, signataireDelegation, villeSignature, recoursSurAjournement);
    }

    /** The signatory's PKCS#12 file (its path on this computer; its password is never stored). */
    public Cellule avecCertificat(String chemin) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, conservationAnnees, verrouillageMinutes, chemin, logo, coordinatriceLitAvisMedical,
                signatairePrenom, signataireDelegation, villeSignature, recoursSurAjournement);
    }

    /** The letterhead's logo (its path on this computer). */
    public Cellule avecLogo(String chemin) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, conservationAnnees, verrouillageMinutes, certificatSignature, chemin,
                coordinatriceLitAvisMedical, signatairePrenom, signataireDelegation, villeSignature,
                recoursSurAjournement);
    }

    /** The data-protection settings: retention in years, lock after inactivity in minutes, medical opinion. */
    public Cellule avecProtection(int annees, int minutes, boolean coordinatriceLitAvis) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, annees, minutes, certificatSignature, logo, coordinatriceLitAvis, signatairePrenom,
                signataireDelegation, villeSignature, recoursSurAjournement);
    }

    /** Whether the adjournment letters give the appeal route (the cell's choice, Paramètres › Courriers). */
    public Cellule avecRecoursSurAjournement(boolean recours) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, conservationAnnees, verrouillageMinutes, certificatSignature, logo,
                coordinatriceLitAvisMedical, signatairePrenom, signataireDelegation, villeSignature, recours);
    }

    /** The signatory's name as letters and signature frames print it. */
    public String signataire() {
        return (signatairePrenom + " " + signataireNom).strip();
    }

    /** The town of « Nevers, le … »: the one chosen, or the cell's own. */
    public String villeDesCourriers() {
        return villeSignature.isEmpty() ? adresse.ville() : villeSignature;
    }

    /** Whether {@code role} reads the medical opinion of the files: the medical référents; the coordinatrice if allowed. */
    public boolean litAvisMedical(Role role) {
        return role.litAvisMedical() || role == Role.COORDINATRICE && coordinatriceLitAvisMedical;
    }
}
