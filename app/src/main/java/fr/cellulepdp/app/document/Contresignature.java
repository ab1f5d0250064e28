package fr.cellulepdp.app.document;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.document.SignatureDocuments;
import fr.cellulepdp.reports.signature.Titulaire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

/**
 * Signs a document already written in its next free frame (the secretary after the chair), in place, by the member
 * logged in: the frame must name that member and the certificate must be issued to them (its CN). The file is
 * replaced atomically, its line in the folder's SHA256SUMS brought up to date, and the audit trail says who signed
 * which file with which certificate. A refusal leaves the file as it was.
 */
public final class Contresignature {

    private final SignatureDocuments signature;
    private final GererMembres membres;
    private final Audit audit;
    private final HorodatageDiffere differe;
    private final UtilisateurCourant utilisateurCourant;

    /**
     * @param membres where the member logged in is found (her name must be the frame's and the certificate's)
     * @param audit the trail the signature is noted on
     * @param differe where a signature made without its time-stamp (offline) waits for one
     */
    public Contresignature(SignatureDocuments signature, GererMembres membres, Audit audit,
                           HorodatageDiffere differe, UtilisateurCourant utilisateurCourant) {
        this.signature = signature;
        this.membres = membres;
        this.audit = audit;
        this.differe = differe;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The right to sign, for a caller to check before it reads the certificate's file (a partner may not). */
    public void autoriser() {
        Droits.interne(utilisateurCourant.utilisateur(), "signature");
    }

    /** @return the frame signed (whose name is the signatory the document expected there) */
    public EmplacementSignature signer(Path fichier, byte[] pkcs12, char[] motDePasse) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "signature");
        Membre membre = membres.lister().stream().filter(m -> m.id().equals(acteur.membreId()))
                .findFirst().orElseThrow(() -> new SaisieInvalideException("--user", "le compte « "
                        + acteur.identifiant() + " » n'est rattaché à aucun membre de la cellule : il ne peut pas "
                        + "signer."));
        try {
            byte[] pdf = Files.readAllBytes(fichier);
            List<EmplacementSignature> libres = signature.emplacementsLibres(pdf);
            if (libres.isEmpty()) {
                throw new SaisieInvalideException("document", "« " + fichier.getFileName()
                        + " » n'a plus de cadre de signature libre : il est déjà signé par tous.");
            }
            EmplacementSignature cadre = libres.get(0);
            if (!memePersonne(cadre.signataire(), membre.nomComplet())) {
                throw new SaisieInvalideException("signataire", "le cadre suivant de « " + fichier.getFileName()
                        + " » attend la signature de " + cadre.signataire() + " : " + membre.nomComplet()
                        + " ne peut pas signer à sa place.");
            }
            String titulaire = titulaire(pkcs12, motDePasse).nom();
            if (!memePersonne(titulaire, membre.nomComplet())) {
                throw new SaisieInvalideException("--certificat", "ce certificat est celui de " + titulaire
                        + ", pas de " + membre.nomComplet() + " : chacun signe avec son propre certificat.");
            }
            byte[] signe = signature.signer(pdf, cadre, new CertificatSignature(pkcs12, motDePasse,
                    membre.nomComplet(), membre.fonction()));
            DossierDocuments.remplacer(fichier, signe);
            differe.noterSiNecessaire(List.of(fichier));
            audit.noter(acteur, "DOCUMENT_CONTRESIGNE", "Document", null,
                    fichier.getFileName() + " signé dans le cadre de " + cadre.signataire()
                    + " avec le certificat de " + titulaire + " ; SHA-256 " + Empreintes.sha256(signe));
            return cadre;
        } catch (IOException e) {
            throw new UncheckedIOException("signature du document impossible : " + e.getMessage(), e);
        }
    }

    /** Who the certificate names (CN, and its title if any), which the signature validators show as the signer. */
    static Titulaire titulaire(byte[] pkcs12, char[] motDePasse) {
        try {
            KeyStore magasin = KeyStore.getInstance("PKCS12");
            magasin.load(new ByteArrayInputStream(pkcs12), motDePasse);
            for (String alias : Collections.list(magasin.aliases())) {
                if (magasin.isKeyEntry(alias) && magasin.getCertificate(alias) instanceof X509Certificate x509) {
                    Titulaire titulaire = Titulaire.de(x509, "");
                    if (titulaire.nom().isEmpty()) {
                        break;
                    }
                    return titulaire;
                }
            }
            throw new SaisieInvalideException("--certificat", "le certificat ne nomme pas son titulaire (CN).");
        } catch (GeneralSecurityException | IOException e) {
            throw new SaisieInvalideException("--certificat", "certificat illisible ou mot de passe erroné.");
        }
    }

    /** The same person's name, whatever the case and accents (« Hélène Martinel » and « HELENE MARTINEL »). */
    private static boolean memePersonne(String un, String autre) {
        return Textes.pourRecherche(un).replaceAll("\\s+", " ").equals(Textes.pourRecherche(autre)
                .replaceAll("\\s+", " "));
    }
}
