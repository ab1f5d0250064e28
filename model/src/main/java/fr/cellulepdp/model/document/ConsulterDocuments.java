package fr.cellulepdp.model.document;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.cellule.Partenaire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Use case: the documents of each meeting (agenda, minutes, extract, letters and copies, letters to post) as the
 * archive holds them, the most recent meeting first, and the file or folder to open. A partner sees, and opens, only
 * the pseudonymised agenda and extract; the folders and the other files name people.
 */
public final class ConsulterDocuments {

    private final StockageDocuments stockage;
    private final RayonDocuments rayon;
    private final UtilisateurCourant utilisateurCourant;

    public ConsulterDocuments(StockageDocuments stockage, RayonDocuments rayon,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.rayon = rayon;
        this.utilisateurCourant = utilisateurCourant;
    }

    public List<DocumentSeance> lister() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return stockage.seances().findAll().stream()
                .flatMap(s -> rayon.fichiers(s.numero()).stream()
                        .map(f -> new DocumentSeance(s.id(), s.numero(), s.date(), TypeDocument.du(f.nom()), f.nom(),
                                f.taille(), f.modifie())))
                .filter(d -> peutVoir(acteur, d.nom()))
                .sorted(Comparator.comparing(DocumentSeance::dateSeance).reversed()
                        .thenComparing(DocumentSeance::numeroSeance, Comparator.reverseOrder())
                        .thenComparing(DocumentSeance::type).thenComparing(DocumentSeance::nom))
                .toList();
    }

    /**
     * The file to open, checked: the meeting exists, the name stays in its folder, the user may read it.
     *
     * @throws SaisieInvalideException when the user may not, or the file is no longer there
     */
    public Path fichier(DocumentSeance document) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        if (!peutVoir(acteur, document.nom())) {
            throw new SaisieInvalideException("document", "un partenaire reçoit l'ordre du jour et l'extrait du "
                    + "procès-verbal pseudonymisés, pas les autres documents de la séance.");
        }
        Path dossier = dossierConnu(document.numeroSeance());
        Path fichier = dossier.resolve(document.nom()).normalize();
        if (!fichier.startsWith(dossier) || !Files.isRegularFile(fichier)) {
            throw new SaisieInvalideException("document", "« " + document.nom() + " » n'est plus dans le dossier de "
                    + "la séance n° " + document.numeroSeance() + " : actualisez la liste.");
        }
        return fichier;
    }

    /** The meeting's folder, for the coordinatrice and the members (a partner has no folder to browse). */
    public Path dossier(int numeroSeance) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        if (!acteur.role().estInterne()) {
            throw new SaisieInvalideException("document", "le dossier d'une séance contient des documents "
                    + "nominatifs : un partenaire n'y a pas accès.");
        }
        Path dossier = dossierConnu(numeroSeance);
        if (!Files.isDirectory(dossier)) {
            throw new SaisieInvalideException("document", "la séance n° " + numeroSeance + " n'a pas encore de "
                    + "documents.");
        }
        return dossier;
    }

    private Path dossierConnu(int numeroSeance) {
        if (stockage.seances().findAll().stream().noneMatch(s -> s.numero() == numeroSeance)) {
            throw new SaisieInvalideException("document", "aucune séance n° " + numeroSeance + ".");
        }
        return rayon.dossier(numeroSeance).toAbsolutePath().normalize();
    }

    /**
     * A member sees everything; a partner the common partners' versions (what every convoked type may see) and his
     * own type's, never the version made for another type, which lists files his person's consent does not cover.
     */
    private boolean peutVoir(Utilisateur acteur, String nom) {
        if (acteur.role().estInterne()) {
            return true;
        }
        if (!TypeDocument.du(nom).pourPartenaires()) {
            return false;
        }
        if (nom.equals(ExtraitsPartenaires.ORDRE_DU_JOUR) || nom.equals(ExtraitsPartenaires.PROCES_VERBAL)) {
            return true;
        }
        Partenaire type = acteur.membreId() == null ? null : stockage.membres().find(acteur.membreId())
                .map(Membre::partenaire).orElse(null);
        return type != null && (nom.equals(ExtraitsPartenaires.ordreDuJour(type))
                || nom.equals(ExtraitsPartenaires.procesVerbal(type)));
    }
}
