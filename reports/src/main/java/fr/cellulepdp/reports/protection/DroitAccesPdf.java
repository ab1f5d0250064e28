package fr.cellulepdp.reports.protection;

import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.date;
import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne.DonneesPersonne;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne.Dossier;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import fr.cellulepdp.reports.typographie.TypographieFrancaise;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The right-of-access export: everything the cell holds about one person, file by file, then the audit trail's
 * entries about them. Addressed to the person: it shows their own medical opinion and notes too.
 */
public final class DroitAccesPdf {

    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DroitAccesPdf() {
    }

    public static DocumentPdf generer(DonneesPersonne d) {
        Assure a = d.assure();
        try (Composition page = new Composition()) {
            Redaction.enTete(page, d.cellule(), null);
            page.titre("Données détenues par la cellule PDP");
            page.paragraphe(t("Document établi le " + date(d.editeLe()) + " au titre du droit d'accès de la personne "
                    + "à ses données (article 15 du règlement général sur la protection des données)."),
                    Composition.Style.NORMAL);
            informationArticle15(page, d.cellule());
            page.sousTitre("La personne");
            page.tableau(List.of("Donnée", "Valeur"), new float[] {30, 70}, List.of(
                    List.of("Nom, prénom", a.nom().toUpperCase() + " " + a.prenom()),
                    List.of("NIR", a.nir().formate()),
                    List.of("Date de naissance", date(a.dateNaissance())),
                    List.of("Sexe", texte(a.sexe())),
                    List.of("Adresse", String.join(" ", a.adresse().ligne1(), a.adresse().ligne2(),
                            a.adresse().codePostal(), a.adresse().ville()).replaceAll("\\s+", " ").strip()),
                    List.of("Courriel, téléphone", String.join(" — ", a.email(), a.telephone())),
                    List.of("Statut", texte(a.statut())),
                    List.of("Employeur", a.employeur() == null ? "" : a.employeur().nom()
                            + (a.employeur().siret() == null ? "" : " (SIRET " + a.employeur().siret().valeur() + ")")),
                    List.of("Emploi", a.emploi()),
                    List.of("Handicap et aptitude", handicapEtAptitude(a.reconnaissances()))));
            for (Dossier dossier : d.dossiers()) {
                dossier(page, dossier, d);
            }
            page.sousTitre("Consultations et modifications enregistrées (journal d'audit)");
            List<List<String>> lignes = new ArrayList<>();
            for (EvenementAudit e : d.journal()) {
                lignes.add(List.of(HORODATAGE.format(e.horodatage().atZone(Horloge.FUSEAU_PARIS)), e.acteur(),
                        e.action(), e.typeObjet(), e.details()));
            }
            if (lignes.isEmpty()) {
                page.paragraphe("Aucune entrée.", Composition.Style.PETIT);
            } else {
                page.tableau(List.of("Quand", "Qui", "Action", "Objet", "Détails"), new float[] {16, 14, 18, 12, 40},
                        lignes);
            }
            String titre = "Données détenues par la cellule PDP — droit d'accès";
            return new DocumentPdf(page.terminer(new Metadonnees(titre, d.cellule().nom(),
                    "Export au titre du droit d'accès"), "Droit d'accès"), List.of());
        }
    }

    /** What article 15(1) of the GDPR entitles the person to know besides the data themselves. */
    private static void informationArticle15(Composition page, fr.cellulepdp.model.cellule.Cellule cellule) {
        page.sousTitre("Ce que la loi vous permet de savoir (article 15, paragraphe 1, du RGPD)");
        for (String ligne : List.of(
                "Finalité : vous accompagner dans la prévention de la désinsertion professionnelle pendant et après "
                        + "votre arrêt de travail (responsable du traitement : " + cellule.cpam() + ").",
                "Base légale : mission d'intérêt public de l'Assurance Maladie (article 6.1.e du RGPD) ; les données "
                        + "de santé sont traitées pour la prise en charge sanitaire et sociale (article 9.2.h).",
                "Catégories de données : identité et coordonnées, NIR, situation professionnelle, arrêt de travail, "
                        + "demandes et décisions, suivis, courriers, avis médical (vu du seul service médical).",
                "Destinataires : les membres de la cellule ; les partenaires que vous avez acceptés (service de "
                        + "prévention et de santé au travail, Cap Emploi, France Travail, employeur), pour la part "
                        + "qui les concerne ; aucun transfert hors de l'Union européenne.",
                "Durée de conservation : " + cellule.conservationAnnees() + " ans après la clôture du dossier, puis "
                        + "anonymisation.",
                "Source : la liste des arrêts de travail de l'Assurance Maladie, son service médical et son service "
                        + "social, vous-même et les partenaires qui ont signalé votre situation.",
                "Vos droits : rectification, effacement, limitation et opposition, auprès du délégué à la protection "
                        + "des données de votre caisse ; réclamation auprès de la CNIL (www.cnil.fr).",
                "Aucune décision n'est prise sur le seul fondement d'un traitement automatisé.")) {
            page.paragraphe(t("• " + ligne), Composition.Style.NORMAL);
        }
    }

