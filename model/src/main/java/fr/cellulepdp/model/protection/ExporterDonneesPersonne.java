package fr.cellulepdp.model.protection;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: the right of access (DESIGN.md §8). Everything the cell holds about one person — identity, each file
 * with its requests, decisions, follow-ups and letters, and the audit trail's entries about them — as one PDF/A
 * document, for the coordinatrice only. The export itself is recorded in the trail.
 */
public final class ExporterDonneesPersonne {

    private final StockageProtection stockage;
    private final Rendu rendu;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ExporterDonneesPersonne(StockageProtection stockage, Rendu rendu, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.rendu = rendu;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Port: lays the export out (the reports module). */
    @FunctionalInterface
    public interface Rendu {
        DocumentPdf donneesPersonne(DonneesPersonne donnees);
    }

    /** One file of the person, with everything attached to it. */
    public record Dossier(Situation situation, List<Demande> demandes, Map<UUID, List<Decision>> decisions,
                          List<Suivi> suivis, List<Notification> courriers) {
    }

    /** What the export holds. */
    public record DonneesPersonne(Cellule cellule, Assure assure, List<Dossier> dossiers, Map<UUID, Membre> membres,
                                  List<EvenementAudit> journal, LocalDate editeLe) {
    }

    public DocumentPdf exporter(UUID assureId) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "droit d'accès", "exporte les données d'une personne");
        Assure assure = stockage.assures().get(assureId);
        List<Dossier> dossiers = new ArrayList<>();
        Set<UUID> objets = new HashSet<>();
        for (Situation s : stockage.situations().findByAssure(assureId).stream()
                .sorted(Comparator.comparing(Situation::numeroDossier,
                        fr.cellulepdp.model.situation.OrdreNumerosDossier.CROISSANT)).toList()) {
            List<Demande> demandes = stockage.demandes().findBySituation(s.id()).stream()
                    .sorted(Comparator.comparing(Demande::dateDemande)).toList();
            Map<UUID, List<Decision>> decisions = new java.util.LinkedHashMap<>();
            List<Notification> courriers = new ArrayList<>();
            for (Demande d : demandes) {
                List<Decision> deLaDemande = stockage.decisions().findByDemande(d.id()).stream()
                        .sorted(Comparator.comparing(Decision::decideeLe)).toList();
                decisions.put(d.id(), deLaDemande);
                deLaDemande.forEach(x -> {
                    objets.add(x.id());
                    courriers.addAll(stockage.notifications().findByDecision(x.id()));
                });
                objets.add(d.id());
            }
            List<Suivi> suivis = stockage.suivis().findBySituation(s.id());
            suivis.forEach(x -> objets.add(x.id()));
            courriers.forEach(n -> objets.add(n.id()));
            objets.add(s.id());
            // the medical opinion in clear only for a session that holds the medical key
            String avis = new fr.cellulepdp.model.compte.CleMedicale(stockage).siLisible(s.avisMedical())
                    .orElse("(chiffré : lisible par les référents médicaux de la cellule seulement)");
            dossiers.add(new Dossier(s.avecAvisMedical(avis), demandes, decisions, suivis, courriers));
        }
        objets.add(assureId);
        List<EvenementAudit> journal = stockage.journalAudit().parObjets(objets);
        Map<UUID, Membre> membres = stockage.membres().findAll().stream()
                .collect(Collectors.toMap(Membre::id, Function.identity()));
        DocumentPdf pdf = rendu.donneesPersonne(new DonneesPersonne(stockage.cellules().renseignee(), assure,
                dossiers, membres, journal, horloge.aujourdhui()));
        new Audit(stockage, horloge).noter(acteur, "DROIT_ACCES", "Assure", assureId, dossiers.size()
                + " dossier(s) exporté(s)");
        return pdf;
    }
}
