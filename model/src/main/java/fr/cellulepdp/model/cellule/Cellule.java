package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/**
 * The cell itself: its identity on letters and minutes, its signatory and its settings, among which whether its
 * coordinatrice reads the medical opinion written on the files (DESIGN.md §2: only if the cell allows it).
 */
public record Cellule(UUID id, long version, String nom, String cpam, Adresse adresse, String telephone,
                      String email, String signataireNom, String signataireFonction, RegleQuorum quorum,
                      int conservationAnnees, int verrouillageMinutes, String certificatSignature, String logo,
                      boolean coordinatriceLitAvisMedical)
        implements Versionne {

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
    }

    public Cellule avecQuorum(RegleQuorum regle) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction, regle,
                conservationAnnees, verrouillageMinutes, certificatSignature, logo, coordinatriceLitAvisMedical);
    }

    /** The signatory's PKCS#12 file (its path on this computer; its password is never stored). */
    public Cellule avecCertificat(String chemin) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, conservationAnnees, verrouillageMinutes, chemin, logo, coordinatriceLitAvisMedical);
    }

    /** The letterhead's logo (its path on this computer). */
    public Cellule avecLogo(String chemin) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, conservationAnnees, verrouillageMinutes, certificatSignature, chemin, coordinatriceLitAvisMedical);
    }

    /** The data-protection settings: retention in years, lock after inactivity in minutes, medical opinion. */
    public Cellule avecProtection(int annees, int minutes, boolean coordinatriceLitAvis) {
        return new Cellule(id, version, nom, cpam, adresse, telephone, email, signataireNom, signataireFonction,
                quorum, annees, minutes, certificatSignature, logo, coordinatriceLitAvis);
    }

    /** Whether {@code role} reads the medical opinion of the files: the medical référents; the coordinatrice if allowed. */
    public boolean litAvisMedical(Role role) {
        return role.litAvisMedical() || role == Role.COORDINATRICE && coordinatriceLitAvisMedical;
    }
}