    private static void dossier(Composition page, Dossier dossier, DonneesPersonne d) {
        Situation s = dossier.situation();
        page.sousTitre("Dossier " + s.numeroDossier());
        page.tableau(List.of("Donnée", "Valeur"), new float[] {30, 70}, List.of(
                List.of("Signalement", date(s.dateSignalement()) + " — " + texte(s.origine())),
                List.of("Risque", texte(s.risque())),
                List.of("Arrêt de travail", "du " + date(s.debutArret()) + " au " + date(s.finArretPrevue())),
                List.of("Consentement au partage", s.consentement().dateRecueil() == null ? "non recueilli"
                        : "recueilli le " + date(s.consentement().dateRecueil()) + " ("
                        + s.consentement().partenaires().stream().map(Libelle::libelle).sorted()
                        .collect(Collectors.joining(", ")) + ")"
                        + (s.consentement().dateRetrait() == null ? "" : ", retiré le "
                        + date(s.consentement().dateRetrait()))),
                List.of("Situation urgente / complexe", (s.urgent().leve() ? "urgente : " + s.urgent().motif() : "")
                        + (s.complexe().leve() ? " complexe : " + s.complexe().motif() : "")),
                List.of("Référent social", membre(d, s.referentSocialId())),
                List.of("Notes du service social", s.notesSociales()),
                List.of("Avis médical", s.avisMedical()),
                List.of("Statut", texte(s.statut()) + (s.issue() == null ? "" : " — " + texte(s.issue())
                        + " le " + date(s.dateCloture())))));
        for (Demande demande : dossier.demandes()) {
            page.paragraphe(t("Demande du " + date(demande.dateDemande()) + " : " + demande.libelleMesure() + " ("
                    + texte(demande.statut()) + ")"), Composition.Style.GRAS);
            page.paragraphe(t(String.join(" ; ", List.of(
                    demande.entrepriseAccueil() == null ? "" : "accueil : " + demande.entrepriseAccueil().nom(),
                    demande.tuteur().isEmpty() ? "" : "tuteur : " + demande.tuteur(),
                    demande.prescripteur().isEmpty() ? "" : "prescripteur : " + demande.prescripteur(),
                    demande.dateDebut() == null ? "" : "du " + date(demande.dateDebut()) + " au " + date(demande.dateFin()),
                    demande.cout() == null ? "" : "coût : " + TypographieFrancaise.montant(demande.cout()),
                    demande.avisTechnique().isEmpty() ? "" : "avis technique : " + demande.avisTechnique())
                    .stream().filter(x -> !x.isEmpty()).toList())), Composition.Style.NORMAL);
            for (Decision x : dossier.decisions().getOrDefault(demande.id(), List.of())) {
                page.paragraphe(t("• Décision du " + date(x.decideeLe().atZone(Horloge.FUSEAU_PARIS).toLocalDate())
                        + " : " + x.issue().libelle() + (x.estRectificatif() ? " (rectificatif)" : "")
                        + (x.motifs().isEmpty() ? "" : " — motifs : " + x.motifs())
                        + (x.conditions().isEmpty() ? "" : " — conditions : " + x.conditions())
                        + (Redaction.periode(x).isEmpty() ? "" : " — " + Redaction.periode(x))
                        + (x.elementsManquants().isEmpty() ? "" : " — éléments attendus : " + x.elementsManquants())),
                        Composition.Style.NORMAL);
            }
        }
        if (!dossier.suivis().isEmpty()) {
            List<List<String>> lignes = new ArrayList<>();
            for (Suivi suivi : dossier.suivis()) {
                lignes.add(List.of(suivi.action(), date(suivi.echeance()), date(suivi.realiseLe()), suivi.note()));
            }
            page.tableau(List.of("Suivi", "Échéance", "Réalisé le", "Note"), new float[] {35, 13, 13, 39}, lignes);
        }
        if (!dossier.courriers().isEmpty()) {
            List<List<String>> lignes = new ArrayList<>();
            for (Notification n : dossier.courriers()) {
                lignes.add(List.of(texte(n.destinataire()), texte(n.canal()), texte(n.statut()),
                        n.envoyeeLe() == null ? "" : HORODATAGE.format(n.envoyeeLe().atZone(Horloge.FUSEAU_PARIS)),
                        n.adresse()));
            }
            page.tableau(List.of("Courrier à", "Canal", "État", "Envoyé le", "Adresse"),
                    new float[] {20, 15, 18, 17, 30}, lignes);
        }
    }

    private static String membre(DonneesPersonne d, UUID id) {
        Membre m = id == null ? null : d.membres().get(id);
        return m == null ? "" : m.nomComplet();
    }

    private static String texte(Object valeur) {
        return valeur == null ? "" : valeur instanceof Libelle l ? Redaction.majuscule(l.libelle()) : valeur.toString();
    }

    /** The recognitions held on the person (RQTH, BOETH, what the occupational doctor stated), in a line. */
    private static String handicapEtAptitude(fr.cellulepdp.model.situation.Reconnaissances r) {
        List<String> parties = new ArrayList<>();
        if (r.rqthDebut() != null) {
            parties.add("RQTH du " + date(r.rqthDebut()) + (r.rqthFin() == null ? "" : " au " + date(r.rqthFin())));
        }
        if (r.boethDebut() != null) {
            parties.add("autre titre BOETH du " + date(r.boethDebut())
                    + (r.boethFin() == null ? "" : " au " + date(r.boethFin())));
        }
        if (r.inaptitude() != fr.cellulepdp.model.situation.Inaptitude.AUCUNE) {
            parties.add(texte(r.inaptitude()) + (r.dateInaptitude() == null ? "" : " le " + date(r.dateInaptitude())));
        }
        return parties.isEmpty() ? "rien d'enregistré" : String.join(" ; ", parties);
    }
}
