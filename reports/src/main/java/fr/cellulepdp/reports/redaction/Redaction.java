package fr.cellulepdp.reports.redaction;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.typographie.TypographieFrancaise;
import java.time.LocalDate;
import java.util.UUID;

/** Wording shared by the documents: letterhead, dates, people, meetings, decisions. */
public final class Redaction {

    private Redaction() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : TypographieFrancaise.date(date);
    }

    /** The letterhead: the cell, its CPAM and how to reach it, and its logo at the right when it has one. */
    public static void enTete(Composition page, Cellule cellule, byte[] logo) {
        if (logo != null) {
            page.imageEnHautADroite(logo, 130, 60);
        }
        page.paragraphe(cellule.nom(), Composition.Style.SOUS_TITRE);
        page.paragraphe(cellule.cpam(), Composition.Style.NORMAL);
        String adresse = String.join(" ", cellule.adresse().ligne1(), cellule.adresse().ligne2(),
                cellule.adresse().codePostal(), cellule.adresse().ville()).replaceAll("\\s+", " ").strip();
        page.paragraphe(adresse, Composition.Style.PETIT);
        String contact = String.join(" — ", cellule.telephone(), cellule.email()).replaceAll("^ — | — $", "");
        page.paragraphe(contact, Composition.Style.PETIT);
        page.espace(14);
    }

    /** Whom a partners' version is for: all of them, or the organisation type it was made for (« Cap Emploi »). */
    public static String partenaires(fr.cellulepdp.model.cellule.Partenaire type) {
        return type == null ? "les partenaires" : "les partenaires (" + type.libelle() + ")";
    }

    public static String seance(Seance s) {
        return "séance n° " + s.numero() + " du " + date(s.date())
                + (s.heure() == null ? "" : " à " + s.heure().getHour() + " h "
                + String.format("%02d", s.heure().getMinute()));
    }

    public static String lieu(Seance s) {
        if (s.lienVisio().isEmpty()) {
            return s.lieu();
        }
        return s.lieu().isEmpty() ? "visioconférence (" + s.lienVisio() + ")"
                : s.lieu() + " et visioconférence (" + s.lienVisio() + ")";
    }

    /** The person's name and postal address at the right, where a window envelope shows it. */
    public static void adresseDeLaPersonne(Composition page, Assure a) {
        page.aDroite(civilite(a).replace("Madame, Monsieur", "") + " " + a.prenom() + " "
                + a.nom().toUpperCase(), Composition.Style.GRAS);
        String rue = String.join(" ", a.adresse().ligne1(), a.adresse().ligne2()).strip();
        if (!rue.isEmpty()) {
            page.aDroite(rue, Composition.Style.NORMAL);
        }
        page.aDroite((a.adresse().codePostal() + " " + a.adresse().ville()).strip(), Composition.Style.NORMAL);
    }

    public static String civilite(Assure assure) {
        return assure.sexe() == Sexe.FEMININ ? "Madame" : assure.sexe() == Sexe.MASCULIN ? "Monsieur"
                : "Madame, Monsieur";
    }

    public static String membre(DossierSeance dossier, UUID id) {
        return id == null ? "" : dossier.membre(id).map(Membre::nomComplet).orElse("");
    }

    public static String membreAvecRole(Membre m) {
        return m.nomComplet() + " (" + m.fonction() + (m.organisation().isEmpty() ? "" : ", " + m.organisation())
                + ")";
    }

    /**
     * By when an adjournment's missing elements are expected, as the letter says it: « avant le 5 janvier 2027 »,
     * or « dès que possible » when that day is already gone on the letter's date (a letter never asks for
     * something by a day before its own).
     */
    public static String echeance(Decision d, LocalDate dateCourrier) {
        LocalDate limite = d.dateLimiteElements();
        return limite == null || limite.isBefore(dateCourrier) ? "dès que possible" : "avant le " + date(limite);
    }

    /**
     * The granted period and amount of an accord, in words: « du 2 au 13 novembre 2026, pour un coût pris en charge
     * de 150,00 € » (the amount is what the request's cost was granted at).
     */
    public static String periode(Decision d) {
        StringBuilder texte = new StringBuilder();
        if (d.dateDebutAccordee() != null && d.dateDebutAccordee().equals(d.dateFinAccordee())) {
            texte.append("le ").append(date(d.dateDebutAccordee()));
        } else if (d.dateDebutAccordee() != null && d.dateFinAccordee() != null) {
            texte.append("du ").append(date(d.dateDebutAccordee())).append(" au ").append(date(d.dateFinAccordee()));
        } else if (d.dateDebutAccordee() != null) {
            texte.append("à partir du ").append(date(d.dateDebutAccordee()));
        }
        if (d.montantAccorde() != null) {
            texte.append(texte.length() == 0 ? "" : ", ").append("pour un coût pris en charge de ")
                    .append(TypographieFrancaise.montant(d.montantAccorde()));
        }
        return texte.toString();
    }

    public static String majuscule(String texte) {
        return texte.isEmpty() ? texte : texte.substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + texte.substring(1);
    }

    public static String t(String texte) {
        return TypographieFrancaise.ponctuation(texte);
    }
}
