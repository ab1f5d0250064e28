package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.SecretStatistique;
import java.nio.charset.StandardCharsets;

/**
 * Use case: the cell's facts for a period as an anonymous export for a regional or national consolidation — counts
 * only, after small-count suppression, signed with the coordinatrice's own Ed25519 key (the one that signs her audit
 * entries, decision 0025), whose public half and fingerprint travel in the file.
 */
public final class ExporterBilan {

    private final StockageConsolidation stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ExporterBilan(StockageConsolidation stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The export file's bytes. */
    public byte[] exporter(Periode periode) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "export", "exporte les chiffres de la cellule pour une consolidation");
        String cle = stockage.clesSignature().find(acteur.identifiant()).map(c -> c.clePublique())
                .filter(c -> stockage.clesDeSession().ouverte(acteur.identifiant()))
                .orElseThrow(() -> new SaisieInvalideException("export", "votre clé de signature n'est pas ouverte : "
                        + "reconnectez-vous avec votre mot de passe pour signer l'export."));
        var faits = new CalculerIndicateurs(stockage, () -> acteur).calculer(periode).bilan().actuels();
        ExportBilan export = new ExportBilan(stockage.cellules().renseignee().nom(), periode, DefinitionsBilan.VERSION,
                SecretStatistique.masquer(faits), cle, FormatExport.empreinte(cle));
        String texte = FormatExport.ecrire(export, corps -> stockage.clesDeSession()
                .signer(acteur.identifiant(), corps).orElseThrow());
        new Audit(stockage, horloge).noter(acteur, "EXPORT_BILAN", "Cellule", null,
                "période " + periode.du() + " – " + periode.au() + " ; empreinte de la clé " + export.empreinteCle());
        return texte.getBytes(StandardCharsets.UTF_8);
    }
}
