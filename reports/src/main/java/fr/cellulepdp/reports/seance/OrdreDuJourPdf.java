package fr.cellulepdp.reports.seance;

import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda: the meeting, the members convoked, then the items in order. The full version names the people;
 * the partners' version shows the file number and initials only.
 */
public final class OrdreDuJourPdf {

    private OrdreDuJourPdf() {
    }

    public static DocumentPdf generer(ContenuSeance contenu, boolean pseudonymise) {
        return generer(contenu, pseudonymise, null);
    }

    /** {@code type}: the partners' version made for that organisation type alone, which its title names. */
    public static DocumentPdf generer(ContenuSeance contenu, boolean pseudonymise, fr.cellulepdp.model.cellule.Partenaire type) {
        DossierSeance dossier = contenu.dossier();
        Seance s = dossier.seance();
        try (Composition page = new Composition()) {
            Redaction.enTete(page, contenu.cellule(), contenu.logo());
            page.titre("Ordre du jour" + (pseudonymise ? " — version pour " + Redaction.partenaires(type) : ""));
            page.paragraphe(t("Réunion de la cellule : " + Redaction.seance(s)), Composition.Style.GRAS);
            page.paragraphe(t("Lieu : " + Redaction.lieu(s)), Composition.Style.NORMAL);
            page.sousTitre("Membres convoqués");
            for (Presence p : s.presences()) {
                dossier.membre(p.membreId()).map(Redaction::membreAvecRole)
                        .ifPresent(m -> page.paragraphe("• " + m, Composition.Style.NORMAL));
            }
            if (!s.invites().isEmpty()) {
                // guests are not members: they are listed apart, and count for nothing in the quorum
                page.sousTitre("Personnes invitées");
                s.invites().forEach(invite -> page.paragraphe("• " + invite, Composition.Style.NORMAL));
            }
            page.sousTitre("Points à l'ordre du jour");
            List<List<String>> lignes = new ArrayList<>();
            int rang = 1;
            for (DossierSeance.Point p : dossier.points()) {
                lignes.add(List.of(Integer.toString(rang++), p.situation().numeroDossier(),
                        pseudonymise ? p.assure().initiales() : p.assure().nom().toUpperCase() + " " + p.assure().prenom(),
                        p.point().categorie().libelle(), p.situation().origine().libelle(),
                        p.demandes().isEmpty() ? "Suivi des décisions antérieures" : p.mesures(),
                        p.point().dureePrevueMinutes() + " min"));
            }
            page.tableau(List.of("N°", "Dossier", pseudonymise ? "Initiales" : "Personne", "Catégorie", "Origine",
                    "Mesure(s)", "Durée"), new float[] {4, 17, 15, 12, 14, 31, 7}, lignes);
            page.paragraphe(t("Durée prévue : " + s.dureePrevueMinutes() + " minutes."), Composition.Style.NORMAL);
            page.espace(10);
            page.paragraphe(t("Document confidentiel : il contient des données personnelles de santé et sociales. "
                    + "Il est réservé aux membres de la cellule et ne doit pas être diffusé."), Composition.Style.PETIT);
            String titre = "Ordre du jour de la " + Redaction.seance(s) + (!pseudonymise ? ""
                    : type == null ? " (partenaires)" : " (" + type.libelle() + ")");
            return new DocumentPdf(page.terminer(new Metadonnees(titre, contenu.cellule().nom(),
                    "Ordre du jour de la cellule locale PDP"), "Ordre du jour — séance n° " + s.numero()), List.of());
        }
    }
}
