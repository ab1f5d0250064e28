package fr.cellulepdp.reports.seance;

import fr.cellulepdp.reports.redaction.BlocSignature;
import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The minutes (DESIGN.md §7): the meeting, chair and secretary, attendance by organisation and role, the quorum
 * statement, approval of the previous minutes, then each item with its decision, reasons, conditions and
 * follow-ups; urgent decisions ratified, rectificatifs, the next meeting, signatures, distribution and
 * confidentiality. Items are always referred to by file number and initials. The partners' extract leaves out
 * reasons, derogations and medical opinions.
 */
public final class ProcesVerbalPdf {

    private ProcesVerbalPdf() {
    }

    public static DocumentPdf generer(ContenuSeance contenu, boolean extrait) {
        return generer(contenu, extrait, null);
    }

    /** {@code type}: the extract made for that organisation type alone, which its title names. */
    public static DocumentPdf generer(ContenuSeance contenu, boolean extrait, fr.cellulepdp.model.cellule.Partenaire type) {
        DossierSeance dossier = contenu.dossier();
        Seance s = dossier.seance();
        Cellule cellule = contenu.cellule();
        try (Composition page = new Composition()) {
            Redaction.enTete(page, cellule, contenu.logo());
            page.titre("Procès-verbal" + (extrait ? " — extrait pour " + Redaction.partenaires(type) : ""));
            page.paragraphe(t("Réunion de la cellule : " + Redaction.seance(s)), Composition.Style.GRAS);
            page.paragraphe(t("Lieu : " + Redaction.lieu(s)), Composition.Style.NORMAL);
            Optional<Membre> presidente = dossier.membres().stream().filter(m -> m.role() == Role.COORDINATRICE)
                    .filter(m -> presence(s, m).map(p -> p.etat() == fr.cellulepdp.model.seance.EtatPresence.PRESENT)
                            .orElse(false)).findFirst();
            page.paragraphe(t("Présidence : " + presidente.map(Membre::nomComplet).orElse(cellule.signataire())
                    + " ; secrétariat : " + Redaction.membre(dossier, s.secretaireId())), Composition.Style.NORMAL);

            page.sousTitre("Présences");
            List<List<String>> presences = new ArrayList<>();
            s.presences().stream()
                    .map(p -> dossier.membre(p.membreId()).map(m -> List.of(m.organisation(), m.role().libelle(),
                            m.nomComplet(), p.etat().libelle())))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)))
                    .forEach(presences::add);
            page.tableau(List.of("Organisation", "Rôle", "Membre", "Présence"), new float[] {30, 22, 28, 14},
                    presences);
            if (!s.invites().isEmpty()) {
                // guests are not members of the cell: listed apart, outside the quorum
                page.paragraphe(t("Personnes invitées, sans voix délibérative : " + String.join(", ", s.invites())
                        + "."), Composition.Style.NORMAL);
            }
            page.paragraphe(t(dossier.constatQuorum()), Composition.Style.GRAS);
            if (contenu.precedente() != null) {
                page.paragraphe(t(approbation(contenu)), Composition.Style.NORMAL);
            }

            page.sousTitre("Situations examinées");
            int rang = 1;
            for (DossierSeance.Point p : dossier.points()) {
                point(page, dossier, p, rang++, extrait);
            }
            List<Decision> rectificatifs = dossier.decisions().stream().filter(Decision::estRectificatif).toList();
            if (!rectificatifs.isEmpty()) {
                page.sousTitre("Rectificatifs");
                for (Decision r : rectificatifs) {
                    page.paragraphe(t("• Rectificatif du " + Redaction.date(r.decideeLe().atZone(
                            fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS).toLocalDate()) + " par "
                            + Redaction.membre(dossier, r.decideeParId()) + " : " + r.issue().libelle()
                            + " (corrige la décision initiale, conservée)."), Composition.Style.NORMAL);
                }
            }
            page.sousTitre("Prochaine séance");
            page.paragraphe(t(contenu.prochaine() == null ? "Date à fixer."
                    : Redaction.majuscule(Redaction.seance(contenu.prochaine())) + ", lieu : "
                    + Redaction.lieu(contenu.prochaine()) + "."), Composition.Style.NORMAL);

            List<EmplacementSignature> signatures = new ArrayList<>();
            if (extrait) {
                // an information copy: no frame, so nothing reads « signé » in a file no one signs
                page.paragraphe(t("Extrait non signé, pour information : le procès-verbal complet, signé par la "
                        + "présidence et le secrétariat de séance, fait foi."), Composition.Style.NORMAL);
            } else {
                page.sousTitre("Signatures");
                signatures.add(BlocSignature.dessiner(page, presidente.map(Membre::nomComplet)
                        .orElse(cellule.signataire()), "Présidence de séance — " + presidente.map(Membre::fonction)
                        .orElse(cellule.signataireFonction())));
                dossier.membre(s.secretaireId()).ifPresent(secretaire -> signatures.add(BlocSignature.dessiner(page,
                        secretaire.nomComplet(), "Secrétaire de séance — " + secretaire.fonction())));
            }
            page.espace(8);
            page.paragraphe(t("Diffusion : " + (extrait ? "partenaires membres de la cellule (extrait)."
                    : "membres internes de la cellule.")), Composition.Style.PETIT);
            page.paragraphe(t("Document confidentiel, couvert par le secret professionnel : il ne doit être ni "
                    + "copié ni transmis en dehors de la cellule."), Composition.Style.PETIT);
            String titre = "Procès-verbal de la " + Redaction.seance(s) + (!extrait ? ""
                    : type == null ? " (extrait partenaires)" : " (extrait " + type.libelle() + ")");
            return new DocumentPdf(page.terminer(new Metadonnees(titre, cellule.nom(),
                    "Procès-verbal de la cellule locale PDP"), "Procès-verbal — séance n° " + s.numero()), signatures);
        }
    }

    /** What the meeting decided on the previous minutes, or that they are submitted when nothing is recorded. */
    private static String approbation(ContenuSeance contenu) {
        String pv = "Le procès-verbal de la " + Redaction.seance(contenu.precedente());
        var a = contenu.approbationPrecedent();
        if (a == null) {
            return pv + " est soumis à l'approbation des membres.";
        }
        return a.approbation() == fr.cellulepdp.model.seance.Approbation.APPROUVE ? pv + " est approuvé."
                : pv + " est approuvé avec les modifications suivantes : " + a.modifications();
    }

    private static Optional<Presence> presence(Seance s, Membre m) {
        return s.presences().stream().filter(p -> p.membreId().equals(m.id())).findFirst();
    }

    private static void point(Composition page, DossierSeance dossier, DossierSeance.Point p, int rang,
                              boolean extrait) {
        page.garderEnsemble(60);
        String drapeaux = (p.situation().urgent().leve() ? ", urgent" : "") + (p.situation().complexe().leve()
                ? ", complexe" : "");
        // each item is a heading (H3) under « Situations examinées », to move from item to item
        page.intertitre(t("Point " + rang + " — " + p.situation().numeroDossier() + " (" + p.assure().initiales()
                + ") — origine : " + p.situation().origine().libelle().toLowerCase() + drapeaux));
        String recuses = p.point().membresRecuses().stream().map(id -> Redaction.membre(dossier, id)).sorted()
                .collect(Collectors.joining(", "));
        if (!recuses.isEmpty()) {
            page.paragraphe(t("Ne prend pas part à ce point, pour conflit d'intérêts : " + recuses + "."),
                    Composition.Style.NORMAL);
        }
        if (p.point().categorie() == CategoriePoint.SUIVI) {
            page.paragraphe("Suivi des décisions antérieures : point sur les actions en cours.",
                    Composition.Style.NORMAL);
        }
        for (Demande demande : p.demandes()) {
            Optional<Decision> decision = dossier.decisionEnVigueur(demande.id());
            page.paragraphe(t("Mesure demandée : " + demande.libelleMesure()), Composition.Style.NORMAL);
            if (decision.isEmpty()) {
                page.paragraphe("Pas de décision : la demande reste en attente.", Composition.Style.NORMAL);
                continue;
            }
            Decision d = decision.get();
            if (d.estHorsSeance()) {
                page.paragraphe(t("Décision urgente prise hors séance par " + Redaction.membre(dossier, d.decideeParId())
                        + " et " + Redaction.membre(dossier, d.referentMedicalUrgenceId())
                        + ", soumise à la ratification de la cellule."), Composition.Style.NORMAL);
            }
            if (d.issue() == IssueDecision.SUIVIE) {
                mesureSuivie(page, dossier, demande, d, extrait);
                continue;
            }
            if (!extrait) {
                page.paragraphe(t("Avis du service médical : " + d.avisMedical().libelle().toLowerCase()),
                        Composition.Style.NORMAL);
            }
            page.paragraphe(t("Décision : " + d.issue().libelle() + (Redaction.periode(d).isEmpty() ? ""
                    : " (" + Redaction.periode(d) + ")")), Composition.Style.GRAS);
            if (!extrait && !d.motifs().isEmpty()) {
                page.paragraphe(t("Motifs : " + d.motifs()), Composition.Style.NORMAL);
            }
            if (!extrait && !d.derogation().isEmpty()) {
                page.paragraphe(t("Dérogation aux règles de la mesure : " + d.derogation()), Composition.Style.NORMAL);
            }
            if (!d.conditions().isEmpty()) {
                page.paragraphe(t("Conditions : " + d.conditions()), Composition.Style.NORMAL);
            }
            if (!d.elementsManquants().isEmpty()) {
                page.paragraphe(t("Éléments attendus : " + d.elementsManquants() + ", avant le "
                        + Redaction.date(d.dateLimiteElements())), Composition.Style.NORMAL);
            }
            suivis(page, dossier, d);
        }
        page.espace(6);
    }

    /**
     * A measure the cell follows without deciding it: for information, with its dates, where it stands and the
     * agreements recorded on the request (a TPT's doctors' and employer's); no medical opinion, no outcome.
     */
    private static void mesureSuivie(Composition page, DossierSeance dossier, Demande demande, Decision d,
                                     boolean extrait) {
        page.paragraphe(t("Pour information : mesure suivie par la cellule, qui ne la décide pas"
                + (Redaction.periode(d).isEmpty() ? "" : " (" + Redaction.periode(d) + ")") + "."),
                Composition.Style.GRAS);
        if (!extrait && !d.motifs().isEmpty()) {
            page.paragraphe(t("Où elle en est : " + d.motifs()), Composition.Style.NORMAL);
        }
        if (!extrait && !demande.accordsObtenus().isEmpty()) {
            page.paragraphe(t("Accords recueillis : " + demande.accordsObtenus().stream().sorted()
                    .map(a -> a.libelle().toLowerCase()).collect(java.util.stream.Collectors.joining(", ")) + "."),
                    Composition.Style.NORMAL);
        }
        suivis(page, dossier, d);
    }

    private static void suivis(Composition page, DossierSeance dossier, Decision d) {
        for (SuiviPrevu suivi : d.suivisPrevus()) {
            page.paragraphe(t("Suivi : " + suivi.action() + " — " + (suivi.responsableId() == null ? "à désigner"
                    : Redaction.membre(dossier, suivi.responsableId())) + ", pour le "
                    + Redaction.date(suivi.echeance())), Composition.Style.NORMAL);
        }
    }
}
